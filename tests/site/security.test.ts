// Security checks on the built site: the strict CSP on every page, no inline script or style, host headers,
// no third-party loads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerValues, matchesPattern as matches, parseHeadersFile } from '../bench/headers.mjs';
import { cspDirectives, cspHeader, cspMeta } from '../../src/lib/csp';
import { headersFile } from '../../src/pages/[headers]';
import { builtPages, decodeEntities, distDir } from './dist';

const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'public, max-age=0, must-revalidate';

const base = process.env.BASE_PATH ?? '/';
const pages = builtPages();
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');

/** Every file under dir, relative to it. */
function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Start tags of an HTML document, with their raw attribute text. */
function startTags(html: string): { name: string; attrs: string }[] {
  const withoutScriptBodies = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
  return [
    ...withoutScriptBodies.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g),
  ].map(([, name, attrs]) => ({ name: name!.toLowerCase(), attrs: attrs ?? '' }));
}

function attr(attrs: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(attrs);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** True for absolute http(s) or protocol-relative URLs, which point at another origin on a static site. */
const isOffSite = (url: string) => /^\s*(?:https?:)?\/\//i.test(url);

/** URLs a tag makes the browser load (scripts, styles, fonts, images, frames), not plain links. */
function loadedUrls(tag: { name: string; attrs: string }): string[] {
  const get = (name: string) => attr(tag.attrs, name);
  const srcset = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((part) => part.trim().split(/\s+/)[0] ?? '')
      .filter(Boolean);
  switch (tag.name) {
    case 'script':
    case 'iframe':
    case 'embed':
    case 'audio':
    case 'track':
      return [get('src')].filter((v): v is string => v !== undefined);
    case 'img':
    case 'source':
      return [get('src'), ...srcset(get('srcset'))].filter((v): v is string => v !== undefined);
    case 'video':
      return [get('src'), get('poster')].filter((v): v is string => v !== undefined);
    case 'object':
      return [get('data')].filter((v): v is string => v !== undefined);
    case 'link': {
      const rel = (get('rel') ?? '').toLowerCase();
      return rel === 'canonical' || rel === 'alternate' ? [] : [get('href')].filter((v): v is string => v !== undefined);
    }
    case 'use':
    case 'image':
      return [get('href') ?? get('xlink:href')].filter((v): v is string => v !== undefined);
    default:
      return [];
  }
}

/** The URL path a built HTML file is served at. */
function urlPath(page: string): string {
  if (page === 'index.html') return '/';
  if (page.endsWith('/index.html')) return `/${page.slice(0, -'index.html'.length)}`;
  return `/${page}`;
}

describe('Content-Security-Policy', () => {
  it('finds built pages to check', () => {
    expect(pages).toContain('index.html');
  });

  it.each(pages)('%s carries the CSP meta tag before any script or stylesheet', (page) => {
    const html = read(page);
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
    expect(metas.map((m) => decodeEntities(m[1]!))).toEqual([cspMeta]);
    const head = html.slice(0, html.indexOf('</head>'));
    const cspAt = head.indexOf('http-equiv="Content-Security-Policy"');
    const firstResource = head.search(/<script\b|<link\b[^>]*rel="(?:stylesheet|modulepreload|preload)"/);
    expect(firstResource === -1 || cspAt < firstResource).toBe(true);
  });

  it('denies by default and allows nothing inline, no eval and no Trusted Types policy', () => {
    const directives = new Map(cspDirectives.map(([name, values]) => [name, [...values]]));
    expect(new Set(directives.keys()).size, 'no directive twice').toBe(cspDirectives.length);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const [name, values] of directives) {
      expect(values, name).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(values, name).not.toContain("'unsafe-hashes'");
      expect(values, name).not.toContain("'strict-dynamic'");
      expect(
        values.filter((value) => value === '*' || /^(?:https?:|blob:|https?:\/\/)/.test(value)),
        name,
      ).toEqual([]);
    }
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('font-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(directives.get('trusted-types')).toEqual(["'none'"]);
  });

  it('serializes the same policy for the header and, without frame-ancestors, for the meta tag', () => {
    expect(cspHeader).toBe(`${cspMeta}; frame-ancestors 'none'`);
    expect(cspMeta).not.toContain('frame-ancestors');
    expect(cspMeta.split('; ').map((d) => d.split(' ')[0])).toEqual(
      cspDirectives.map(([name]) => name).filter((name) => name !== 'frame-ancestors'),
    );
  });

  it.each(pages)('%s has no style attribute and no <style> element', (page) => {
    const html = read(page);
    const withStyle = startTags(html).filter((tag) => attr(tag.attrs, 'style') !== undefined);
    expect(withStyle.map((tag) => `<${tag.name}${tag.attrs.slice(0, 100)}>`)).toEqual([]);
    expect([...html.matchAll(/<style\b[^>]*>[\s\S]{0,80}/gi)].map(([match]) => match)).toEqual([]);
  });

  it.each(pages)('%s defines, in its own stylesheets, every class standing in for a style attribute', (page) => {
    const html = read(page);
    const used = new Set(
      startTags(html).flatMap((tag) =>
        (attr(tag.attrs, 'class') ?? '').split(/\s+/).filter((name) => /^(?:shiki|matrix-rows)-/.test(name)),
      ),
    );
    if (used.size === 0) return;
    const css = startTags(html)
      .filter((tag) => tag.name === 'link' && attr(tag.attrs, 'rel') === 'stylesheet')
      .map((tag) => read((attr(tag.attrs, 'href') ?? '').replace(/^\/+/, '').slice(base.length - 1)))
      .join('\n');
    const defined = new Set([...css.matchAll(/\.((?:shiki|matrix-rows)-[\w-]+)/g)].map((m) => m[1]!));
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });

  it.each(pages)('%s has no inline script, event handler attribute or javascript: URL', (page) => {
    const html = read(page);
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      ([, attrs, body]) =>
        attr(attrs!, 'src') === undefined && !/^application\/(ld\+)?json$/i.test(attr(attrs!, 'type') ?? '') && body!.trim() !== '',
    );
    expect(inlineScripts.map(([tag]) => tag.slice(0, 120))).toEqual([]);
    const handlers = startTags(html).filter((tag) => /\son\w+\s*=/i.test(tag.attrs));
    expect(handlers.map((tag) => `<${tag.name}${tag.attrs.slice(0, 100)}>`)).toEqual([]);
    const jsUrls = startTags(html).filter((tag) => /\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag.attrs));
    expect(jsUrls.map((tag) => tag.name)).toEqual([]);
  });

  it.each(pages)('%s escapes "<" inside JSON data scripts', (page) => {
    const html = read(page);
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (!/^application\/(ld\+)?json$/i.test(attr(attrs!, 'type') ?? '')) continue;
      expect(body).not.toContain('<');
      expect(() => JSON.parse(body!)).not.toThrow();
    }
  });
});

