// What a built page loads: HTML, stylesheets and scripts with their gzipped sizes.
// JS is split into scripts loaded with the page (entries plus their static imports) and
// code loaded later (dynamic import() targets, e.g. the search dialog and Pagefind).
// Shared by the benchmark (tests/bench/run.mjs) and the byte budgets (tests/site/budgets.test.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initSync, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml } from 'node-html-parser';

initSync();

/** Pages under /embed/ (relative to dist/, e.g. "embed/calculator/index.html"). */
export const isEmbedPage = (page) => /(^|\/)embed\//.test(page);

/** Budgets in gzipped KB (1 KB = 1024 bytes). */
export const budgets = {
  cssKb: 16,
  matrixJsKb: 8,
  /** /matrix/ HTML on the real data: every feature, every column, with details and citations. */
  matrixHtmlKb: 60,
  calculatorJsKb: 10,
  searchJsBeforeOpenKb: 0,
};

/** Gzipped size in bytes (level 9, what a static host or CDN typically serves at most). */
export function gzipSize(content) {
  return gzipSync(typeof content === 'string' ? Buffer.from(content) : content, { level: 9 }).length;
}

export const kb = (bytes) => bytes / 1024;

/** Module specifiers in (minified) ES module code: static imports, dynamic import() and Vite preload lists. */
export function scanModuleImports(code, name) {
  const staticImports = new Set();
  const dynamicImports = new Set();
  // Bundled chunks only import each other by relative or absolute path; anything else is not a chunk.
  const isChunk = (specifier) => specifier !== undefined && /^(?:\.{1,2})?\//.test(specifier);
  const [imports] = parseModule(code, name);
  for (const { n: specifier, t: type } of imports) {
    if (!isChunk(specifier)) continue;
    if (type === 1)
      staticImports.add(specifier); // import/export … from, import "…"
    else if (type === 2) dynamicImports.add(specifier); // import("…") with a string literal
  }
  // Vite's __vite__mapDeps: files preloaded together with a dynamic import, written relative to the base.
  // A regex, because the list is a plain array literal in a helper (`m.f=[…]`), not import syntax a lexer sees.
  const preloadDeps = [];
  const deps = /__vite__mapDeps\s*=[\s\S]*?\.f\s*=\s*(\[[^\]]*\])/.exec(code);
  if (deps) {
    try {
      preloadDeps.push(...JSON.parse(deps[1]));
    } catch {
      // Not a plain string list; ignore rather than guess.
    }
  }
  return { static: [...staticImports], dynamic: [...dynamicImports], preloadDeps };
}

/**
 * Attributes (decoded, names lowercased) of every element with the given tag name.
 * @param {import('node-html-parser').HTMLElement} dom
 * @param {string} name
 * @returns {Record<string, string>[]}
 */
function tagsNamed(dom, name) {
  return dom
    .querySelectorAll(name)
    .map((element) => Object.fromEntries(Object.entries(element.attributes).map(([key, value]) => [key.toLowerCase(), value])));
}

