// Turns benchmark measurements into PASS/FAIL targets and a Markdown report. Pure functions.
import { budgets, kb } from './assets.mjs';
import { categories } from './lighthouse.mjs';

const fmtKb = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : `${kb(bytes).toFixed(2)} KB`);
const fmtS = (seconds) => (seconds === null || seconds === undefined ? 'n/a' : `${seconds.toFixed(1)} s`);
/** Seconds the social images (src/pages/og) may add to `astro build` (about 100 images, rendered two at a time). */
export const ogImagesBudgetSeconds = 15;
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Every target with its status: PASS, FAIL, or NOT MEASURED (with the reason). */
export function evaluateTargets(result) {
  const targets = [];
  const add = (id, description, target, actual, pass, measured = true) =>
    targets.push({ id, description, target, actual, status: !measured ? 'NOT MEASURED' : pass ? 'PASS' : 'FAIL' });

  for (const page of result.pages) {
    if (page.missing) {
      add(`page-${page.name}`, `${page.name} page is built`, 'exists', `missing (${page.file})`, false, false);
      continue;
    }
    add(
      `css-${page.name}`,
      `CSS on ${page.name} (gzipped)`,
      `≤ ${budgets.cssKb} KB`,
      fmtKb(page.cssGzip),
      kb(page.cssGzip) <= budgets.cssKb,
    );
    add(
      `search-before-open-${page.name}`,
      `Search code loaded by ${page.name} before search opens`,
      `${budgets.searchJsBeforeOpenKb} KB`,
      page.searchOnLoad.length === 0 ? '0 KB' : `${fmtKb(page.searchOnLoadGzip)} (${page.searchOnLoad.map((a) => a.file).join(', ')})`,
      page.searchOnLoad.length === 0,
    );
    const lh = page.lighthouse;
    for (const category of categories) {
      const score = lh && !lh.error ? lh.scores[category] : null;
      add(
        `lighthouse-${page.name}-${category}`,
        `Lighthouse ${category} on ${page.name}`,
        '100',
        lh?.error ? `error: ${lh.error}` : (score ?? 'n/a'),
        score === 100,
        Boolean(lh) && !lh.error && score !== null,
      );
    }
  }
  const byName = (name) => result.pages.find((p) => p.name === name && !p.missing);
  const matrix = byName('matrix');
  add(
    'matrix-js',
    'Matrix page script (page-specific JS on load, gzipped)',
    `≤ ${budgets.matrixJsKb} KB`,
    matrix ? fmtKb(matrix.jsPageSpecificGzip) : 'n/a',
    matrix ? kb(matrix.jsPageSpecificGzip) <= budgets.matrixJsKb : false,
    Boolean(matrix),
  );
  add(
    'matrix-html',
    'Matrix page HTML (gzipped, real data)',
    `≤ ${budgets.matrixHtmlKb} KB`,
    matrix ? fmtKb(matrix.htmlGzip) : 'n/a',
    matrix ? kb(matrix.htmlGzip) <= budgets.matrixHtmlKb : false,
    Boolean(matrix),
  );
  const calculator = byName('calculator');
  add(
    'calculator-js',
    'Calculator page script (page-specific JS on load, gzipped)',
    `≤ ${budgets.calculatorJsKb} KB`,
    calculator ? fmtKb(calculator.jsPageSpecificGzip) : 'n/a',
    calculator ? kb(calculator.jsPageSpecificGzip) <= budgets.calculatorJsKb : false,
    Boolean(calculator),
  );
  const mf = result.matrixFilter;
  if (mf && !mf.error && Array.isArray(mf.data?.cases)) {
    const worst = Math.max(...mf.data.cases.map((c) => c.p95Ms));
    const budget = mf.data.budgetMs ?? 16;
    add(
      'matrix-filter-p95',
      `Matrix filter latency, slowest case p95 (${mf.data.dataset?.features ?? '?'} features, ${mf.data.dataset?.meshes?.length ?? '?'} meshes)`,
      `≤ ${budget} ms`,
      `${worst.toFixed(3)} ms`,
      worst <= budget,
    );
  }
  const og = result.ogImages;
  if (og) {
    const measured = !og.error;
    add(
      'og-images-build',
      `Build time added by the social images (${og.images} PNGs; astro build minus a build with OG_IMAGES=0)`,
      `≤ ${ogImagesBudgetSeconds} s`,
      measured ? `${fmtS(og.addedSeconds)} (${fmtS(og.withSeconds)} vs ${fmtS(og.withoutSeconds)})` : og.error,
      measured && og.addedSeconds <= ogImagesBudgetSeconds,
      measured,
    );
  }
  const search = result.search;
  if (search && !search.error) {
    add(
      'search-browser-before-open',
      'Requests to /pagefind/ before search opens (browser)',
      '0',
      String(search.pagefindBeforeOpen.length),
      search.pagefindBeforeOpen.length === 0,
    );
    add(
      'search-opens',
      'Search dialog opens and shows results for a query (browser)',
      'yes',
      search.opened ? (search.resultsShown ? 'yes' : 'opened, no results') : 'did not open',
      search.opened && search.resultsShown,
    );
    add(
      'no-third-party-requests',
      'Requests to other origins while browsing and searching (browser)',
      '0',
      String(search.offOrigin.length),
      search.offOrigin.length === 0,
    );
  } else {
    add('search-browser-before-open', 'Search measured in a browser', 'measured', search?.error ?? 'skipped', false, false);
  }
  return targets;
}

