import { describe, expect, it } from 'vitest';
import { historySanity } from '../../../src/lib/lint/rules/history-sanity';
import { datasetWith, lintLines } from './helpers';

const entry = (from: string, support: 'yes' | 'partial' | 'no', summary: string) => ({ from, support, summary, sources: ['doc-a'] });

describe('history-sanity', () => {
  it('passes history in release order, each state changing something', () => {
    const dataset = datasetWith((d) => {
      Object.assign(d.features[0]!.cells.linkerd!, {
        since: '2.20',
        history: [entry('earlier', 'no', 'Not available.'), entry('2.19', 'partial', 'Experimental.')],
      });
    });
    expect(lintLines(historySanity, dataset)).toEqual([]);
  });

  it('flags out-of-order entries (error) and repeated states (warning)', () => {
    const dataset = datasetWith((d) => {
      Object.assign(d.features[0]!.cells.linkerd!, { since: '2.19', history: [entry('2.20', 'no', 'Not available.')] });
      const cell = d.features[1]!.cells.istio!;
      Object.assign(cell, { since: '1.31', history: [entry('earlier', 'partial', 'Beta.'), entry('1.30', 'partial', 'Beta.')] });
      const ambient = d.features[2]!.cells['istio-ambient']!;
      Object.assign(ambient, { since: '1.31', history: [entry('1.30', ambient.support as 'yes', ambient.summary)] });
    });
    expect(lintLines(historySanity, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].cells.linkerd.since: the current state starts at "2.19", not after history[0] ("2.20"); list history oldest first, each before since',
      'warning content/features/traffic.yaml: features[1].cells.istio.history[1].summary: history[1] repeats the support and summary of history[0]; merge them or say what changed',
      'warning content/features/traffic.yaml: features[2].cells.istio-ambient.summary: the current state repeats the support and summary of history[0]; merge them or say what changed',
    ]);
  });
});
