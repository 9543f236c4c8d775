import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRandom, generateSyntheticDataset, requiredMeshIds, writeSyntheticContent } from '../bench/synthetic.mjs';
import { loadDataset } from '../../src/lib/content/load';

const realDir = join(process.cwd(), 'content');
const readYaml = (name: string) => parse(readFileSync(join(realDir, name), 'utf8'));
const inputs = () => ({
  realMeshes: readYaml('meshes.yaml'),
  categories: readYaml('categories.yaml'),
  sourceIds: (readYaml('sources.yaml') as { id: string }[]).map((s) => s.id),
});

describe('synthetic scale dataset', () => {
  const tempDirs: string[] = [];
  afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('has the requested number of features and meshes, keeping istio and linkerd', () => {
    const { meshes, featureFiles } = generateSyntheticDataset({ features: 1000, meshes: 6, ...inputs() });
    expect(meshes.map((m) => m.id)).toEqual(expect.arrayContaining(requiredMeshIds));
    expect(new Set(meshes.map((m) => m.id)).size).toBe(6);
    const features = featureFiles.flatMap((f) => f.features);
    expect(features).toHaveLength(1000);
    expect(new Set(features.map((f) => f.id)).size).toBe(1000);
    for (const feature of features) expect(Object.keys(feature.cells as object).sort()).toEqual(meshes.map((m) => m.id).sort());
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateSyntheticDataset({ features: 50, meshes: 3, seed: 7, ...inputs() });
    const b = generateSyntheticDataset({ features: 50, meshes: 3, seed: 7, ...inputs() });
    const c = generateSyntheticDataset({ features: 50, meshes: 3, seed: 8, ...inputs() });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('rejects impossible sizes with a clear message', () => {
    expect(() => generateSyntheticDataset({ features: 0, ...inputs() })).toThrow(/features must be a positive integer/);
    expect(() => generateSyntheticDataset({ features: 10, meshes: 1, ...inputs() })).toThrow(/meshes must be an integer >= 3/);
    expect(() => generateSyntheticDataset({ features: 10, ...inputs(), realMeshes: [] })).toThrow(/no mesh "istio"/);
  });

  // 200 features keep the YAML round trip quick; the generator is checked at 1000 above.
  it('writes a content folder that passes the real validation', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
    tempDirs.push(dir);
    const written = writeSyntheticContent({ dir, realContentDir: realDir, features: 200, meshes: 6 });
    expect(written.features).toBe(200);
    expect(readdirSync(join(dir, 'articles'))).toEqual(['overview.mdx']);
    const dataset = loadDataset(process.cwd(), dir);
    expect(dataset.features).toHaveLength(200);
    expect(dataset.meshes).toHaveLength(6);
    // The calculator's figures still resolve: the overhead entries refer to meshes that exist.
    const meshIds = new Set(dataset.meshes.map((m) => m.id));
    expect(dataset.overhead.length).toBeGreaterThan(0);
    for (const entry of dataset.overhead) expect(meshIds.has(entry.mesh)).toBe(true);
  });

  it('draws numbers in [0, 1) from the seeded generator', () => {
    const random = createRandom(42);
    const values = Array.from({ length: 1000 }, random);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});
