import { describe, expect, it } from 'vitest';
import { placeholderSiteUrl, resolveSiteUrl } from '../../src/lib/site-url';
import { shortTitles } from '../../src/lib/source-titles';

describe('site URL', () => {
  it('comes from SITE_URL, then package.json "homepage", then the placeholder', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://a.example' }, 'https://b.example/')).toEqual({
      url: 'https://a.example/',
      from: 'SITE_URL',
    });
    expect(resolveSiteUrl({}, 'https://b.example')).toEqual({ url: 'https://b.example/', from: 'homepage' });
    expect(resolveSiteUrl({ SITE_URL: ' ' }, '')).toEqual({ url: placeholderSiteUrl, from: 'placeholder' });
  });
  it('rejects a malformed or non-http value', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'not a url' }, undefined)).toThrow();
    expect(() => resolveSiteUrl({}, 'ftp://x.example')).toThrow(/http/);
  });
});

describe('short source titles', () => {
  const source = (id: string, title: string) =>
    ({ id, title, url: 'https://x.example', publisher: 'P', kind: 'official-docs', accessed: '2026-01-01' }) as never;
  it('drops a trailing note unless two sources would then share a title', () => {
    const titles = shortTitles([source('a', 'Istio CA defaults (constants.go)'), source('b', 'Perf (1.22)'), source('c', 'Perf (1.24)')]);
    expect(titles.get('a')).toBe('Istio CA defaults');
    expect(titles.get('b')).toBe('Perf (1.22)');
    expect(titles.get('c')).toBe('Perf (1.24)');
  });
  it('cuts long titles at a word', () => {
    const long = 'Red Hat OpenShift Service Mesh documentation quoting the Istio 1.12.3 load test';
    expect(shortTitles([source('r', long)]).get('r')).toBe('Red Hat OpenShift Service Mesh documentation…');
  });
});
