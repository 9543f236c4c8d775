import { describe, expect, it } from 'vitest';
import { figureKindsMatchUse } from '../../../src/lib/lint/rules/figure-kinds-match-use';
import { datasetWith, lintLines } from './helpers';

describe('figure-kinds-match-use', () => {
  it('passes measured and derived presets, with requests among the measurements', () => {
    const dataset = datasetWith((d) => (d.overhead[0]!.presets.high.kind = 'derived'));
    expect(lintLines(figureKindsMatchUse, dataset)).toEqual([]);
  });

  it('rejects a request, limit or peak as a preset', () => {
    const dataset = datasetWith((d) => {
      d.overhead[0]!.presets.typical.kind = 'request';
      d.overhead[1]!.presets.high.kind = 'peak';
      d.overhead[2]!.presets.low.kind = 'limit';
    });
    expect(lintLines(figureKindsMatchUse, dataset)).toEqual([
      'error content/overhead.yaml: [0].presets.typical.kind: a preset must be usage (measured or derived), not "request"; list it under measurements instead',
      'error content/overhead.yaml: [1].presets.high.kind: a preset must be usage (measured or derived), not "peak"; list it under measurements instead',
      'error content/overhead.yaml: [2].presets.low.kind: a preset must be usage (measured or derived), not "limit"; list it under measurements instead',
    ]);
  });
});
