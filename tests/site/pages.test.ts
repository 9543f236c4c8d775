import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { builtPages, distDir } from './dist';

describe('built pages', () => {
  const pages = builtPages();

  it('builds the home, 404 and article pages', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(pages.some((p) => p.startsWith('articles/'))).toBe(true);
  });

  it.each(pages)('%s has a title, description, canonical link and one h1', (page) => {
    const html = readFileSync(join(distDir, page), 'utf8');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html.match(/<h1[\s>]/g)?.length).toBe(1);
  });

  it.each(pages)('%s has no inline script', (page) => {
    const html = readFileSync(join(distDir, page), 'utf8');
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs, body]) => !/\bsrc=/.test(attrs!) && !/type="application\/(ld\+)?json"/.test(attrs!) && body!.trim() !== '',
    );
    expect(inline.map(([tag]) => tag.slice(0, 120))).toEqual([]);
  });
});
