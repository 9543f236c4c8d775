import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, changeEntries, escapeXml, slugify } from '../../src/lib/changes';
import type { Change } from '../../src/lib/content/schemas';

const change = (date: string, title: string, extra: Partial<Change> = {}): Change => ({
  date,
  title,
  summary: `Summary of ${title}.`,
  features: [],
  sources: [],
  ...extra,
});

describe('changeEntries', () => {
  it('orders newest first, keeping file order within a day, with unique anchors', () => {
    const entries = changeEntries([
      change('2026-11-01', 'Old'),
      change('2026-12-02', 'A & B'),
      change('2026-12-02', 'A & B'),
      change('2026-12-02', 'C'),
    ]);
    expect(entries.map((e) => e.title)).toEqual(['A & B', 'A & B', 'C', 'Old']);
    expect(entries.map((e) => e.anchor)).toEqual(['2026-12-02-a-b', '2026-12-02-a-b-2', '2026-12-02-c', '2026-11-01-old']);
  });

  it('slugs titles to short kebab-case', () => {
    expect(slugify('Istio 1.31 supports Kubernetes 1.32 to 1.36, not 1.37')).toBe('istio-1-31-supports-kubernetes-1-32-to-1-36-not-1-37');
    expect(slugify('“Ambient authorization”: ztunnel — L4')).toBe('ambient-authorization-ztunnel-l4');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('atomFeed', () => {
  const changes = [
    change('2026-11-01', 'Older fix', { features: ['retries'], sources: ['doc-a'] }),
    change('2026-12-02', 'Escapes <b>tags</b> & "quotes"', { summary: 'Uses <script>alert(1)</script> & more.' }),
  ];
  const xml = atomFeed(changes, { siteUrl: 'https://example.org/base', featureNames: new Map([['retries', 'Retries']]) });
  const feed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'link'].includes(name),
  }).parse(xml).feed;

  it('is an Atom feed with id, title, updated and self and alternate links', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://example.org/base/changes/');
    expect(feed.title).toBe('Mesh Compare data changes');
    expect(feed.updated).toBe('2026-12-02T00:00:00Z');
    expect(feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([
      ['self', 'https://example.org/base/changes.xml'],
      ['alternate', 'https://example.org/base/changes/'],
    ]);
  });

  it('has one entry per change, newest first, with escaped text', () => {
    expect(feed.entry).toHaveLength(2);
    const [first, second] = feed.entry;
    expect(first.title['#text']).toBe('Escapes <b>tags</b> & "quotes"');
    expect(first.summary['#text']).toBe('Uses <script>alert(1)</script> & more.');
    expect(first.id).toBe('https://example.org/base/changes/#2026-12-02-escapes-b-tags-b-quotes');
    expect(xml).not.toContain('<script>');
    expect(second.updated).toBe('2026-11-01T00:00:00Z');
    expect(second.content['#text']).toContain('Features: Retries.');
    expect(second.link.map((l: Record<string, string>) => l['@href'])).toContain('https://example.org/base/features/retries/');
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
