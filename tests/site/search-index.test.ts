// Checks the Pagefind index in the build: which pages are in it, that repeated chrome (header, footer,
// navigation, heading-anchor labels) is not, and that article headings are indexed as sections.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TextNode, type HTMLElement, type Node } from 'node-html-parser';
import { builtDom, builtPages, distDir } from './dist';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string }[];
}

const pagefindDir = join(distDir, 'pagefind');

function readFragments(): Fragment[] {
  const dir = join(pagefindDir, 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    });
}

/** An element's decoded text with a space at every tag boundary, whitespace collapsed (as the index stores it). */
const spaced = (node: Node): string => (node instanceof TextNode ? node.text : node.childNodes.map(spaced).join(' '));
const textOf = (element: HTMLElement | null) => (element ? spaced(element).replace(/\s+/g, ' ').trim() : '');
/** The built page a Pagefind URL (e.g. /articles/overview/) stands for. */
const domOf = (url: string) => builtDom(join(url.slice(1), 'index.html'));

describe('search index', () => {
  it('is built with the Pagefind script the dialog imports', () => {
    expect(existsSync(join(pagefindDir, 'pagefind.js'))).toBe(true);
  });

  const fragments = readFragments();
  const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));

  it('holds every article, feature page and the sources page, but not the 404 page', () => {
    const pages = builtPages()
      .filter((page) => /^(articles|features)\//.test(page) || page === 'sources/index.html')
      .map((page) => `/${page.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.filter((url) => !byUrl.has(url))).toEqual([]);
    expect([...byUrl.keys()].filter((url) => url.includes('404'))).toEqual([]);
  });

  it('titles each page with its h1', () => {
    for (const fragment of fragments) {
      const h1 = textOf(domOf(fragment.url).querySelector('h1'));
      expect(fragment.meta.title, fragment.url).toBe(h1);
    }
  });

  it('leaves header, footer, navigation and anchor-link labels out of every page', () => {
    const footerSentence = textOf(builtDom('index.html').querySelector('footer p'));
    expect(footerSentence.length).toBeGreaterThan(20);
    const chrome = [
      footerSentence,
      'Skip to content',
      'Search articles, features and sources',
      'move between results',
      'Link to section:',
      'On this page',
      'All articles',
      'Dark theme',
    ];
    const leaks = fragments.flatMap((fragment) =>
      chrome.filter((phrase) => fragment.content.includes(phrase)).map((phrase) => `${fragment.url}: "${phrase}"`),
    );
    expect(leaks).toEqual([]);
  });

  it('indexes every article heading with its id, so results can link to the section', () => {
    const articles = fragments.filter((fragment) => fragment.url.startsWith('/articles/'));
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const headingIds = domOf(article.url)
        .querySelectorAll('div.heading-wrapper')
        .filter((wrapper) => /(^|\s)level-h[2-4](\s|$)/.test(wrapper.getAttribute('class')!))
        .map((wrapper) => wrapper.firstElementChild)
        .filter((heading) => /^H[2-4]$/.test(heading?.tagName ?? '') && heading!.getAttribute('id'))
        .map((heading) => heading!.getAttribute('id'));
      const anchorIds = new Set(article.anchors.filter((anchor) => /^h[2-4]$/.test(anchor.element)).map((anchor) => anchor.id));
      expect(
        headingIds.filter((id) => !anchorIds.has(id!)),
        article.url,
      ).toEqual([]);
    }
  });
});
