import { describe, expect, it } from 'vitest';
import { distinctSummaries } from '../../../src/lib/lint/rules/distinct-summaries';
import { datasetWith, lintLines } from './helpers';

describe('distinct-summaries', () => {
  it('passes a shared summary when the support is the same', () => {
    const dataset = datasetWith((d) => (d.features[0]!.cells.linkerd!.summary = d.features[0]!.cells.istio!.summary));
    expect(lintLines(distinctSummaries, dataset)).toEqual([]);
  });

  it('flags a shared summary when the support differs', () => {
    const dataset = datasetWith((d) => {
      const cells = d.features[0]!.cells;
      Object.assign(cells.linkerd!, { summary: cells.istio!.summary, support: 'partial' });
    });
    expect(lintLines(distinctSummaries, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].cells.linkerd.summary: same summary as istio (yes) but support is partial; say what differs',
    ]);
  });
});
