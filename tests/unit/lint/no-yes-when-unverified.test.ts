import { describe, expect, it } from 'vitest';
import { noYesWhenUnverified } from '../../../src/lib/lint/rules/no-yes-when-unverified';
import { datasetWith, lintLines } from './helpers';

describe('no-yes-when-unverified', () => {
  it('passes a "yes" with confident text and an unknown cell that says unverified', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.cells.istio!.notes = 'Verified against the 1.31 docs.';
      Object.assign(d.features[1]!.cells.linkerd!, { support: 'unknown', notes: 'Unverified: the docs do not say.' });
    });
    expect(lintLines(noYesWhenUnverified, dataset)).toEqual([]);
  });

  it('flags "yes" whose summary, notes or history entry says it is not verified or unclear', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.cells.istio!.notes = 'Behaviour with waypoints is unclear.';
      d.features[1]!.cells.linkerd!.summary = 'Supported, but this could not be confirmed in the docs.';
      d.features[2]!.cells.istio!.since = '1.31';
      d.features[2]!.cells.istio!.history = [{ from: '1.30', support: 'yes', summary: 'Not verified for 1.30.', sources: ['doc-a'] }];
    });
    expect(lintLines(noYesWhenUnverified, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].cells.istio.support: support is "yes" but the notes says "unclear"; use partial or unknown, or reword once verified',
      'error content/features/traffic.yaml: features[1].cells.linkerd.support: support is "yes" but the summary says "could not be confirmed"; use partial or unknown, or reword once verified',
      'error content/features/traffic.yaml: features[2].cells.istio.history[0].support: support is "yes" but the summary says "Not verified"; use partial or unknown, or reword once verified',
    ]);
  });
});