describe('no third-party origins', () => {
  it.each(pages)('%s loads scripts, styles, fonts and images only from its own origin', (page) => {
    const tags = startTags(read(page));
    const offSite = tags.flatMap((tag) =>
      loadedUrls(tag)
        .filter(isOffSite)
        .map((url) => `<${tag.name}> ${url}`),
    );
    expect(offSite).toEqual([]);
    const styleUrls = tags.flatMap((tag) => [...(attr(tag.attrs, 'style') ?? '').matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!));
    expect(styleUrls.filter(isOffSite)).toEqual([]);
    const forms = tags.filter((tag) => tag.name === 'form' && isOffSite(attr(tag.attrs, 'action') ?? ''));
    expect(forms).toEqual([]);
  });

  const cssFiles = allFiles(distDir).filter((file) => file.endsWith('.css'));
  it('finds the built stylesheets', () => {
    expect(cssFiles.length).toBeGreaterThan(0);
  });

  it.each(cssFiles)('%s imports nothing and loads no font or image from another origin', (file) => {
    const css = read(file);
    const urls = [...css.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!);
    expect(urls.filter(isOffSite)).toEqual([]);
    expect([...css.matchAll(/@import\s+(?:url\()?\s*['"]?([^'");\s]+)/g)].map((m) => m[1]!).filter(isOffSite)).toEqual([]);
    for (const [fontFace] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
      expect([...fontFace.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!).filter(isOffSite)).toEqual([]);
    }
  });

  const jsFiles = allFiles(distDir).filter((file) => /\.m?js$/.test(file));
  it.each(jsFiles)('%s imports no module from another origin', (file) => {
    const js = read(file);
    const specifiers = [
      ...js.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+)/g),
      ...js.matchAll(/\b(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"']+)/g),
      ...js.matchAll(/\bimport\s*["']([^"']+)/g),
      ...js.matchAll(/\bimportScripts\s*\(\s*["'`]([^"'`]+)/g),
    ].map((m) => m[1]!);
    expect(specifiers.filter(isOffSite)).toEqual([]);
  });
});

describe('_headers for Netlify and Cloudflare Pages', () => {
  const path = join(distDir, '_headers');
  const rules = existsSync(path) ? parseHeadersFile(readFileSync(path, 'utf8')) : [];

  it('is generated into the build from src/lib/csp.ts', () => {
    expect(existsSync(path)).toBe(true);
    expect(rules.length).toBeGreaterThan(0);
    expect(readFileSync(path, 'utf8')).toBe(headersFile());
  });

  it('sends the security headers on every path', () => {
    const one = (name: string) => headerValues(rules, '/', name);
    expect(one('content-security-policy')).toEqual([cspHeader]);
    expect(one('strict-transport-security')).toEqual(['max-age=63072000; includeSubDomains; preload']);
    expect(one('x-content-type-options')).toEqual(['nosniff']);
    expect(one('referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
    expect(one('permissions-policy')).toHaveLength(1);
    expect(one('permissions-policy')[0]).toMatch(/camera=\(\)/);
    expect(one('cross-origin-opener-policy')).toEqual(['same-origin']);
    for (const name of ['content-security-policy', 'strict-transport-security', 'x-content-type-options']) {
      expect(headerValues(rules, '/_astro/app.js', name), name).toHaveLength(1);
    }
  });

  it.each(pages)('%s gets exactly one short Cache-Control', (page) => {
    expect(headerValues(rules, urlPath(page), 'cache-control')).toEqual([revalidate]);
  });

  it('caches hashed assets for a year, and only them', () => {
    const assets = allFiles(join(distDir, '_astro'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(headerValues(rules, `/_astro/${asset}`, 'cache-control'), asset).toEqual([immutable]);
    }
    // Netlify applies the last matching rule, so the immutable rule must come last.
    const withCacheControl = rules.filter((rule) => rule.headers.some(([key]) => key === 'cache-control'));
    expect(withCacheControl.at(-1)?.pattern).toBe('/_astro/*');
    for (const file of allFiles(distDir).filter((f) => !f.startsWith('_astro/'))) {
      expect(headerValues(rules, `/${file}`, 'cache-control'), file).not.toContain(immutable);
    }
  });

  it('the header matcher used above distinguishes segments', () => {
    expect(matches('/:page/', '/matrix/')).toBe(true);
    expect(matches('/:page/', '/articles/overview/')).toBe(false);
    expect(matches('/_astro/*', '/_astro/a/b.js')).toBe(true);
    expect(matches('/:section/:page/', '/_astro/a.js')).toBe(false);
  });
});
