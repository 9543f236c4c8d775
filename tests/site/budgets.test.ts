// Byte budgets on the built site (gzipped sizes are deterministic). Timing lives in `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgets, gzipSize, kb, pageAssets, scanModuleImports, splitSiteWide, sum } from '../bench/assets.mjs';
import { builtPages, distDir } from './dist';

const base = process.env.BASE_PATH ?? '/';
const pages = builtPages();
const assets = pages.map((page) => pageAssets(distDir, page, { base }));
const split = splitSiteWide(assets);
const byPage = (page: string) => {
  const index = pages.indexOf(page);
  return index < 0 ? undefined : { assets: assets[index]!, split: split[index]! };
};
/** The site-wide scripts (theme, search trigger) every page loads; small by design. */
const siteWideKb = 4;

describe('module import scanner', () => {
  it('finds static, dynamic and preloaded imports in minified chunks, not in strings, comments or bare packages', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/dialog.x1.js","_astro/dialog.css"])))=>i.map(i=>d[i]);' +
      'import{a as b}from"./shared.x2.js";import"./side.x3.js";export*from"../up.x4.js";' +
      'document.querySelector("b").addEventListener("click",()=>__vitePreload(()=>import("./dialog.x1.js"),__vite__mapDeps([0,1])));' +
      'const label="import it from \'somewhere\'",other=\'x; import "./in-string.js"\';/* import "./in-comment.js" */import"bare-package";';
    const found = scanModuleImports(code);
    expect(found.static.sort()).toEqual(['../up.x4.js', './shared.x2.js', './side.x3.js']);
    expect(found.dynamic).toEqual(['./dialog.x1.js']);
    expect(found.preloadDeps).toEqual(['_astro/dialog.x1.js', '_astro/dialog.css']);
  });
});

describe('byte budgets (gzipped)', () => {
  it('has pages to measure', () => {
    expect(pages).toContain('index.html');
  });

  it.each(pages)(`%s loads at most ${budgets.cssKb} KB of CSS`, (page) => {
    const { assets: a } = byPage(page)!;
    expect(a.css.length).toBeGreaterThan(0);
    expect(a.css.filter((c) => c.missing)).toEqual([]);
    expect(kb(sum(a.css))).toBeLessThanOrEqual(budgets.cssKb);
  });

  it.each(pages)('%s loads no search code before the search dialog opens', (page) => {
    const { assets: a } = byPage(page)!;
    expect(a.jsOnLoad.filter((s) => s.missing).map((s) => s.file)).toEqual([]);
    expect(a.searchOnLoad.map((s) => s.file)).toEqual([]);
  });

  it(`site-wide scripts stay under ${siteWideKb} KB`, () => {
    const home = byPage('index.html')!;
    expect(home.split.siteWide.length).toBeGreaterThan(0);
    expect(kb(sum(home.split.siteWide))).toBeLessThanOrEqual(siteWideKb);
  });

  it('search code (the dialog and Pagefind) is loaded on demand', () => {
    const home = byPage('index.html')!;
    expect(home.assets.searchOnDemand).toBe(true);
    expect(existsSync(join(distDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it(`the matrix page script is at most ${budgets.matrixJsKb} KB`, () => {
    const matrix = byPage('matrix/index.html');
    expect(matrix, 'matrix/index.html is built').toBeDefined();
    expect(matrix!.split.pageSpecific.length).toBeGreaterThan(0);
    expect(kb(sum(matrix!.split.pageSpecific))).toBeLessThanOrEqual(budgets.matrixJsKb);
  });

  it(`the matrix page HTML is at most ${budgets.matrixHtmlKb} KB`, () => {
    const html = readFileSync(join(distDir, 'matrix/index.html'));
    expect(kb(gzipSize(html))).toBeLessThanOrEqual(budgets.matrixHtmlKb);
  });

  it(`the calculator page script is at most ${budgets.calculatorJsKb} KB`, () => {
    const calculator = byPage('calculator/index.html');
    expect(calculator, 'calculator/index.html is built').toBeDefined();
    expect(calculator!.split.pageSpecific.length).toBeGreaterThan(0);
    expect(kb(sum(calculator!.split.pageSpecific))).toBeLessThanOrEqual(budgets.calculatorJsKb);
  });
});
