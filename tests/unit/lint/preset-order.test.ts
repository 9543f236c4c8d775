import { describe, expect, it } from 'vitest';
import { presetOrder } from '../../../src/lib/lint/rules/preset-order';
import { datasetWith, lintLines } from './helpers';

describe('preset-order', () => {
  it('passes low <= typical <= high, comparing MiB with MB', () => {
    // 19.5 MiB is 20.4 MB, so it sits between 20 MB and 30 MB.
    const dataset = datasetWith((d) => Object.assign(d.overhead[0]!.presets.typical, { mb: 20, unit: 'MB' }, { mb: 19.5, unit: 'MiB' }));
    expect(lintLines(presetOrder, dataset)).toEqual([]);
  });

  it('flags an order that only breaks once MiB are converted', () => {
    // 29 MiB is 30.41 MB, above the 30 MB high preset.
    const dataset = datasetWith((d) => Object.assign(d.overhead[0]!.presets.typical, { mb: 29, unit: 'MiB' }));
    expect(lintLines(presetOrder, dataset)).toEqual([
      'error content/overhead.yaml: [0].presets: low <= typical <= high does not hold in MB (10, 30.41, 30)',
    ]);
  });
});