function jsList(items) {
  if (items.length === 0) return 'none';
  return items.map((a) => `\`${a.file}\` ${fmtKb(a.gzip)}`).join(', ');
}

/** The Markdown report. */
export function renderMarkdown(result) {
  const lines = [];
  const push = (...l) => lines.push(...l);
  const counts = result.targets.reduce((acc, t) => ({ ...acc, [t.status]: (acc[t.status] ?? 0) + 1 }), {});
  push('# Mesh Compare benchmark report', '');
  push(`Generated ${result.generatedAt} by \`npm run bench\` (tests/bench/run.mjs).`, '');
  push(`**Targets: ${counts.PASS ?? 0} pass, ${counts.FAIL ?? 0} fail, ${counts['NOT MEASURED'] ?? 0} not measured.**`, '');
  if (result.problems.length > 0) {
    push('## Measurement problems', '', ...result.problems.map((p) => `- ${p}`), '');
  }

  push('## Targets', '', '| Status | Target | Budget | Actual |', '| --- | --- | --- | --- |');
  for (const t of result.targets) push(`| ${t.status} | ${cell(t.description)} | ${cell(t.target)} | ${cell(t.actual)} |`);
  push('');

  push('## Page weight (gzipped)', '');
  push(
    'Sizes are gzip level 9 of the built files. "Site-wide JS" is what every measured page loads (the theme script, the search trigger and other header scripts); "page JS" is loaded only by that page; "on demand" is loaded by `import()` later (e.g. the search dialog), not on page load.',
    '',
  );
  push(
    '| Page | Path | HTML | CSS | Site-wide JS | Page JS | On-demand JS | Search code before opening |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const p of result.pages) {
    if (p.missing) {
      push(`| ${p.name} | \`${p.path}\` | not built | | | | | |`);
      continue;
    }
    push(
      `| ${p.name} | \`${p.path}\` | ${fmtKb(p.htmlGzip)} | ${fmtKb(p.cssGzip)} | ${fmtKb(p.jsSiteWideGzip)} | ${fmtKb(p.jsPageSpecificGzip)} | ${fmtKb(p.jsOnDemandGzip)} | ${fmtKb(p.searchOnLoadGzip)} |`,
    );
  }
  push('');
  push('Scripts per page:', '');
  for (const p of result.pages.filter((page) => !page.missing)) {
    push(
      `- **${p.name}**: site-wide ${jsList(p.jsSiteWide)}; page ${jsList(p.jsPageSpecific)}; on demand ${jsList(p.jsOnDemand)}; CSS ${jsList(p.css)}`,
    );
  }
  push('');

  push('## Search', '');
  const s = result.search;
  if (!s || s.error) {
    push(`Not measured: ${s?.error ?? 'skipped'}.`, '');
  } else {
    push(
      `Measured in Chromium on ${s.pageUrl}: the page loaded ${s.beforeOpen.length} files before search opened, ${s.pagefindBeforeOpen.length} of them from /pagefind/.`,
    );
    push(`Opening search (key "/" or the Search button) and typing "${s.query}" then fetched:`, '');
    push(`- JS: ${fmtKb(s.afterOpenJs.reduce((n, a) => n + a.gzip, 0))} (${jsList(s.afterOpenJs)})`);
    push(`- WebAssembly: ${fmtKb(s.afterOpenWasm.reduce((n, a) => n + a.gzip, 0))} (${jsList(s.afterOpenWasm)})`);
    push(`- Index and metadata: ${fmtKb(s.afterOpenData.reduce((n, a) => n + a.gzip, 0))} in ${s.afterOpenData.length} files`);
    push(
      `- Dialog opened: ${s.opened ? 'yes' : 'no'}; results shown: ${s.resultsShown ? 'yes' : 'no'}; requests to other origins: ${s.offOrigin.length}`,
      '',
    );
  }
  if ((!s || s.error) && result.pagefindRuntime?.length) {
    push(`Pagefind runtime files on disk (none is loaded before search opens): ${jsList(result.pagefindRuntime)}.`, '');
  }

  push('## Lighthouse', '');
  push(
    `Lighthouse ${result.environment.lighthouse}, ${result.environment.chromium}, default mobile settings (emulated mid-range phone, simulated slow 4G), against \`astro preview\` on 127.0.0.1.`,
    '',
  );
  push(
    `Each page ran ${result.lighthouseRuns ?? 1} time(s); the run with the median performance score is shown. Performance depends on how busy the machine is: Lighthouse's CPU benchmark index is given per page (higher is faster; a quiet desktop scores around 1000–2000).`,
    '',
  );
  push(
    `| Page | ${categories.join(' | ')} | FCP | LCP | TBT | CLS | CPU index |`,
    `| --- | ${categories.map(() => '---').join(' | ')} | --- | --- | --- | --- | --- |`,
  );
  for (const p of result.pages) {
    const lh = p.lighthouse;
    if (!lh) push(`| ${p.name} | ${categories.map(() => 'n/a').join(' | ')} | | | | | |`);
    else if (lh.error) push(`| ${p.name} | error: ${cell(lh.error)} | | | | | | | | |`);
    else {
      const m = lh.metrics;
      push(
        `| ${p.name} | ${categories.map((c) => lh.scores[c] ?? 'n/a').join(' | ')} | ${m['first-contentful-paint'] ?? ''} | ${m['largest-contentful-paint'] ?? ''} | ${m['total-blocking-time'] ?? ''} | ${m['cumulative-layout-shift'] ?? ''} | ${lh.benchmarkIndex === null ? 'n/a' : Math.round(lh.benchmarkIndex)} |`,
      );
    }
  }
  push('');
  const failing = result.pages.flatMap((p) => (p.lighthouse?.failing ?? []).map((f) => ({ ...f, page: p.name })));
  if (failing.length > 0) {
    push(
      'Audits below 100 (weighted audits that lowered a score):',
      '',
      '| Page | Category | Audit id | Title | Value |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const f of failing) push(`| ${f.page} | ${f.category} | \`${f.id}\` | ${cell(f.title)} | ${cell(f.displayValue)} |`);
    push('');
    const slow = result.pages.filter((p) => p.lighthouse && !p.lighthouse.error && p.lighthouse.scores.performance !== 100);
    if (slow.length > 0) {
      push('Main-thread work (on the simulated phone: measured time × 4) and DOM size of the pages below 100 in performance:', '');
      for (const p of slow)
        push(`- **${p.name}**: ${p.lighthouse.domElements ?? '?'} DOM elements; ${p.lighthouse.mainThread?.join(', ') || 'no breakdown'}`);
      push('');
    }
  } else if (result.pages.some((p) => p.lighthouse && !p.lighthouse.error)) {
    push('No weighted audit failed on any page.', '');
  }

  push('## Build', '');
  const b = result.build;
  if (b.reused) push(`Reused an existing build in \`${b.outDir}\`; build time not measured.`, '');
  else
    push(
      `Cold build (empty cache) of the real content: \`astro build\` ${fmtS(b.astroSeconds)}, Pagefind ${fmtS(b.pagefindSeconds)}, **total ${fmtS(b.totalSeconds)}**, ${b.pageCount} HTML pages.`,
      '',
    );

  const og = result.ogImages;
  if (og) {
    push('### Social images', '');
    if (og.error) push(`${og.images} images in og/. Added build time not measured: ${og.error}.`, '');
    else
      push(
        `${og.images} social images (1200×630 PNG, satori + resvg) add **${fmtS(og.addedSeconds)}** to \`astro build\`: ${fmtS(og.withSeconds)} with them, ${fmtS(og.withoutSeconds)} for a second cold build with \`OG_IMAGES=0\` (${og.images > 0 ? `${((og.addedSeconds * 1000) / og.images).toFixed(0)} ms per image` : 'no images'}). Both builds ran one after the other, so machine load adds noise.`,
        '',
      );
  }

  push('## Scale: synthetic dataset', '');
  const sc = result.scale;
  if (!sc || sc.error) push(`Not measured: ${sc?.error ?? 'skipped'}.`, '');
  else {
    push(
      `${sc.features} features × ${sc.meshes.length} meshes (${sc.meshes.join(', ')}), seed ${sc.seed}; real categories, sources and overhead figures; one placeholder article.`,
      '',
    );
    push(
      `Cold build: \`astro build\` ${fmtS(sc.astroSeconds)}, Pagefind ${fmtS(sc.pagefindSeconds)}, **total ${fmtS(sc.totalSeconds)}**, ${sc.pageCount} HTML pages (${sc.featurePages} feature pages). /matrix/ HTML: ${fmtKb(sc.matrixHtmlGzip)} gzipped (${fmtKb(sc.matrixHtmlBytes)} raw).`,
      '',
    );
  }

  push('## Matrix filter latency', '');
  const mf = result.matrixFilter;
  if (!mf || mf.error) push(`Not measured: ${mf?.error ?? 'skipped'}.`, '');
  else {
    push(`From the matrix helper's benchmark (\`${mf.command}\`, report \`${mf.reportFile}\`):`, '');
    if (mf.markdown) push(...mf.markdown.split('\n').map((l) => (l.startsWith('#') ? `#${l}` : l)), '');
    else push('```json', JSON.stringify(mf.data, null, 2), '```', '');
  }

  push('## Environment', '');
  const e = result.environment;
  push(
    `Node ${e.node}, ${e.platform}, ${e.cpus} CPUs (${e.cpuModel}), load average at start ${e.loadAverage}. Timings vary with machine load; sizes do not.`,
    '',
  );
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
