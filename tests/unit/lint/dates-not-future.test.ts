import { describe, expect, it } from 'vitest';
import { datesNotFuture, isCalendarDate } from '../../../src/lib/lint/rules/dates-not-future';
import { datasetWith, lintLines } from './helpers';

describe('dates-not-future', () => {
  it('passes past dates and an announced end of life in the future', () => {
    const dataset = datasetWith((d) => Object.assign(d.releases[1]!, { endOfLife: '2027-03-01', eolStatus: 'expected' }));
    expect(lintLines(datesNotFuture, dataset, { today: '2026-12-02' })).toEqual([]);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });

  it('flags future verified, accessed, released and change dates, impossible days and a future "actual" end of life', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.cells.istio!.verified = '2026-12-03';
      d.sources[1]!.accessed = '2026-02-30';
      Object.assign(d.releases[1]!, { released: '2027-01-01', endOfLife: '2027-06-01', eolStatus: 'actual' });
      d.changes.push({ date: '2030-01-01', title: 'T', summary: 'S', features: [], sources: ['doc-a'] });
    });
    expect(lintLines(datesNotFuture, dataset, { today: '2026-12-02' })).toEqual([
      'error content/features/traffic.yaml: features[0].cells.istio.verified: 2026-12-03 is after today (2026-12-02)',
      'error content/sources.yaml: [1].accessed: 2026-02-30 is not a calendar date',
      'error content/releases.yaml: [1].released: 2027-01-01 is after today (2026-12-02)',
      'error content/releases.yaml: [1].eolStatus: end of life 2027-06-01 is after today, so it is announced or expected, not actual',
      'error content/changes.yaml: [0].date: 2030-01-01 is after today (2026-12-02)',
    ]);
  });
});
