// Data-quality checks on the real content/ folder: coverage, citations, dates, ids, the calculator's
// figures, and that no text is copied from the seed articles.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadDataset } from '../../src/lib/content/load';
import { copiedRuns, encodeFingerprint, fingerprintPath, fnv1a, ngrams, seedFingerprint } from '../seed-fingerprint';
import { requiredFigures, toMb } from '../../src/lib/calculator/figures';
import type { Figure, Overhead } from '../../src/lib/content/schemas';

const data = loadDataset();
const today = new Date().toISOString().slice(0, 10);
const meshIds = data.meshes.map((mesh) => mesh.id);
const seedIds = new Set(data.sources.filter((source) => source.kind === 'seed').map((source) => source.id));

const cells = data.features.flatMap((feature) =>
  Object.entries(feature.cells).map(([meshId, cell]) => ({ where: `${feature.id}.${meshId}`, feature, meshId, cell })),
);
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
      add(`features.${feature.id}.${meshId}.since`, cell.since);
    }
  }
  for (const mesh of data.meshes) {
    for (const key of ['dataPlane', 'controlPlane', 'supportNote', 'kubernetes'] as const) add(`meshes.${mesh.id}.${key}`, mesh[key]);
  }
  for (const entry of data.overhead) {
    add(`overhead.${entry.id}.label`, entry.label);
    add(`overhead.${entry.id}.scalesWith`, entry.scalesWith);
    add(`overhead.${entry.id}.note`, entry.note);
    figures(entry).forEach((figure, i) => add(`overhead.${entry.id}.figures[${i}].conditions`, figure.conditions));
  }
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

// ---------------------------------------------------------------- features

describe('features', () => {
  it('has at least 55 features', () => {
    expect(data.features.length).toBeGreaterThanOrEqual(55);
  });

  it('keeps each category in its own file, content/features/<category>.yaml', () => {
    const dir = join(process.cwd(), 'content/features');
    const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
    expect(files.map((name) => name.replace(/\.yaml$/, '')).sort()).toEqual(data.categories.map((c) => c.id).sort());
    for (const name of files) {
      const categories = new Set((parse(readFileSync(join(dir, name), 'utf8')) as { features: { category: string }[] }).features.map((f) => f.category));
      expect([...categories], name).toEqual([name.replace(/\.yaml$/, '')]);
    }
  });

  it('gives every category at least 3 features', () => {
    for (const category of data.categories) {
      const count = data.features.filter((feature) => feature.category === category.id).length;
      expect(count, category.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses unique, stable-looking permalink ids', () => {
    const ids = data.features.map((feature) => feature.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id, id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(id.length, id).toBeLessThanOrEqual(40);
      const parts = id.split('-');
      // A permalink must not name one mesh, a version, or a work-in-progress state.
      expect(parts.filter((part) => meshIds.includes(part)), id).toEqual([]);
      expect(parts.filter((part) => /^\d+$/.test(part)), id).toEqual([]);
      expect(parts.filter((part) => ['new', 'old', 'tmp', 'todo', 'test', 'draft', 'wip', 'copy'].includes(part)), id).toEqual([]);
    }
  });

  it('describes each feature in one sentence and lists lowercase, unique keywords', () => {
    for (const feature of data.features) {
      expect(feature.description, feature.id).toMatch(/^[A-Z].*\.$/);
      expect(feature.description, feature.id).not.toMatch(/[.!?]\s+[A-Z]/);
      expect(feature.keywords.length, feature.id).toBeGreaterThanOrEqual(2);
      expect(new Set(feature.keywords).size, feature.id).toBe(feature.keywords.length);
      for (const keyword of feature.keywords) expect(keyword, feature.id).toBe(keyword.trim().toLowerCase());
    }
  });

  it('has a cell for every mesh, each with a short non-empty summary', () => {
    for (const feature of data.features) expect(Object.keys(feature.cells).sort(), feature.id).toEqual([...meshIds].sort());
    for (const { where, cell } of cells) {
      expect(cell.summary.trim().length, where).toBeGreaterThan(10);
      expect(cell.summary.length, where).toBeLessThanOrEqual(220);
      if (cell.notes !== undefined) expect(cell.notes.trim().length, where).toBeGreaterThan(10);
      if (cell.since !== undefined) expect(cell.since, where).toMatch(/^\d+\.\d+/);
    }
  });

  it('never gives two meshes the same summary when their support differs', () => {
    for (const feature of data.features) {
      const entries = Object.entries(feature.cells);
      for (const [meshA, a] of entries) {
        for (const [meshB, b] of entries) {
          if (meshA < meshB && a.support !== b.support) expect(a.summary, `${feature.id}: ${meshA} vs ${meshB}`).not.toBe(b.summary);
        }
      }
    }
  });

  it('marks cells the fact base could not check as unknown', () => {
    const unchecked = cells.filter(({ cell }) => /not checked/i.test(cell.summary));
    expect(unchecked.length).toBeGreaterThan(0);
    for (const { where, cell } of unchecked) {
      expect(cell.support, where).toBe('unknown');
      expect(cell.notes ?? '', where).toMatch(/unknown|not verified|not checked/i);
    }
  });
});

// ---------------------------------------------------------------- dates and citations

describe('dates', () => {
  it('uses verified and accessed dates that are real and not in the future', () => {
    const dates = [
      ...cells.map(({ where, cell }) => [where, cell.verified] as const),
      ...data.sources.map((source) => [source.id, source.accessed] as const),
      ...data.meshes.map((mesh) => [mesh.id, mesh.released] as const),
    ];
    for (const [where, date] of dates) {
      expect(Number.isNaN(Date.parse(`${date}T00:00:00Z`)), where).toBe(false);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), where).toBe(date);
      expect(date <= today, `${where} ${date} is after ${today}`).toBe(true);
    }
  });
});

