import { describe, expect, it } from 'vitest';
import { noDuplicateCitations } from '../../../src/lib/lint/rules/no-duplicate-citations';
import { datasetWith, lintLines } from './helpers';

describe('no-duplicate-citations', () => {
  it('passes lists naming each source once', () => {
    expect(lintLines(noDuplicateCitations)).toEqual([]);
  });

  it('warns about a source listed twice in one claim', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.cells.istio!.sources = ['doc-a', 'doc-b', 'doc-a'];
      d.meshes[2]!.sources = ['doc-a', 'doc-a'];
    });
    expect(lintLines(noDuplicateCitations, dataset)).toEqual([
      'warning content/meshes.yaml: [2].sources[1]: "doc-a" is already cited at [0]',
      'warning content/features/traffic.yaml: features[0].cells.istio.sources[2]: "doc-a" is already cited at [0]',
    ]);
  });
});
