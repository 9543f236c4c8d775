// Data-quality checks on the real content/ folder: no text copied from the seed articles, coverage, a few
// pinned facts, and every data lint rule (src/lib/lint/rules/, `npm run lint:data`) without errors.
// The general editorial rules that used to live here are lint rules now, each tested in tests/unit/lint/.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, loadDataset } from '../../src/lib/content/load';
import { contextFromDisk, formatFindings, lintDataset, rules } from '../../src/lib/lint/index';
import { copiedRuns, encodeFingerprint, fingerprintPath, fnv1a, ngrams, seedFingerprint } from '../seed-fingerprint';
import type { Figure, Overhead } from '../../src/lib/content/schemas';

const data = loadDataset();
const seedIds = new Set(data.sources.filter((source) => source.kind === 'seed').map((source) => source.id));

const figures = (entry: Overhead): Figure[] => [...Object.values(entry.presets), ...entry.measurements];

// ---------------------------------------------------------------- seed n-gram fingerprint

const seedsDir = process.env.SEEDS_DIR ?? '/work/shared/seeds';
const seedHashes = seedFingerprint();

/** Every prose field in the data, with where it lives. Seed titles are citations, not prose. */
function textFields(): Array<{ where: string; text: string }> {
  const fields: Array<{ where: string; text: string }> = [];
  const add = (where: string, text: string | undefined) => {
    if (text) fields.push({ where, text });
  };
  for (const feature of data.features) {
    add(`features.${feature.id}.name`, feature.name);
    add(`features.${feature.id}.description`, feature.description);
    add(`features.${feature.id}.keywords`, feature.keywords.join(', '));
    for (const [meshId, cell] of Object.entries(feature.cells)) {
      add(`features.${feature.id}.${meshId}.summary`, cell.summary);
      add(`features.${feature.id}.${meshId}.notes`, cell.notes);
      cell.history?.forEach((entry, i) => add(`features.${feature.id}.${meshId}.history[${i}].summary`, entry.summary));
    }
  }
  for (const mesh of data.meshes) {
    for (const key of ['dataPlane', 'controlPlane', 'supportNote'] as const) add(`meshes.${mesh.id}.${key}`, mesh[key]);
  }
  for (const entry of data.overhead) {
    add(`overhead.${entry.id}.label`, entry.label);
    add(`overhead.${entry.id}.scalesWith`, entry.scalesWith);
    add(`overhead.${entry.id}.note`, entry.note);
    figures(entry).forEach((figure, i) => add(`overhead.${entry.id}.figures[${i}].conditions`, figure.conditions));
  }
  data.releases.forEach((release) =>
    release.changes.forEach((change, i) => add(`releases.${release.product}-${release.version}.changes[${i}]`, change.text)),
  );
  for (const category of data.categories) add(`categories.${category.id}.description`, category.description);
  for (const source of data.sources) {
    if (source.kind !== 'seed') add(`sources.${source.id}.title`, source.title);
    add(`sources.${source.id}.note`, source.note);
  }
  return fields;
}

describe('seed copy check', () => {
  it('flags a 12-word run from a seed and ignores the same words once the run is broken', () => {
    // Taken from seed 001, which says Istio and Linkerd differ mainly in the data plane.
    const copied = 'In short, the fundamental difference is the data plane: Istio uses Envoy, Linkerd uses its own proxy.';
    expect(copiedRuns(copied).length).toBeGreaterThan(0);
    const broken = 'In short, the fundamental difference is the data plane: Istio runs Envoy, Linkerd uses its own proxy.';
    expect(copiedRuns(broken)).toEqual([]);
  });

  it('normalises case, punctuation and whitespace before comparing', () => {
    const reformatted = 'THE FUNDAMENTAL   difference is the data-plane — istio uses envoy; linkerd USES its own';
    expect(copiedRuns(reformatted).length).toBeGreaterThan(0);
  });

  it.runIf(existsSync(seedsDir))('the committed fingerprint matches the seed files', () => {
    const files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    const hashes = new Set(files.flatMap((name) => ngrams(readFileSync(join(seedsDir, name), 'utf8')).map(fnv1a)));
    if (process.env.UPDATE_SEED_FINGERPRINT === '1') writeFileSync(fingerprintPath, `${encodeFingerprint(hashes)}\n`);
    expect(encodeFingerprint(seedHashes)).toBe(encodeFingerprint(hashes));
  });

  it('no summary, note, description or condition repeats 12 consecutive words of a seed', () => {
    const fields = textFields();
    expect(fields.length).toBeGreaterThan(300);
    const copies = fields.flatMap(({ where, text }) => copiedRuns(text).map((run) => `${where}: "${run}"`));
    expect(copies).toEqual([]);
  });
});

// ---------------------------------------------------------------- data lint rules

describe('data lint rules on content/', () => {
  const ctx = contextFromDisk(contentDir());
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s finds no errors', (_id, rule) => {
    const errors = lintDataset(data, ctx, [rule]).filter((finding) => finding.severity === 'error');
    expect(formatFindings(errors)).toEqual([]);
  });
});

// ---------------------------------------------------------------- coverage and pinned facts

describe('coverage', () => {
  it('has at least 55 features', () => {
    expect(data.features.length).toBeGreaterThanOrEqual(55);
  });

  it('lists at least 4 seed articles', () => {
    expect(seedIds.size).toBeGreaterThanOrEqual(4);
  });
});

describe('overhead figures', () => {
  const byId = new Map(data.overhead.map((entry) => [entry.id, entry]));

  it('labels every gateway usage figure as a stand-in, since no gateway measurement exists', () => {
    // Configured requests and limits are the gateway chart's own values, not stand-ins.
    const usage = figures(byId.get('istio-gateway')!).filter((figure) => figure.kind !== 'request' && figure.kind !== 'limit');
    expect(usage.length).toBeGreaterThan(0);
    for (const figure of usage) expect(figure.conditions).toMatch(/^stand-in:/);
    expect(byId.get('istio-gateway')!.note).toMatch(/no gateway-specific/i);
  });

  it('uses the independent LiveWyer working-set figures as the typical sidecar presets', () => {
    expect(byId.get('istio-sidecar')!.presets.typical).toMatchObject({ mb: 50.64, unit: 'MiB', sources: ['livewyer-2024'] });
    expect(byId.get('linkerd-sidecar')!.presets.typical).toMatchObject({ mb: 11.77, unit: 'MiB', sources: ['livewyer-2024'] });
  });

  it('records the 128 MiB sidecar default as a request, not as usage', () => {
    const sidecar = figures(byId.get('istio-sidecar')!).filter((figure) => figure.mb === 128);
    expect(sidecar.length).toBeGreaterThan(0);
    for (const figure of sidecar) expect(figure.kind).toBe('request');
  });
});
