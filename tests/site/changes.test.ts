// The data changes feed in the built site: dist/changes.xml is a valid Atom 1.0 document with one entry per
// change in content/changes.yaml, its links resolve to built pages, and every page's <head> links it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { changeEntries } from '../../src/lib/changes';
import { loadDataset } from '../../src/lib/content/load';
import { builtPages, decodeEntities, distDir } from './dist';

const base = (() => {
  const value = process.env.BASE_PATH ?? '/';
  const leading = value.startsWith('/') ? value : `/${value}`;
  return leading.endsWith('/') ? leading : `${leading}/`;
})();
const siteOrigin = new URL(process.env.SITE_URL ?? 'https://mesh-compare.example').origin;
const dataset = loadDataset();
const xml = readFileSync(join(distDir, 'changes.xml'), 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link',
});

interface Link {
  '@rel'?: string;
  '@type'?: string;
  '@href': string;
}
const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const textOf = (node: unknown) =>
  typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node ?? '');

/** The built file a same-site absolute URL maps to, and its fragment. */
function builtTarget(href: string): { file: string; fragment: string } {
  const url = new URL(href);
  expect(url.origin).toBe(siteOrigin);
  expect(url.pathname.startsWith(base)).toBe(true);
  const path = decodeURIComponent(url.pathname.slice(base.length));
  return { file: path === '' || path.endsWith('/') ? `${path}index.html` : path, fragment: url.hash.slice(1) };
}

const idsOf = (file: string) =>
  new Set([...readFileSync(join(distDir, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));

const feed = parser.parse(xml).feed;

describe('dist/changes.xml', () => {
  it('is well-formed XML and an Atom 1.0 feed', () => {
    expect(() => parser.parse(xml, true)).not.toThrow(); // validates well-formedness first
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed).toBeDefined();
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  });

  it('has the required feed elements: id, title, updated, author and self and alternate links', () => {
    expect(() => new URL(feed.id)).not.toThrow();
    expect(textOf(feed.title)).toBe('Mesh Compare data changes');
    expect(feed.updated).toMatch(isoTimestamp);
    expect(feed.author?.name).toBeTruthy();
    const links = feed.link as Link[];
    const self = links.find((link) => link['@rel'] === 'self')!;
    const alternate = links.find((link) => link['@rel'] === 'alternate')!;
    expect(self['@type']).toBe('application/atom+xml');
    expect(builtTarget(self['@href']).file).toBe('changes.xml');
    expect(builtTarget(alternate['@href']).file).toBe('changes/index.html');
    const newest = [...dataset.changes]
      .map((change) => change.date)
      .sort()
      .at(-1);
    if (newest) expect(feed.updated).toBe(`${newest}T00:00:00Z`);
  });

  it('has one entry per change in content/changes.yaml, newest first', () => {
    const entries = feed.entry ?? [];
    expect(entries).toHaveLength(dataset.changes.length);
    expect(entries.map((entry: Record<string, unknown>) => textOf(entry.title))).toEqual(
      changeEntries(dataset.changes).map((change) => change.title),
    );
    const ids = entries.map((entry: Record<string, unknown>) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      expect(() => new URL(entry.id)).not.toThrow();
      expect(textOf(entry.title).length).toBeGreaterThan(0);
      expect(entry.updated).toMatch(isoTimestamp);
      expect(entry.summary['@type']).toBe('text');
      expect(textOf(entry.summary).length).toBeGreaterThan(0);
      expect(entry.content['@type']).toBe('text');
      expect((entry.link as Link[]).some((link) => link['@rel'] === 'alternate')).toBe(true);
    }
  });

  it('links every entry to built pages and existing fragments', () => {
    const ids = new Map<string, Set<string>>();
    for (const entry of feed.entry ?? []) {
      for (const link of entry.link as Link[]) {
        const { file, fragment } = builtTarget(link['@href']);
        expect(existsSync(join(distDir, file)), `${link['@href']} -> ${file}`).toBe(true);
        if (fragment) {
          if (!ids.has(file)) ids.set(file, idsOf(file));
          expect(ids.get(file)!.has(fragment), `#${fragment} on ${file}`).toBe(true);
        }
      }
    }
  });

  it('lists every change on the /changes/ page', () => {
    const html = readFileSync(join(distDir, 'changes/index.html'), 'utf8');
    expect(html.match(/data-change[\s>]/g)?.length ?? 0).toBe(dataset.changes.length);
  });
});

describe('feed discovery', () => {
  const pages = builtPages();
  const feedHref = `${base}changes.xml`;

  it.each(pages)('%s links the feed from its head', (page) => {
    const html = readFileSync(join(distDir, page), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const links = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
    const atom = links.filter((tag) => /\srel="alternate"/.test(tag) && /\stype="application\/atom\+xml"/.test(tag));
    expect(atom).toHaveLength(1);
    expect(atom[0]).toContain(`href="${feedHref}"`);
    expect(atom[0]).toContain('title="Mesh Compare data changes"');
  });
});
