import { describe, expect, it } from 'vitest';
import {
  CalculatorDataError,
  compactFigures,
  figureIds,
  figuresByRole,
  isUsageKind,
  kindRoles,
  presetKindProblems,
  presetKinds,
  requestOf,
  selectCalculatorFigures,
  toMb,
  type CalculatorFigure,
} from '../../src/lib/calculator';
import { loadDataset } from '../../src/lib/content/load';
import { figureKinds } from '../../src/lib/content/schemas';
import { fixtureEntries } from './calculator-fixture';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CalculatorDataError);
    return (error as CalculatorDataError).problems;
  }
  throw new Error('expected a CalculatorDataError');
}

describe('selectCalculatorFigures', () => {
  it('picks every required entry by id', () => {
    const figures = selectCalculatorFigures(fixtureEntries());
    expect(Object.keys(figures)).toEqual(figureIds);
  });

  it('names each missing id in one error that points at content/overhead.yaml', () => {
    const entries = fixtureEntries().filter((e) => e.id !== 'istio-waypoint' && e.id !== 'linkerd-control-plane');
    expect(problemsOf(() => selectCalculatorFigures(entries))).toEqual([
      'missing entry with id "istio-waypoint" (Istio ambient waypoint, per replica)',
      'missing entry with id "linkerd-control-plane" (Linkerd control plane, per replica set)',
    ]);
    expect(() => selectCalculatorFigures(entries)).toThrow(/content\/overhead\.yaml.*\n- missing entry with id "istio-waypoint"/);
  });

  it('rejects an entry for the wrong mesh or component, and unusable presets', () => {
    const entries = fixtureEntries();
    entries[0] = { ...entries[0]!, mesh: 'linkerd' };
    entries[1] = { ...entries[1]!, presets: { ...entries[1]!.presets, high: { mb: Number.NaN, unit: 'MB' } } };
    expect(problemsOf(() => selectCalculatorFigures(entries))).toEqual([
      'entry "istio-sidecar" must have mesh "istio" and component "sidecar" (found "linkerd", "sidecar")',
      'entry "istio-ztunnel" has no usable high preset (needs mb > 0 and unit MB or MiB)',
    ]);
  });

  it('compacts figures to what the browser needs, keeping the default memory request', () => {
    const withDetails = fixtureEntries().map((e) => ({
      ...e,
      note: 'dropped',
      measurements: [...(e.measurements ?? []), { mb: 1024, unit: 'MiB' as const, kind: 'limit' as const, conditions: 'dropped' }],
      presets: { ...e.presets, high: { ...e.presets.high, conditions: 'dropped', sources: ['x'] } },
    }));
    const compact = compactFigures(selectCalculatorFigures(withDetails));
    expect(JSON.stringify(compact)).not.toContain('dropped');
    expect(JSON.stringify(compact)).not.toContain('measurements');
    const { measurements: _dropped, ...sidecar } = fixtureEntries()[0]!;
    expect(compact['istio-sidecar']).toEqual({ ...sidecar, request: { mb: 128, unit: 'MiB', kind: 'request' } });
  });

  it('converts MiB to MB', () => {
    expect(toMb({ mb: 100, unit: 'MiB' })).toBeCloseTo(104.8576, 10);
    expect(toMb({ mb: 100, unit: 'MB' })).toBe(100);
  });
});

