import { describe, expect, it } from 'vitest';
import { builtDom, builtPages } from './dist';

describe('built pages', () => {
  const pages = builtPages();

  it('builds the home, 404 and article pages', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(pages.some((p) => p.startsWith('articles/'))).toBe(true);
  });

  it.each(pages)('%s has a title, description, canonical link and one h1', (page) => {
    const dom = builtDom(page);
    const attribute = (selector: string, name: string) => dom.querySelectorAll(selector).map((element) => element.getAttribute(name) ?? '');
    expect(dom.querySelectorAll('head > title').map((title) => title.text.trim())).toEqual([expect.stringMatching(/./)]);
    expect(attribute('meta[name="description"]', 'content')).toEqual([expect.stringMatching(/^.{20,}$/s)]);
    expect(attribute('meta[property="og:title"]', 'content')).toEqual([expect.stringMatching(/./)]);
    expect(dom.querySelectorAll('h1')).toHaveLength(1);
  });

  it.each(pages)('%s has no inline script', (page) => {
    const inline = builtDom(page)
      .querySelectorAll('script')
      .filter(
        (script) =>
          !script.hasAttribute('src') &&
          !/^application\/(ld\+)?json$/.test(script.getAttribute('type') ?? '') &&
          script.rawText.trim() !== '',
      );
    expect(inline.map((script) => script.outerHTML.slice(0, 120))).toEqual([]);
  });
});