describe('sources', () => {
  const cited = new Set<string>([
    ...data.meshes.flatMap((mesh) => mesh.sources),
    ...cells.flatMap(({ cell }) => cell.sources),
    ...data.overhead.flatMap((entry) => figures(entry).flatMap((figure) => figure.sources)),
  ]);

  it('cites every source that is not a seed at least once', () => {
    const uncited = data.sources.filter((source) => source.kind !== 'seed' && !cited.has(source.id)).map((source) => source.id);
    expect(uncited).toEqual([]);
  });

  it('never uses a seed article as evidence', () => {
    expect([...cited].filter((id) => seedIds.has(id))).toEqual([]);
  });

  it('lists the seed articles and notes why each is not authoritative', () => {
    expect(seedIds.size).toBeGreaterThanOrEqual(4);
    for (const id of seedIds) expect(data.sources.find((source) => source.id === id)?.note, id).toMatch(/seed/i);
  });

  it('cites each source at most once per claim', () => {
    const lists = [
      ...data.meshes.map((mesh) => [mesh.id, mesh.sources] as const),
      ...cells.map(({ where, cell }) => [where, cell.sources] as const),
      ...data.overhead.flatMap((entry) => figures(entry).map((figure) => [entry.id, figure.sources] as const)),
    ];
    for (const [where, ids] of lists) expect(new Set(ids).size, where).toBe(ids.length);
  });
});

// ---------------------------------------------------------------- overhead figures

describe('overhead figures', () => {
  const expectedMode = { sidecar: 'sidecar', ztunnel: 'ambient', waypoint: 'ambient', gateway: 'any', 'control-plane': 'any' };
  const byId = new Map(data.overhead.map((entry) => [entry.id, entry]));
  const sameFigure = (a: Figure, b: Figure) =>
    a.mb === b.mb && a.unit === b.unit && a.kind === b.kind && a.version === b.version && a.sources.join() === b.sources.join();

  it('holds exactly the entries the calculator reads, with matching mesh, component and mode', () => {
    expect([...byId.keys()].sort()).toEqual(Object.keys(requiredFigures).sort());
    for (const [id, expected] of Object.entries(requiredFigures)) {
      const entry = byId.get(id)!;
      expect(entry.mesh, id).toBe(expected.mesh);
      expect(entry.component, id).toBe(expected.component);
      expect(entry.mode, id).toBe(expectedMode[expected.component]);
    }
  });

  it('orders presets low <= typical <= high once MiB are converted to MB', () => {
    for (const entry of data.overhead) {
      const [low, typical, high] = [entry.presets.low, entry.presets.typical, entry.presets.high].map(toMb);
      expect(low! <= typical! && typical! <= high!, `${entry.id}: ${low}, ${typical}, ${high}`).toBe(true);
    }
  });

  it('lists every preset among the measurements, and each measurement once', () => {
    for (const entry of data.overhead) {
      for (const [name, preset] of Object.entries(entry.presets)) {
        expect(entry.measurements.some((figure) => sameFigure(figure, preset)), `${entry.id}.${name}`).toBe(true);
      }
      entry.measurements.forEach((figure, i) => {
        const twin = entry.measurements.findIndex((other) => sameFigure(other, figure) && other.conditions === figure.conditions);
        expect(twin, `${entry.id}.measurements[${i}]`).toBe(i);
      });
    }
  });

  it('shows a range: at least 3 figures from at least 2 sources per component', () => {
    for (const entry of data.overhead) {
      expect(entry.measurements.length, entry.id).toBeGreaterThanOrEqual(3);
      expect(new Set(entry.measurements.flatMap((figure) => figure.sources)).size, entry.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('says how derived figures were derived and marks configured values as such', () => {
    for (const entry of data.overhead) {
      for (const figure of figures(entry)) {
        const where = `${entry.id} ${figure.mb} ${figure.unit}`;
        if (figure.kind === 'derived') expect(figure.conditions, where).toMatch(/divided|stand-in/);
        if (figure.kind === 'request') expect(figure.conditions, where).toMatch(/request/);
        if (figure.kind === 'limit') expect(figure.conditions, where).toMatch(/limit/);
      }
    }
  });

  it('labels every gateway figure as a stand-in, since no gateway measurement exists', () => {
    for (const figure of figures(byId.get('istio-gateway')!)) expect(figure.conditions).toMatch(/^stand-in:/);
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