describe('figure kinds', () => {
  it('gives every kind of the content schema exactly one role', () => {
    expect(Object.keys(kindRoles).sort()).toEqual([...figureKinds].sort());
    expect(presetKinds).toEqual(['measured', 'derived']);
    expect(figureKinds.filter(isUsageKind)).toEqual(['measured', 'derived']);
    expect(isUsageKind(undefined)).toBe(false);
  });

  it('splits figures into usage, peaks, requests and limits', () => {
    const figures = figureKinds.map((kind, i) => ({ kind, mb: i + 1 }));
    expect(figuresByRole(figures)).toEqual({
      usage: [
        { kind: 'measured', mb: 1 },
        { kind: 'derived', mb: 2 },
      ],
      peak: [{ kind: 'peak', mb: 3 }],
      reserved: [{ kind: 'request', mb: 4 }],
      ceiling: [{ kind: 'limit', mb: 5 }],
    });
  });

  it('finds the default request among the measurements (first one), or takes the compacted one', () => {
    expect(
      requestOf({
        measurements: [
          { mb: 1, unit: 'MB', kind: 'limit' },
          { mb: 2, unit: 'MiB', kind: 'request' },
          { mb: 3, unit: 'MB', kind: 'request' },
        ],
      }),
    ).toEqual({ mb: 2, unit: 'MiB', kind: 'request' });
    expect(requestOf({ measurements: [{ mb: 1, unit: 'MB', kind: 'measured' }] })).toBeUndefined();
    expect(requestOf({})).toBeUndefined();
    expect(requestOf({ request: { mb: 5, unit: 'MB', kind: 'request' }, measurements: [] })).toEqual({
      mb: 5,
      unit: 'MB',
      kind: 'request',
    });
  });
});

describe('presets must be usage figures', () => {
  const withHigh = (entry: CalculatorFigure, high: CalculatorFigure['presets']['high']): CalculatorFigure => ({
    ...entry,
    presets: { ...entry.presets, high },
  });

  it('accepts measured and derived presets', () => {
    for (const entry of fixtureEntries()) expect(presetKindProblems(entry)).toEqual([]);
    expect(presetKindProblems(withHigh(fixtureEntries()[1]!, { mb: 23.3, unit: 'MiB', kind: 'derived' }))).toEqual([]);
  });

  it('rejects a request, a limit, a peak or a missing kind, naming the entry and the preset', () => {
    const ztunnel = fixtureEntries()[1]!;
    expect(presetKindProblems(withHigh(ztunnel, { mb: 512, unit: 'MiB', kind: 'request' }))).toEqual([
      'entry "istio-ztunnel", high preset: 512 MiB is a memory request (kind "request"); a preset must be a measured or derived usage figure, so keep it in measurements and pick the highest measured or derived figure instead',
    ]);
    const sidecar = fixtureEntries()[0]!;
    const problems = presetKindProblems({
      id: sidecar.id,
      presets: {
        low: { mb: 40, unit: 'MB' },
        typical: { mb: 1024, unit: 'MiB', kind: 'limit' },
        high: { mb: 156.2, unit: 'MB', kind: 'peak' },
      },
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('entry "istio-sidecar", low preset: has no kind; a preset must be a measured or derived usage figure');
    expect(problems[1]).toMatch(/^entry "istio-sidecar", typical preset: 1024 MiB is a memory limit \(kind "limit"\)/);
    expect(problems[2]).toMatch(/^entry "istio-sidecar", high preset: 156\.2 MB is a benchmark peak \(kind "peak"\)/);
  });

  it('makes selectCalculatorFigures refuse such data with one CalculatorDataError', () => {
    const entries = fixtureEntries();
    entries[1] = withHigh(entries[1]!, { mb: 512, unit: 'MiB', kind: 'request' });
    entries[6] = withHigh(entries[6]!, { mb: 365, unit: 'MB', kind: 'peak' });
    const problems = problemsOf(() => selectCalculatorFigures(entries));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^entry "istio-ztunnel", high preset: 512 MiB is a memory request/);
    expect(problems[1]).toMatch(/^entry "linkerd-control-plane", high preset: 365 MB is a benchmark peak/);
    expect(() => selectCalculatorFigures(entries)).toThrow(/content\/overhead\.yaml is not usable/);
  });
});

describe('project content', () => {
  it('content/overhead.yaml has every figure the calculator needs, with usage-only presets and a request where charts set one', () => {
    const figures = selectCalculatorFigures(loadDataset().overhead);
    expect(Object.keys(figures)).toEqual(figureIds);
    for (const id of figureIds) {
      for (const preset of Object.values(figures[id].presets)) expect(isUsageKind(preset.kind), id).toBe(true);
      expect(requestOf(figures[id]), id).toBeDefined();
    }
  }, 20_000);
});
