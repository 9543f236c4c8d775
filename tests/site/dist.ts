// Helpers for tests that read the built site.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

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

/**
 * Parses built HTML with node-html-parser (which decodes entities in `getAttribute()` and `.text`).
 * Scripts and styles stay text (not markup); <pre> is parsed, so code blocks keep their highlighted spans;
 * comments are dropped.
 */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true } });
}

const parsed = new Map<string, HTMLElement>();
/** The parsed DOM of a built file (path relative to dist/), parsed once per test file. */
export function builtDom(file: string): HTMLElement {
  let root = parsed.get(file);
  if (!root) {
    root = parseHtml(readFileSync(join(distDir, file), 'utf8'));
    parsed.set(file, root);
  }
  return root;
}

/** Decodes the HTML entities Astro emits in attributes and text. Kept for the regex-based checks in security.test.ts and changes.test.ts (owned elsewhere); the tests here read decoded values from node-html-parser. */
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
