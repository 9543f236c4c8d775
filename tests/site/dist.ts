// Helpers for tests that read the built site.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = process.env.OUT_DIR ?? 'dist';

/** Every built HTML page, as a path relative to dist/ (pagefind's own files excluded). */
export function builtPages(dir: string = distDir): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.html')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** Decodes the HTML entities Astro emits in attributes and text. */
export function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
