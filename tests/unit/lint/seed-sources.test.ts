import { describe, expect, it } from 'vitest';
import { seedSources } from '../../../src/lib/lint/rules/seed-sources';
import { datasetWith, lintLines } from './helpers';

describe('seed-sources', () => {
  it('passes a noted seed cited only by an article', () => {
    const articles = [{ file: 'content/articles/a.mdx', body: "Claims that no longer hold <Cite ids={['seed-a']} />." }];
    expect(lintLines(seedSources, undefined, { articles })).toEqual([]);
  });

  it('flags a seed used as evidence and a seed without an explaining note', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.cells.istio!.sources = ['doc-a', 'seed-a'];
      d.overhead[0]!.presets.low.sources = ['seed-a'];
      d.sources[4]!.note = 'A blog post.';
    });
    expect(lintLines(seedSources, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].cells.istio.sources[1]: "seed-a" is a seed article, not evidence; cite the official docs or a benchmark instead',
      'error content/overhead.yaml: [0].presets.low.sources[0]: "seed-a" is a seed article, not evidence; cite the official docs or a benchmark instead',
      'error content/sources.yaml: [4].note: seed "seed-a" needs a note saying it is a seed article and why it is not authoritative',
    ]);
  });
});
