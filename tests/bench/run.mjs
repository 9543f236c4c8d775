// `npm run bench`: builds the site, measures page weight, Lighthouse scores, search loading,
// a 1000-feature scale build and the matrix filter latency, and writes tests/bench/out/report.{md,json}.
// Exits 0 when everything could be measured (targets may still FAIL; see the report), 1 otherwise.
//
// Builds go to $BENCH_WORK_DIR (default: <tmp>/mesh-compare-bench).
// Options: --dist DIR (measure an existing build instead of building), --skip-lighthouse, --skip-search,
// --skip-scale, --skip-matrix, --skip-og (no second build without social images), --runs N (Lighthouse runs per page, median kept), --features N, --meshes N.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { gzipSize, pageAssets, pagefindRuntime, splitSiteWide, sum } from './assets.mjs';
import { evaluateTargets, renderMarkdown } from './report.mjs';
import { startPreview } from './server.mjs';
import { writeSyntheticContent } from './synthetic.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const outRoot = join(root, 'tests/bench/out');
// Builds go outside the repository, so typechecking and editors never see thousands of built files.
const workRoot = process.env.BENCH_WORK_DIR ?? join(tmpdir(), 'mesh-compare-bench');
const bin = join(root, 'node_modules/.bin');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
process.env.PATH = env.PATH;

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
    'skip-matrix': { type: 'boolean', default: false },
    'skip-og': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    features: { type: 'string', default: '1000' },
    meshes: { type: 'string', default: '6' },
  },
});

const log = (line) => console.log(line);
const problems = [];
const seconds = (start) => (performance.now() - start) / 1000;

/** Runs a command, returning its duration in seconds, or records a problem and returns null. */
function timed(label, command, args, extraEnv = {}) {
  log(`$ ${[...Object.entries(extraEnv).map(([k, v]) => `${k}=${v}`), command, ...args].join(' ')}`);
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const duration = seconds(start);
  if (result.status !== 0) {
    problems.push(
      `${label} failed (exit ${result.status ?? result.signal}): ${(result.stderr || result.stdout || '').trim().split('\n').slice(-15).join(' / ')}`,
    );
    return { seconds: null, output: `${result.stdout}${result.stderr}` };
  }
  log(`  ${label}: ${duration.toFixed(1)} s`);
  return { seconds: duration, output: `${result.stdout}${result.stderr}` };
}

/** Cold build (empty cache) into outDir: astro build, then Pagefind. */
function build(label, outDir, cacheDir, extraEnv = {}) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const buildEnv = { OUT_DIR: outDir, CACHE_DIR: cacheDir, ...extraEnv };
  const astro = timed(`${label}: astro build`, 'astro', ['build'], buildEnv);
  const pagefind = astro.seconds === null ? { seconds: null } : timed(`${label}: pagefind`, 'pagefind', ['--site', outDir], buildEnv);
  const total = astro.seconds !== null && pagefind.seconds !== null ? astro.seconds + pagefind.seconds : null;
  return { astroSeconds: astro.seconds, pagefindSeconds: pagefind.seconds, totalSeconds: total };
}

function htmlPages(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/') && !file.startsWith('_astro/'))
    .sort();
}

