import { describe, expect, it } from 'vitest';
import {
  coversTerms,
  isSafeResultUrl,
  rankHits,
  searchTerms,
  type SearchHit,
  nextFocusIndex,
  parseExcerpt,
  resultKind,
  resultsStatus,
  toSearchHit,
  type PagefindResultData,
} from '../../src/lib/search/results';
import { hashTarget, sectionUrl } from '../../src/lib/search/section-url';
import { isSearchShortcut, isTypingTarget, shortcutHint } from '../../src/lib/search/shortcuts';

describe('parseExcerpt', () => {
  it('splits <mark> runs from plain text', () => {
    expect(parseExcerpt('Route <mark>egress</mark> traffic through <mark>egress</mark> gateways')).toEqual([
      { text: 'Route ', marked: false },
      { text: 'egress', marked: true },
      { text: ' traffic through ', marked: false },
      { text: 'egress', marked: true },
      { text: ' gateways', marked: false },
    ]);
  });

  it('keeps page text that looks like HTML as literal text', () => {
    // Pagefind escapes < and > in page text; "&" is left as it is.
    const parts = parseExcerpt('Use &lt;img src=x onerror=alert(1)&gt; &amp; <mark>egress</mark>');
    expect(parts).toEqual([
      { text: 'Use <img src=x onerror=alert(1)> &amp; ', marked: false },
      { text: 'egress', marked: true },
    ]);
  });

  it('ignores unbalanced or empty marks and returns nothing for an empty excerpt', () => {
    expect(parseExcerpt('')).toEqual([]);
    expect(parseExcerpt('<mark></mark>a</mark>b')).toEqual([{ text: 'ab', marked: false }]);
    expect(parseExcerpt('<mark>open')).toEqual([{ text: 'open', marked: true }]);
  });
});

describe('resultKind', () => {
  it.each([
    ['/articles/egress/', 'Article'],
    ['/articles/egress/#egress-gateways', 'Article'],
    ['/features/rate-limiting/', 'Feature'],
    ['/sources/', 'Sources'],
    ['/matrix/', 'Feature matrix'],
    ['/calculator/', 'Calculator'],
    ['/', 'Home'],
    ['/releases/', 'Page'],
  ])('%s is a %s', (url, kind) => {
    expect(resultKind(url)).toBe(kind);
  });

  it('understands a base path', () => {
    expect(resultKind('/mesh/articles/egress/', '/mesh/')).toBe('Article');
    expect(resultKind('/mesh/features/x/', '/mesh')).toBe('Feature');
  });
});

