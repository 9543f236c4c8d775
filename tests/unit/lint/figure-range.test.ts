import { describe, expect, it } from 'vitest';
import { figureRange } from '../../../src/lib/lint/rules/figure-range';
import { datasetWith, lintLines } from './helpers';

describe('figure-range', () => {
  it('passes 3 or more figures from 2 or more sources', () => {
    expect(lintLines(figureRange)).toEqual([]);
  });

  it('warns about too few figures or a single source', () => {
    const dataset = datasetWith((d) => {
      d.overhead[0]!.measurements = d.overhead[0]!.measurements.slice(0, 2);
      d.overhead[1]!.measurements.forEach((figure) => (figure.sources = ['bench-a']));
    });
    expect(lintLines(figureRange, dataset)).toEqual([
      'warning content/overhead.yaml: [0].measurements: "istio-sidecar" has 2 figure(s) from 2 source(s); a range needs at least 3 from 2',
      'warning content/overhead.yaml: [1].measurements: "istio-ztunnel" has 4 figure(s) from 1 source(s); a range needs at least 3 from 2',
    ]);
  });
});
