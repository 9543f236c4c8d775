// Link checker over the built site: every internal href/src resolves to a built file, every
// #fragment to an existing id on the target page, and every external link is a well-formed
// http(s) URL (not fetched). Also checks that every article heading can be deep-linked.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, decodeEntities, distDir } from './dist';
import { resolveSiteUrl } from '../../src/lib/site-url';

const base = normaliseBase(process.env.BASE_PATH ?? '/');
const { homepage } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { homepage?: string };
const siteOrigin = new URL(resolveSiteUrl(process.env, homepage).url).origin;

function normaliseBase(value: string): string {
  const withLeading = value.startsWith('/') ? value : `/${value}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}


/** The page's markup without comments, scripts' bodies and JSON data blocks (their text is not markup). */
function markupOf(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
}

interface Reference {
  attribute: string;
  value: string;
}

/** href, src, srcset and canonical/og URLs of every element. */
function referencesOf(markup: string): Reference[] {
  const refs: Reference[] = [];
  for (const tag of markup.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const attrs = tag[2] ?? '';
    for (const attr of attrs.matchAll(/\s(href|src|srcset|content)\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
      const name = attr[1]!.toLowerCase();
      const value = decodeEntities(attr[3] ?? attr[4] ?? '');
      if (name === 'content') {
        // Only meta tags whose content is a URL (og:url, og:image, twitter:image).
        if (!/\sproperty\s*=\s*"og:(url|image)"|\sname\s*=\s*"twitter:image"/i.test(attrs)) continue;
      }
      if (name === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ attribute: name, value: url });
        }
      } else {
        refs.push({ attribute: name, value });
      }
    }
  }
  return refs;
}

function idsOf(markup: string): Set<string> {
  const ids = new Set<string>();
  for (const match of markup.matchAll(/\s(?:id|name)\s*=\s*("([^"]*)"|'([^']*)')/gi)) ids.add(decodeEntities(match[2] ?? match[3] ?? ''));
  return ids;
}

const pageIds = new Map<string, Set<string>>();
function idsOfFile(file: string): Set<string> {
  let ids = pageIds.get(file);
  if (!ids) {
    ids = idsOf(markupOf(readFileSync(join(distDir, file), 'utf8')));
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
    if (!/^https?:\/\/[^/\s]+\.[^/\s]+/i.test(raw) || /\s/.test(raw)) return `external ${ref.attribute}="${raw}" is not a well-formed http(s) URL`;
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
    const markup = markupOf(readFileSync(join(distDir, page), 'utf8'));
    const problems = referencesOf(markup)
      .map((ref) => checkReference(page, ref))
      .filter((problem): problem is string => problem !== undefined);
    expect([...new Set(problems)]).toEqual([]);
  });

  it.each(pages)('%s has no duplicate ids', (page) => {
    const markup = markupOf(readFileSync(join(distDir, page), 'utf8'));
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    for (const match of markup.matchAll(/\sid\s*=\s*"([^"]*)"/g)) {
      const id = decodeEntities(match[1]!);
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
    const markup = markupOf(
      '<a href="/a/?x=1&amp;y=2#s">a</a><!-- <a href="/commented/"> --><script type="application/json">{"href":"/in-json/"}</script><img srcset="/a.png 1x, /b.png 2x" src="/c.png"><meta property="og:url" content="https://x.example/">',
    );
    expect(referencesOf(markup).map((ref) => ref.value)).toEqual(['/a/?x=1&y=2#s', '/a.png', '/b.png', '/c.png', 'https://x.example/']);
  });
});

describe('section deep links in articles', () => {
  // articles/index.html is the list of articles, not an article.
  const articles = builtPages().filter((page) => page.startsWith('articles/') && page !== 'articles/index.html');

  it('builds the articles', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles)('%s: every h2–h4 in the article has an id and a "#" link to it', (page) => {
    const html = readFileSync(join(distDir, page), 'utf8');
    const article = html.match(/<article\b[\s\S]*<\/article>/)?.[0] ?? '';
    expect(article).not.toBe('');
    // Headings rendered from Markdown are wrapped with their anchor link; headings that components
    // render inside the article must at least carry an id.
    const problems: string[] = [];
    for (const heading of article.matchAll(/<(h[2-4])\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
      const id = heading[2]!.match(/\sid="([^"]+)"/)?.[1];
      const text = heading[3]!.replace(/<[^>]+>/g, '').trim();
      if (!id) problems.push(`<${heading[1]}> "${text}" has no id`);
    }
    for (const wrapper of article.matchAll(/<div class="heading-wrapper level-(h[2-4])"><\1 id="([^"]+)"[^>]*>[\s\S]*?<\/\1><a class="heading-anchor" href="#([^"]+)"/g)) {
      if (wrapper[2] !== wrapper[3]) problems.push(`anchor #${wrapper[3]} does not match heading id ${wrapper[2]}`);
    }
    const markdownHeadings = [...article.matchAll(/<div class="heading-wrapper level-h[2-4]">/g)].length;
    const anchors = [...article.matchAll(/<a class="heading-anchor" href="#[^"]+" data-pagefind-ignore/g)].length;
    expect(problems).toEqual([]);
    expect(anchors).toBe(markdownHeadings);
    expect(markdownHeadings).toBeGreaterThan(0);
  });
});
