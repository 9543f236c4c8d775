// Link checker over the built site: every internal href/src resolves to a built file, every
// #fragment to an existing id on the target page, and every external link is a well-formed
// http(s) URL (not fetched). Also checks that every article heading can be deep-linked.
// Kept hand-written rather than linkinator: linkinator crawls through its own HTTP server (no base-path
// mount) and does not check disallowed schemes, stray whitespace, og:/twitter: URLs or external URL shape
// offline; the markup itself is read with node-html-parser.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtDom, builtPages, distDir, parseHtml } from './dist';
import { resolveSiteUrl } from '../../src/lib/site-url';

const base = normaliseBase(process.env.BASE_PATH ?? '/');
const { homepage } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { homepage?: string };
const siteOrigin = new URL(resolveSiteUrl(process.env, homepage).url).origin;

function normaliseBase(value: string): string {
  const withLeading = value.startsWith('/') ? value : `/${value}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

interface Reference {
  attribute: string;
  value: string;
}

/** The meta tags whose content is a URL. */
const urlMeta = (element: HTMLElement) =>
  /^og:(url|image)$/i.test(element.getAttribute('property') ?? '') || /^twitter:image$/i.test(element.getAttribute('name') ?? '');

/**
 * href, src, srcset and canonical/og URLs of every element, decoded. The parser keeps script bodies as text
 * and drops comments, so neither is read as markup.
 */
function referencesOf(dom: HTMLElement): Reference[] {
  const refs: Reference[] = [];
  for (const element of dom.querySelectorAll('[href], [src], [srcset], [content]')) {
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute === 'content' && !urlMeta(element)) continue;
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ attribute, value: url });
        }
      } else if (attribute === 'href' || attribute === 'src' || attribute === 'content') {
        refs.push({ attribute, value });
      }
    }
  }
  return refs;
}

/** Fragment targets on a page: every id, and the name of every <a> (the HTML spec's two kinds). */
function idsOf(dom: HTMLElement): Set<string> {
  return new Set([
    ...dom.querySelectorAll('[id]').map((element) => element.getAttribute('id')!),
    ...dom.querySelectorAll('a[name]').map((element) => element.getAttribute('name')!),
  ]);
}

const pageIds = new Map<string, Set<string>>();
function idsOfFile(file: string): Set<string> {
  let ids = pageIds.get(file);
  if (!ids) {
    ids = idsOf(builtDom(file));
    pageIds.set(file, ids);
  }
  return ids;
}

/** The dist-relative file a site path serves, or undefined. */
function fileForPath(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  if (rel.split('/').some((segment) => segment === '..' || segment === '.')) return undefined;
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel];
  return candidates.find((candidate) => existsSync(join(distDir, candidate)) && statSync(join(distDir, candidate)).isFile());
}

/** The site path a built page is served at. */
function pathOfPage(page: string): string {
  if (page === 'index.html') return base;
  if (page.endsWith('/index.html')) return `${base}${page.slice(0, -'index.html'.length)}`;
  return `${base}${page}`;
}

/** Problems with one reference on `page` (empty when it is fine). */
function checkReference(page: string, ref: Reference): string | undefined {
  const raw = ref.value.trim();
  if (raw !== ref.value) return `${ref.attribute}="${ref.value}" has surrounding whitespace`;
  if (raw === '') return `empty ${ref.attribute}`;
  if (/^(mailto|tel):/i.test(raw) || /^data:/i.test(raw)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^https?:/i.test(raw)) return `${ref.attribute}="${raw}" uses a disallowed scheme`;

  let url: URL;
  const pageUrl = new URL(pathOfPage(page), siteOrigin);
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return `${ref.attribute}="${raw}" is not a valid URL`;
  }
  if (url.origin !== siteOrigin) {
    if (!/^https?:\/\/[^/\s]+\.[^/\s]+/i.test(raw) || /\s/.test(raw))
      return `external ${ref.attribute}="${raw}" is not a well-formed http(s) URL`;
    return undefined;
  }
  const file = fileForPath(url.pathname);
  if (!file) return `${ref.attribute}="${raw}" points to ${url.pathname}, which is not in the build`;
  if (url.hash.length > 1) {
    if (!file.endsWith('.html')) return `${ref.attribute}="${raw}" has a #fragment on a non-HTML file`;
    let id: string;
    try {
      id = decodeURIComponent(url.hash.slice(1));
    } catch {
      return `${ref.attribute}="${raw}" has a malformed #fragment`;
    }
    if (!idsOfFile(file).has(id)) return `${ref.attribute}="${raw}": no id "${id}" on ${url.pathname}`;
  }
  return undefined;
}

