import { describe, expect, it } from 'vitest';
import { staleData } from '../../../src/lib/lint/rules/stale-data';
import { fixtureDataset } from '../../fixtures/content';
import { datasetWith, lintLines } from './helpers';

describe('stale-data', () => {
  it('passes cells verified up to 120 days before today', () => {
    const dataset = datasetWith((d) => (d.features[0]!.cells.istio!.verified = '2026-08-04'));
    expect(lintLines(staleData, dataset, { today: '2026-12-02' })).toEqual([]);
  });

  it('warns about a cell verified more than 120 days before the injected today', () => {
    const dataset = datasetWith((d) => (d.features[0]!.cells.istio!.verified = '2026-08-03'));
    expect(lintLines(staleData, dataset, { today: '2026-12-02' })).toEqual([
      'warning content/features/traffic.yaml: features[0].cells.istio.verified: verified 2026-08-03, 121 days ago (more than 120); check it against 1.31 or a newer release',
    ]);
    expect(lintLines(staleData, fixtureDataset(), { today: '2027-06-01' })).toHaveLength(9);
  });
});
