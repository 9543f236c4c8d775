// Synthetic content for the scale benchmark: many features across several meshes, built from the
// real meshes, categories, sources and overhead figures so that every reference still resolves.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { prng } from './random.ts';

/** The real columns the calculator's overhead figures refer to; the scale dataset always keeps them. */
export const requiredMeshIds = ['istio', 'istio-ambient', 'linkerd'];
/** Minor releases each synthetic product gets, oldest first. */
const syntheticMinors = ['1.0', '1.1', '1.2', '1.3'];

const supportLevels = ['yes', 'partial', 'via-addon', 'no'];
const words = [
  'routing',
  'identity',
  'policy',
  'telemetry',
  'gateway',
  'retry',
  'timeout',
  'mirror',
  'quota',
  'tracing',
  'certificate',
  'rotation',
  'discovery',
  'failover',
  'locality',
  'sidecar',
  'ambient',
  'waypoint',
  'header',
  'canary',
];

/** Floats in [0, 1) from the shared seeded PRNG, so a seed always gives the same dataset. */
export function createRandom(seed) {
  return prng(seed).next;
}

/**
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} items
 * @returns {T}
 */
function pick(random, items) {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/**
 * A synthetic dataset in the shape of the content/ files (raw objects, before validation).
 * @param {{
 *   features?: number,
 *   meshes?: number,
 *   seed?: number,
 *   realMeshes: Array<Record<string, unknown> & { id: string }>,
 *   categories: Array<{ id: string }>,
 *   sourceIds: string[],
 *   realReleases?: Array<{ product: string, version: string }>,
 * }} options
 */
export function generateSyntheticDataset({ features = 1000, meshes = 6, seed = 1, realMeshes, categories, sourceIds, realReleases = [] }) {
  if (!Number.isInteger(features) || features < 1) throw new Error(`features must be a positive integer, got ${features}`);
  if (!Number.isInteger(meshes) || meshes < requiredMeshIds.length) {
    throw new Error(`meshes must be an integer >= ${requiredMeshIds.length} (the real columns are always included), got ${meshes}`);
  }
  if (categories.length === 0) throw new Error('at least one category is needed');
  if (sourceIds.length === 0) throw new Error('at least one source id is needed');
  const random = createRandom(seed);

  const meshList = requiredMeshIds.map((id) => {
    const mesh = realMeshes.find((m) => m.id === id);
    if (!mesh) throw new Error(`the real content has no mesh "${id}"; the calculator's overhead figures need it`);
    return mesh;
  });
  const { product: _product, productName: _productName, mode: _mode, shortName: _shortName, ...template } = meshList[0];
  /** @type {Array<Record<string, unknown>>} */
  const releases = [];
  for (let n = meshList.length + 1; n <= meshes; n += 1) {
    const id = `synthetic-mesh-${n}`;
    meshList.push({ ...template, id, name: `Synthetic mesh ${n}`, sources: [pick(random, sourceIds)] });
    syntheticMinors.forEach((version, index) =>
      releases.push({ product: id, version, released: `2026-0${index + 1}-01`, sources: [pick(random, sourceIds)] }),
    );
  }
  /** @param {Record<string, unknown>} mesh */
  const versionsOf = (mesh) => {
    const product = String(mesh.product ?? mesh.id);
    const real = realReleases.filter((release) => release.product === product).map((release) => release.version);
    return real.length > 0 ? real : syntheticMinors;
  };

  /** @type {Map<string, Array<Record<string, unknown>>>} */
  const byCategory = new Map(categories.map((c) => [c.id, []]));
  const width = String(features).length;
  for (let i = 1; i <= features; i += 1) {
    const category = categories[(i - 1) % categories.length];
    if (!category) throw new Error('unreachable: category index out of range');
    const topic = `${pick(random, words)} ${pick(random, words)}`;
    /** @type {Record<string, Record<string, unknown>>} */
    const cells = {};
    for (const mesh of meshList) {
      const support = pick(random, supportLevels);
      const versions = versionsOf(mesh);
      // Some cells changed in a later release: a history entry before `since`, as the as-of view needs.
      const changed = random() < 0.4 && versions.length > 1;
      const since = changed ? versions[1 + Math.floor(random() * (versions.length - 1))] : 'earlier';
      cells[mesh.id] = {
        support,
        summary: `${mesh.name} ${support === 'no' ? 'lacks' : 'handles'} ${topic} (synthetic cell ${i}).`,
        ...(random() < 0.3 ? { notes: `Synthetic note about ${topic} for ${mesh.name}.` } : {}),
        since,
        ...(changed
          ? { history: [{ from: 'earlier', support: 'no', summary: `No ${topic} yet.`, sources: [pick(random, sourceIds)] }] }
          : {}),
        sources: [pick(random, sourceIds), ...(random() < 0.3 ? [pick(random, sourceIds)] : [])].filter(
          (id, idx, all) => all.indexOf(id) === idx,
        ),
        verified: '2026-10-30',
        verifiedRelease: versions.at(-1),
      };
    }
    byCategory.get(category.id)?.push({
      id: `synthetic-feature-${String(i).padStart(width, '0')}`,
      category: category.id,
      name: `Synthetic ${topic} ${i}`,
      description: `A generated feature about ${topic}, used only to measure build and filter performance.`,
      keywords: [pick(random, words), pick(random, words)],
      cells,
    });
  }
  const featureFiles = [...byCategory].filter(([, list]) => list.length > 0).map(([id, list]) => ({ category: id, features: list }));
  return { meshes: meshList, featureFiles, releases };
}

const minimalArticle = `---
title: Synthetic overview
description: A placeholder article for the scale benchmark; the real articles cite real feature ids.
order: 1
updated: 2026-11-23
---

## About this build

This site was generated from synthetic data to measure build time and page count at scale.
`;

/**
 * Writes a complete content folder for the scale benchmark and returns what it wrote.
 * meshes.yaml and features/ are synthetic; categories, sources and overhead are copied from the real content.
 * @param {{ dir: string, realContentDir: string, features?: number, meshes?: number, seed?: number }} options
 */
export function writeSyntheticContent({ dir, realContentDir, features = 1000, meshes = 6, seed = 1 }) {
  const readYaml = (name) => parse(readFileSync(join(realContentDir, name), 'utf8'));
  const sourceFiles = readdirSync(join(realContentDir, 'sources')).filter((name) => name.endsWith('.yaml'));
  const sources = [readYaml('sources.yaml'), ...sourceFiles.map((name) => readYaml(join('sources', name)))].flat();
  const realReleases = readYaml('releases.yaml');
  const dataset = generateSyntheticDataset({
    features,
    meshes,
    seed,
    realMeshes: readYaml('meshes.yaml'),
    categories: readYaml('categories.yaml'),
    sourceIds: sources.map((s) => s.id),
    realReleases,
  });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'features'), { recursive: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const name of ['sources.yaml', 'categories.yaml', 'overhead.yaml']) copyFileSync(join(realContentDir, name), join(dir, name));
  for (const name of sourceFiles) copyFileSync(join(realContentDir, 'sources', name), join(dir, 'sources', name));
  // Release changes may cite real feature ids, which the synthetic features do not have.
  const releases = [...realReleases.map(({ changes: _changes, ...release }) => release), ...dataset.releases];
  writeFileSync(join(dir, 'releases.yaml'), stringify(releases));
  writeFileSync(join(dir, 'meshes.yaml'), stringify(dataset.meshes));
  for (const file of dataset.featureFiles) {
    writeFileSync(join(dir, 'features', `${file.category}.yaml`), stringify({ features: file.features }));
  }
  writeFileSync(join(dir, 'articles', 'overview.mdx'), minimalArticle);
  return {
    dir,
    features: dataset.featureFiles.reduce((n, f) => n + f.features.length, 0),
    meshes: dataset.meshes.map((m) => m.id),
    featureFiles: dataset.featureFiles.length,
  };
}