describe('links in the built site', () => {
  const pages = builtPages();

  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages)('%s has no broken internal links or malformed external links', (page) => {
    const problems = referencesOf(builtDom(page))
      .map((ref) => checkReference(page, ref))
      .filter((problem): problem is string => problem !== undefined);
    expect([...new Set(problems)]).toEqual([]);
  });

  it.each(pages)('%s has no duplicate ids', (page) => {
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    for (const element of builtDom(page).querySelectorAll('[id]')) {
      const id = element.getAttribute('id')!;
      if (seen.has(id)) duplicates.add(id);
      seen.add(id);
    }
    expect([...duplicates]).toEqual([]);
  });
});

describe('the link checker itself', () => {
  const page = 'articles/overview/index.html';
  const knownId = [...idsOfFile(page)][0] ?? 'main';

  it('accepts good links and rejects broken ones', () => {
    const check = (value: string) => checkReference(page, { attribute: 'href', value });
    expect(check(`${base}articles/overview/#${knownId}`)).toBeUndefined();
    expect(check(`#${knownId}`)).toBeUndefined();
    expect(check(`${base}`)).toBeUndefined();
    expect(check('https://istio.io/latest/docs/')).toBeUndefined();
    expect(check(`${siteOrigin}${base}articles/overview/`)).toBeUndefined();
    expect(check(`${base}articles/no-such-article/`)).toMatch(/not in the build/);
    expect(check(`${base}articles/overview/#no-such-section`)).toMatch(/no id "no-such-section"/);
    expect(check('#no-such-section')).toMatch(/no id/);
    expect(check('javascript:alert(1)')).toMatch(/disallowed scheme/);
    expect(check('https://')).toMatch(/not a valid URL|well-formed/);
    expect(check('https://localhost')).toMatch(/well-formed/);
    expect(check(' /x')).toMatch(/whitespace/);
    expect(check(`${base}../etc/passwd`)).toMatch(/not in the build/);
  });

  it('reads references from markup, but not from scripts or comments', () => {
    const dom = parseHtml(
      '<a href="/a/?x=1&amp;y=2#s">a</a><!-- <a href="/commented/"> --><script type="application/json">{"href":"/in-json/","x":"<a href=\'/in-script/\'>"}</script><img srcset="/a.png 1x, /b.png 2x" src="/c.png"><meta property="og:url" content="https://x.example/"><meta name="description" content="not a URL"><p id=bare>',
    );
    expect(referencesOf(dom).map((ref) => ref.value)).toEqual(['/a/?x=1&y=2#s', '/a.png', '/b.png', '/c.png', 'https://x.example/']);
    expect(idsOf(dom)).toEqual(new Set(['bare']));
  });
});

describe('section deep links in articles', () => {
  // articles/index.html is the list of articles, not an article.
  const articles = builtPages().filter((page) => page.startsWith('articles/') && page !== 'articles/index.html');

  it('builds the articles', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles)('%s: every h2–h4 in the article has an id and a "#" link to it', (page) => {
    const article = builtDom(page).querySelector('article');
    expect(article).not.toBeNull();
    // Headings rendered from Markdown are wrapped with their anchor link; headings that components
    // render inside the article must at least carry an id.
    const problems: string[] = [];
    for (const heading of article!.querySelectorAll('h2, h3, h4')) {
      if (!heading.getAttribute('id')) problems.push(`<${heading.tagName.toLowerCase()}> "${heading.text.trim()}" has no id`);
    }
    const wrappers = article!
      .querySelectorAll('div.heading-wrapper')
      .filter((div) => /(^|\s)level-h[2-4](\s|$)/.test(div.getAttribute('class')!));
    for (const wrapper of wrappers) {
      const level = wrapper.getAttribute('class')!.match(/level-(h[2-4])/)![1]!;
      const [heading, anchor] = wrapper.children;
      if (heading?.tagName.toLowerCase() !== level) problems.push(`heading wrapper ${level} does not start with a <${level}>`);
      else if (
        anchor?.tagName === 'A' &&
        anchor.classList.contains('heading-anchor') &&
        anchor.getAttribute('href') !== `#${heading.getAttribute('id')}`
      ) {
        problems.push(`anchor ${anchor.getAttribute('href')} does not match heading id ${heading.getAttribute('id')}`);
      }
    }
    const anchors = article!
      .querySelectorAll('a.heading-anchor[data-pagefind-ignore]')
      .filter((a) => /^#./.test(a.getAttribute('href') ?? '')).length;
    expect(problems).toEqual([]);
    expect(anchors).toBe(wrappers.length);
    expect(wrappers.length).toBeGreaterThan(0);
  });
});
