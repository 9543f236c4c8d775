import { describe, expect, it } from 'vitest';
import { presetsInMeasurements } from '../../../src/lib/lint/rules/presets-in-measurements';
import { fixtureFigure } from '../../fixtures/content';
import { datasetWith, lintLines } from './helpers';

describe('presets-in-measurements', () => {
  it('passes presets that are also measurements, each measurement listed once', () => {
    expect(lintLines(presetsInMeasurements)).toEqual([]);
  });

  it('flags a preset missing from the measurements and a repeated measurement', () => {
    const dataset = datasetWith((d) => {
      d.overhead[0]!.presets.high = fixtureFigure(31);
      d.overhead[1]!.measurements.push(fixtureFigure(10));
    });
    expect(lintLines(presetsInMeasurements, dataset)).toEqual([
      'error content/overhead.yaml: [0].presets.high: the high preset (31 MB) is not among the measurements; add it there too',
      'error content/overhead.yaml: [1].measurements[4]: repeats measurements[0]',
    ]);
  });
});