describe('toSearchHit', () => {
  const data: PagefindResultData = {
    url: '/articles/egress/',
    excerpt: 'about <mark>egress</mark>',
    meta: { title: 'Egress traffic' },
    sub_results: [
      { title: 'Egress traffic', url: '/articles/egress/', excerpt: 'intro <mark>egress</mark>' },
      { title: 'Egress gateways', url: '/articles/egress/#egress-gateways', excerpt: '<mark>egress</mark> gateway' },
      { title: 'Elsewhere', url: '/articles/other/#x', excerpt: 'x' },
      { title: 'Bad', url: 'javascript:alert(1)#x', excerpt: 'x' },
      { title: 'Two', url: '/articles/egress/#two', excerpt: 'two' },
      { title: 'Three', url: '/articles/egress/#three', excerpt: 'three' },
      { title: 'Four', url: '/articles/egress/#four', excerpt: 'four' },
    ],
  };

  it('keeps only section links of the same page, with a hash, up to the limit', () => {
    const hit = toSearchHit(data, { query: 'egress' });
    expect(hit?.kind).toBe('Article');
    expect(hit?.tier).toBe(2);
    expect(hit?.title).toBe('Egress traffic');
    // "Egress gateways" has the query in its heading, so it comes first; the others keep their order.
    expect(hit?.sections.map((s) => s.url)).toEqual([
      '/articles/egress/#egress-gateways',
      '/articles/egress/#two',
      '/articles/egress/#three',
    ]);
    expect(toSearchHit(data, { query: 'two' })?.sections[0]?.url).toBe('/articles/egress/#two');
    expect(toSearchHit(data)?.tier).toBe(0);
    expect(hit?.sections[0]?.excerpt).toEqual([
      { text: 'egress', marked: true },
      { text: ' gateway', marked: false },
    ]);
    expect(toSearchHit(data, { maxSections: 1 })?.sections).toHaveLength(1);
  });

  it('drops results whose URL is not a same-site path, and falls back to the URL as title', () => {
    expect(toSearchHit({ ...data, url: 'https://evil.example/' })).toBeUndefined();
    expect(toSearchHit({ ...data, url: '//evil.example/' })).toBeUndefined();
    expect(toSearchHit({ url: '/sources/', excerpt: '', meta: {} })?.title).toBe('/sources/');
  });

  it('puts sections whose heading has the query first, then the best scored', () => {
    const hit = toSearchHit(
      {
        url: '/articles/mtls-identity/',
        excerpt: '',
        meta: { title: 'mTLS, identity and authorization' },
        sub_results: [
          {
            title: 'Istio: SPIFFE',
            url: '/articles/mtls-identity/#istio-spiffe',
            excerpt: '',
            weighted_locations: [{ balanced_score: 9 }],
          },
          {
            title: 'Defaults',
            url: '/articles/mtls-identity/#defaults',
            excerpt: '',
            weighted_locations: [{ balanced_score: 1 }, { balanced_score: 1 }],
          },
          {
            title: 'Linkerd trust anchor and issuer',
            url: '/articles/mtls-identity/#linkerd-trust-anchor-and-issuer',
            excerpt: '',
            weighted_locations: [{ balanced_score: 3 }],
          },
          { title: 'Workload identity', url: '/articles/mtls-identity/#workload-identity', excerpt: '' },
        ],
      },
      { query: 'Trust anchors' },
    );
    expect(hit?.tier).toBe(1);
    expect(hit?.sections.map((s) => s.url.split('#')[1])).toEqual(['linkerd-trust-anchor-and-issuer', 'istio-spiffe', 'defaults']);
  });

  it('isSafeResultUrl accepts root-relative paths only', () => {
    expect(isSafeResultUrl('/articles/a/#b')).toBe(true);
    expect(isSafeResultUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeResultUrl('/a" onmouseover="x')).toBe(false);
  });
});

describe('searchTerms and coversTerms', () => {
  it('splits on punctuation and matches word prefixes, plural or not', () => {
    expect(searchTerms('Root CA and trust-anchor (rotation)')).toEqual(['root', 'ca', 'and', 'trust', 'anchor', 'rotation']);
    expect(coversTerms('Local rate limiting', searchTerms('rate limit'))).toBe(true);
    expect(coversTerms('Local rate limiting', searchTerms('Rate limits'))).toBe(true);
    expect(coversTerms('Root CA and trust-anchor rotation', searchTerms('trust anchor'))).toBe(true);
    expect(coversTerms('Egress control', searchTerms('egress gateway'))).toBe(false);
    expect(coversTerms('Ünïcode café', searchTerms('CAFÉ'))).toBe(true);
    expect(coversTerms('Anything', [])).toBe(false);
  });
});

describe('rankHits', () => {
  const hit = (title: string, kind: string, tier: 0 | 1 | 2): SearchHit => ({
    title,
    kind,
    tier,
    url: `/${title}/`,
    excerpt: [],
    sections: [],
  });

  it('orders title matches, then heading matches, articles before features, else keeps Pagefind order', () => {
    const ranked = rankHits([
      hit('text-only', 'Feature', 0),
      hit('feature-title', 'Feature', 2),
      hit('article-heading', 'Article', 1),
      hit('article-title', 'Article', 2),
      hit('sources', 'Sources', 0),
      hit('feature-heading', 'Feature', 1),
      hit('page-title', 'Page', 2),
    ]);
    expect(ranked.map((h) => h.title)).toEqual([
      'article-title',
      'feature-title',
      'page-title',
      'article-heading',
      'feature-heading',
      'text-only',
      'sources',
    ]);
  });

  it('prefers the closer (shorter) title among title matches of one kind', () => {
    const ranked = rankHits([
      hit('Global (shared) rate limiting', 'Feature', 2),
      hit('Local rate limiting', 'Feature', 2),
      hit('Rate limiting in depth here', 'Article', 2),
    ]);
    expect(ranked.map((h) => h.title)).toEqual(['Rate limiting in depth here', 'Local rate limiting', 'Global (shared) rate limiting']);
  });

  it('puts the home page last, even when its heading matches', () => {
    const ranked = rankHits([hit('home', 'Home', 2), hit('a', 'Feature', 0), hit('b', 'Article', 1), hit('c', 'Sources', 0)]);
    expect(ranked.map((h) => h.title)).toEqual(['b', 'a', 'c', 'home']);
  });

  it('keeps Pagefind order among equals and does not modify its input', () => {
    const input = [hit('a', 'Feature', 0), hit('b', 'Article', 0), hit('c', 'Feature', 0)];
    expect(rankHits(input).map((h) => h.title)).toEqual(['a', 'b', 'c']);
    expect(input.map((h) => h.title)).toEqual(['a', 'b', 'c']);
  });
});