/** Maps a same-origin URL path to a file path relative to dist, or undefined for other origins. */
export function urlToFile(url, base = '/') {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const path = decodeURI(url.split(/[?#]/)[0]);
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  if (path.startsWith(cleanBase)) return path.slice(cleanBase.length);
  return path.startsWith('/') ? path.slice(1) : path;
}

function resolveFrom(fromFile, specifier, base) {
  if (specifier.startsWith('/')) return urlToFile(specifier, base);
  const url = new URL(specifier, `http://site/${fromFile}`);
  return decodeURI(url.pathname.slice(1));
}

/**
 * Everything a built page loads, in gzipped bytes.
 * @param {string} distDir
 * @param {string} page HTML file relative to distDir, e.g. "matrix/index.html"
 * @param {{ base?: string }} [options]
 */
export function pageAssets(distDir, page, { base = '/' } = {}) {
  const read = (file) => readFileSync(join(distDir, file));
  const html = read(page);
  // Script bodies stay text, so a "<script" inside one is not read as a tag.
  const dom = parseHtml(html.toString('utf8'), { comment: false, blockTextElements: { script: true, style: true } });
  const asset = (file) => {
    const path = join(distDir, file);
    if (!existsSync(path)) return { file, bytes: 0, gzip: 0, missing: true };
    const content = readFileSync(path);
    return { file, bytes: content.length, gzip: gzipSize(content) };
  };

  const css = tagsNamed(dom, 'link')
    .filter((a) => (a.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet') && a.href)
    .map((a) => urlToFile(a.href, base))
    .filter(Boolean)
    .map(asset);

  const onLoad = new Map();
  const entries = [];
  const queue = [];
  const add = (file, via, kind) => {
    if (onLoad.has(file)) return;
    onLoad.set(file, { ...asset(file), via, kind });
    if (kind === 'module') queue.push(file);
  };
  for (const a of tagsNamed(dom, 'script')) {
    if (a.src === undefined) continue;
    const file = urlToFile(a.src, base);
    if (!file) continue;
    const kind = a.type === 'module' ? 'module' : 'classic';
    entries.push(file);
    add(file, 'script', kind);
  }
  for (const a of tagsNamed(dom, 'link')) {
    if ((a.rel ?? '').toLowerCase() === 'modulepreload' && a.href) {
      const file = urlToFile(a.href, base);
      if (file) add(file, 'modulepreload', 'module');
    }
  }
  const dynamicRoots = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (!existsSync(join(distDir, file))) continue;
    const imports = scanModuleImports(read(file).toString('utf8'), file);
    for (const spec of imports.static) add(resolveFrom(file, spec, base), 'import', 'module');
    for (const spec of imports.dynamic) dynamicRoots.add(resolveFrom(file, spec, base));
    // Preload lists are relative to the site root in dist, whatever the base path.
    for (const dep of imports.preloadDeps) dynamicRoots.add(dep.replace(/^\/+/, ''));
  }

  // Code loaded on demand: the closure of dynamic imports, minus what the page already loaded.
  const onDemand = new Map();
  const pending = [...dynamicRoots];
  while (pending.length > 0) {
    const file = pending.shift();
    if (onLoad.has(file) || onDemand.has(file)) continue;
    onDemand.set(file, asset(file));
    if (!/\.m?js$/.test(file) || !existsSync(join(distDir, file))) continue;
    const imports = scanModuleImports(read(file).toString('utf8'), file);
    for (const spec of [...imports.static, ...imports.dynamic]) pending.push(resolveFrom(file, spec, base));
  }

  const mentionsPagefind = (file) =>
    file.startsWith('pagefind/') ||
    (/\.m?js$/.test(file) && existsSync(join(distDir, file)) && /pagefind/i.test(read(file).toString('utf8')));
  const jsOnLoad = [...onLoad.values()].filter((a) => /\.m?js$/.test(a.file));
  const jsOnDemand = [...onDemand.values()].filter((a) => /\.m?js$/.test(a.file));
  return {
    page,
    html: { file: page, bytes: html.length, gzip: gzipSize(html) },
    css,
    entries,
    jsOnLoad,
    jsOnDemand,
    /** Scripts loaded with the page that contain search code (Pagefind files or code that loads Pagefind). */
    searchOnLoad: jsOnLoad.filter((a) => mentionsPagefind(a.file)),
    /** Whether code loaded on demand pulls in Pagefind (i.e. the search dialog is lazy). */
    searchOnDemand: jsOnDemand.some((a) => mentionsPagefind(a.file)),
  };
}

export const sum = (items) => items.reduce((total, item) => total + item.gzip, 0);

/** The Pagefind runtime loaded when search opens (JS, WebAssembly, entry metadata), excluding query-dependent index chunks. */
export function pagefindRuntime(distDir) {
  const dir = join(distDir, 'pagefind');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name === 'pagefind.js' || name === 'pagefind-entry.json' || /^wasm\.[\w-]+\.pagefind$/.test(name))
    .sort()
    .map((name) => {
      const content = readFileSync(join(dir, name));
      // .pagefind files are already gzipped by Pagefind.
      const gzip = name.endsWith('.pagefind') ? content.length : gzipSize(content);
      return { file: relative(distDir, join(dir, name)), bytes: content.length, gzip };
    });
}

/**
 * Groups scripts across pages: files every page loads are site-wide (theme, search trigger),
 * the rest are page-specific.
 */
export function splitSiteWide(pagesAssets) {
  // Embeds (/embed/*) are chrome-less cards framed by other sites: they load none of the site-wide scripts.
  const sitePages = pagesAssets.filter((p) => !isEmbedPage(p.page));
  const sets = sitePages.map((p) => new Set(p.jsOnLoad.map((a) => a.file)));
  const siteWide = sets.length === 0 ? new Set() : new Set([...sets[0]].filter((file) => sets.every((s) => s.has(file))));
  return pagesAssets.map((p) => ({
    page: p.page,
    siteWide: p.jsOnLoad.filter((a) => siteWide.has(a.file)),
    pageSpecific: p.jsOnLoad.filter((a) => !siteWide.has(a.file)),
  }));
}