/** The first feature id in the data, in the order the content loader reads it. */
function firstFeatureId(contentDir) {
  const dir = join(contentDir, 'features');
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const id = parse(readFileSync(join(dir, name), 'utf8'))?.features?.[0]?.id;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

function measurePages(distDir) {
  const featureId = firstFeatureId(join(root, 'content'));
  const targets = [
    { name: 'home', path: '/' },
    { name: 'article', path: '/articles/overview/' },
    { name: 'matrix', path: '/matrix/' },
    { name: 'calculator', path: '/calculator/' },
    { name: 'feature', path: featureId ? `/features/${featureId}/` : '/features/(no feature in content)/' },
    { name: 'sources', path: '/sources/' },
    { name: 'releases', path: '/releases/' },
    { name: 'report', path: '/report/' },
    { name: 'embed', path: featureId ? `/embed/features/${featureId}/` : '/embed/calculator/' },
  ].map((t) => ({ ...t, file: `${t.path.slice(1)}index.html` }));

  const found = targets.filter((t) => existsSync(join(distDir, t.file)));
  for (const t of targets.filter((x) => !found.includes(x)))
    problems.push(`page ${t.name} (${t.path}) is not in the build (${join(distDir, t.file)})`);
  const assets = found.map((t) => pageAssets(distDir, t.file));
  const split = splitSiteWide(assets);
  return targets.map((t) => {
    const index = found.indexOf(t);
    if (index < 0) return { ...t, missing: true };
    const a = assets[index];
    const s = split[index];
    return {
      ...t,
      htmlGzip: a.html.gzip,
      htmlBytes: a.html.bytes,
      css: a.css,
      cssGzip: sum(a.css),
      jsSiteWide: s.siteWide,
      jsSiteWideGzip: sum(s.siteWide),
      jsPageSpecific: s.pageSpecific,
      jsPageSpecificGzip: sum(s.pageSpecific),
      jsOnDemand: a.jsOnDemand,
      jsOnDemandGzip: sum(a.jsOnDemand),
      searchOnLoad: a.searchOnLoad,
      searchOnLoadGzip: sum(a.searchOnLoad),
      searchOnDemand: a.searchOnDemand,
    };
  });
}

async function measureInBrowser(distDir, pages) {
  const out = { search: undefined, lighthouse: {} };
  if (options['skip-lighthouse'] && options['skip-search']) return out;
  let server;
  try {
    server = await startPreview({ root, outDir: distDir });
    log(`preview server: ${server.url}`);
    if (!options['skip-search']) {
      try {
        const { measureSearch } = await import('./search.mjs');
        const pageUrl = server.url;
        out.search = { pageUrl, ...(await measureSearch({ pageUrl, origin: server.origin, base: '/', distDir })) };
        log(`  search: opened ${out.search.opened}, results ${out.search.resultsShown}`);
      } catch (error) {
        out.search = { error: String(error.message ?? error).split('\n')[0] };
        problems.push(`search measurement failed: ${out.search.error}`);
      }
    }
    if (!options['skip-lighthouse']) {
      const { runLighthouse } = await import('./lighthouse.mjs');
      const urls = pages.filter((p) => !p.missing).map((p) => `${server.origin}${p.path}`);
      const runs = Math.max(1, Number.parseInt(options.runs, 10) || 1);
      const { results, chromeVersion } = await runLighthouse(urls, { runs, log });
      out.chromium = chromeVersion;
      for (const page of pages.filter((p) => !p.missing)) {
        out.lighthouse[page.name] = results[`${server.origin}${page.path}`];
        if (out.lighthouse[page.name]?.error) problems.push(`Lighthouse failed on ${page.path}: ${out.lighthouse[page.name].error}`);
      }
    }
  } catch (error) {
    problems.push(`browser measurements failed: ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    server?.stop();
  }
  return out;
}

function measureScale() {
  const features = Number.parseInt(options.features, 10);
  const meshes = Number.parseInt(options.meshes, 10);
  const seed = 1;
  const dir = join(workRoot, 'synthetic');
  const contentDir = join(dir, 'content');
  try {
    const written = writeSyntheticContent({ dir: contentDir, realContentDir: join(root, 'content'), features, meshes, seed });
    log(`synthetic content: ${written.features} features, meshes ${written.meshes.join(', ')} in ${contentDir}`);
    const distDir = join(dir, 'dist');
    const times = build('scale build', distDir, join(dir, 'cache'), { CONTENT_DIR: contentDir });
    if (times.totalSeconds === null) return { error: 'the synthetic build failed (see measurement problems)' };
    const pages = htmlPages(distDir);
    const matrixFile = join(distDir, 'matrix/index.html');
    const matrixHtml = existsSync(matrixFile) ? readFileSync(matrixFile) : undefined;
    return {
      features: written.features,
      meshes: written.meshes,
      seed,
      ...times,
      pageCount: pages.length,
      featurePages: pages.filter((p) => p.startsWith('features/')).length,
      matrixHtmlGzip: matrixHtml ? gzipSize(matrixHtml) : null,
      matrixHtmlBytes: matrixHtml ? matrixHtml.length : null,
    };
  } catch (error) {
    problems.push(`scale benchmark failed: ${error.message}`);
    return { error: error.message };
  }
}

/**
 * What the social images (src/pages/og/[...path].png.ts) add to the build: the site build's astro time minus that
 * of a second cold build with OG_IMAGES=0, which renders no image. Both builds run one after the other on the same
 * machine, so machine load shows up as noise in the difference.
 */
function measureOgImages(siteBuild, distDir) {
  const ogDir = join(distDir, 'og');
  const images = existsSync(ogDir)
    ? readdirSync(ogDir, { recursive: true })
        .map(String)
        .filter((name) => name.endsWith('.png')).length
    : 0;
  if (siteBuild.reused) return { images, error: 'reused an existing build (--dist): build time not measured' };
  if (siteBuild.astroSeconds === null) return { images, error: 'the site build failed' };
  const dir = join(workRoot, 'site-no-og');
  const without = build('site build, OG_IMAGES=0', join(dir, 'dist'), join(dir, 'cache'), { OG_IMAGES: '0' });
  rmSync(dir, { recursive: true, force: true });
  if (without.astroSeconds === null) return { images, error: 'the build with OG_IMAGES=0 failed' };
  return {
    images,
    withSeconds: siteBuild.astroSeconds,
    withoutSeconds: without.astroSeconds,
    addedSeconds: siteBuild.astroSeconds - without.astroSeconds,
  };
}

/** Runs the matrix helper's filter-latency benchmark (tests/bench/matrix-filter.*) and reads its report. */
async function measureMatrixFilter() {
  const benchDir = join(root, 'tests/bench');
  const files = readdirSync(benchDir).filter((name) => name.startsWith('matrix-filter.'));
  const jsonFile = join(outRoot, 'matrix-filter.json');
  const mdFile = join(outRoot, 'matrix-filter.md');
  rmSync(jsonFile, { force: true });
  rmSync(mdFile, { force: true });
  if (!files.includes('matrix-filter.mjs')) {
    return { error: `no tests/bench/matrix-filter.mjs entry point (found: ${files.join(', ') || 'none'})` };
  }
  // Same synthetic size as the scale build.
  const args = ['tests/bench/matrix-filter.mjs', '--features', options.features, '--meshes', options.meshes];
  const command = `node ${args.join(' ')}`;
  const run = timed('matrix filter bench', process.execPath, args);
  if (run.seconds === null) return { error: `\`${command}\` failed`, command };
  if (!existsSync(jsonFile)) {
    problems.push(`matrix filter bench did not write ${jsonFile}`);
    return { error: `no ${jsonFile}`, command };
  }
  return {
    command,
    reportFile: 'tests/bench/out/matrix-filter.json',
    data: JSON.parse(readFileSync(jsonFile, 'utf8')),
    markdown: existsSync(mdFile) ? readFileSync(mdFile, 'utf8').trim() : undefined,
  };
}

async function main() {
  mkdirSync(outRoot, { recursive: true });
  const started = performance.now();
  const environment = {
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverage: loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
    lighthouse: JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version,
    chromium: 'not run',
  };

  let distDir;
  let buildInfo;
  if (options.dist) {
    distDir = resolve(options.dist);
    buildInfo = { reused: true, outDir: distDir };
    if (!existsSync(join(distDir, 'index.html'))) problems.push(`--dist ${distDir} has no index.html`);
  } else {
    distDir = join(workRoot, 'site/dist');
    buildInfo = { reused: false, outDir: distDir, ...build('site build', distDir, join(workRoot, 'site/cache')) };
  }
  buildInfo.pageCount = htmlPages(distDir).length;

  const pages = existsSync(join(distDir, 'index.html')) ? measurePages(distDir) : [];
  const browser = pages.length > 0 ? await measureInBrowser(distDir, pages) : { lighthouse: {} };
  if (browser.chromium) environment.chromium = browser.chromium;
  for (const page of pages) page.lighthouse = browser.lighthouse[page.name];

  const ogImages = options['skip-og'] ? undefined : measureOgImages(buildInfo, distDir);
  const scale = options['skip-scale'] ? undefined : measureScale();
  const matrixFilter = options['skip-matrix'] ? undefined : await measureMatrixFilter();
  if (matrixFilter?.error && !problems.some((p) => p.includes('matrix filter')))
    problems.push(`matrix filter bench: ${matrixFilter.error}`);

  const result = {
    generatedAt: new Date().toISOString(),
    durationSeconds: seconds(started),
    environment,
    build: buildInfo,
    pages,
    search: browser.search,
    pagefindRuntime: existsSync(distDir) ? pagefindRuntime(distDir) : [],
    ogImages,
    scale,
    matrixFilter,
    problems,
    lighthouseRuns: options['skip-lighthouse'] ? 0 : Math.max(1, Number.parseInt(options.runs, 10) || 1),
  };
  result.targets = evaluateTargets(result);
  writeFileSync(join(outRoot, 'report.json'), `${JSON.stringify(result, null, 2)}\n`);
  const markdown = renderMarkdown(result);
  writeFileSync(join(outRoot, 'report.md'), markdown);

  log('');
  for (const t of result.targets) log(`${t.status.padEnd(12)} ${t.description}: ${t.actual} (target ${t.target})`);
  for (const p of problems) log(`PROBLEM      ${p}`);
  log(`\nReport: tests/bench/out/report.md (and report.json), ${result.durationSeconds.toFixed(0)} s`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

await main();