describe('resultsStatus', () => {
  it('counts results and quotes the query', () => {
    expect(resultsStatus('egress', 5)).toBe('5 results for “egress”.');
    expect(resultsStatus(' spiffe ', 1)).toBe('1 result for “spiffe”.');
    expect(resultsStatus('zzz', 0)).toBe('No results for “zzz”.');
    expect(resultsStatus('   ', 0)).toBe('Type to search articles, features and sources.');
  });
});

describe('nextFocusIndex', () => {
  it('moves down and up through results, and up from the first back to the input (-1)', () => {
    expect(nextFocusIndex(-1, 3, 'ArrowDown')).toBe(0);
    expect(nextFocusIndex(0, 3, 'ArrowDown')).toBe(1);
    expect(nextFocusIndex(2, 3, 'ArrowDown')).toBe(2);
    expect(nextFocusIndex(1, 3, 'ArrowUp')).toBe(0);
    expect(nextFocusIndex(0, 3, 'ArrowUp')).toBe(-1);
    expect(nextFocusIndex(-1, 3, 'ArrowUp')).toBe(-1);
    expect(nextFocusIndex(1, 3, 'Home')).toBe(0);
    expect(nextFocusIndex(0, 3, 'End')).toBe(2);
    expect(nextFocusIndex(-1, 0, 'ArrowDown')).toBe(-1);
  });
});

describe('search shortcuts', () => {
  const key = (
    k: string,
    mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; isComposing: boolean }> = {},
  ) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });
  const body = { tagName: 'BODY' };

  it('opens on "/" outside text fields and on Ctrl+K / Cmd+K anywhere', () => {
    expect(isSearchShortcut(key('/'), body)).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true }), body)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), { tagName: 'INPUT', type: 'text' })).toBe(true);
  });

  it('leaves "/" alone while typing, and ignores other keys and combinations', () => {
    expect(isSearchShortcut(key('/'), { tagName: 'INPUT', type: 'search' })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'textarea' })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), body)).toBe(false);
    expect(isSearchShortcut(key('k'), body)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }), body)).toBe(false);
    expect(isSearchShortcut(key('/', { isComposing: true }), body)).toBe(false);
  });

  it('treats checkboxes and buttons as not typing', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('shows the platform shortcut', () => {
    expect(shortcutHint('MacIntel')).toBe('⌘K');
    expect(shortcutHint('Linux x86_64')).toBe('Ctrl K');
  });
});

describe('section links', () => {
  it('builds the absolute section URL without the query', () => {
    expect(sectionUrl('https://mesh-compare.example/articles/egress/?q=1#old', 'egress-gateways')).toBe(
      'https://mesh-compare.example/articles/egress/#egress-gateways',
    );
    expect(sectionUrl('http://127.0.0.1:4405/base/articles/x/', 'café')).toBe('http://127.0.0.1:4405/base/articles/x/#caf%C3%A9');
  });

  it('reads the id of a same-page link', () => {
    expect(hashTarget('#egress-gateways')).toBe('egress-gateways');
    expect(hashTarget('#caf%C3%A9')).toBe('café');
    expect(hashTarget('#%E0%A4%A')).toBeUndefined();
    expect(hashTarget('/other/#x')).toBeUndefined();
    expect(hashTarget('#')).toBeUndefined();
  });
});
