import { describe, expect, it } from 'vitest';
import { CalculatorDataError, compactFigures, figureIds, selectCalculatorFigures, toMb } from '../../src/lib/calculator';
import { loadDataset } from '../../src/lib/content/load';
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

  it('compacts figures to what the browser needs', () => {
    const withDetails = fixtureEntries().map((e) => ({
      ...e,
      note: 'dropped',
      measurements: [],
      presets: { ...e.presets, high: { ...e.presets.high, kind: 'limit' as const, conditions: 'dropped', sources: ['x'] } },
    }));
    const compact = compactFigures(selectCalculatorFigures(withDetails));
    expect(JSON.stringify(compact)).not.toContain('dropped');
    expect(compact['istio-sidecar']).toEqual({
      ...fixtureEntries()[0],
      presets: { ...fixtureEntries()[0]!.presets, high: { mb: 155, unit: 'MB', kind: 'limit' } },
    });
  });

  it('converts MiB to MB', () => {
    expect(toMb({ mb: 100, unit: 'MiB' })).toBeCloseTo(104.8576, 10);
    expect(toMb({ mb: 100, unit: 'MB' })).toBe(100);
  });
});

describe('project content', () => {
  it('content/overhead.yaml has every figure the calculator needs', () => {
    const figures = selectCalculatorFigures(loadDataset().overhead);
    expect(Object.keys(figures)).toEqual(figureIds);
  }, 20_000);
});
