import { describe, expect, it } from 'vitest';
import { uncheckedCellsUnknown } from '../../../src/lib/lint/rules/unchecked-cells-unknown';
import { datasetWith, lintLines } from './helpers';

describe('unchecked-cells-unknown', () => {
  it('passes an unchecked cell marked unknown with notes saying so', () => {
    const dataset = datasetWith((d) => {
      Object.assign(d.features[0]!.cells.linkerd!, {
        support: 'unknown',
        summary: 'Not checked against the docs.',
        notes: 'Not verified for 2.20.',
      });
    });
    expect(lintLines(uncheckedCellsUnknown, dataset)).toEqual([]);
  });

  it('flags an unchecked cell claiming support, or without explaining notes', () => {
    const dataset = datasetWith((d) => {
      Object.assign(d.features[0]!.cells.linkerd!, { support: 'partial', summary: 'Not checked against the docs.' });
    });
    expect(lintLines(uncheckedCellsUnknown, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].cells.linkerd.support: the summary says "not checked", so support must be unknown, not partial',
      'error content/features/traffic.yaml: features[0].cells.linkerd.notes: an unchecked cell needs notes saying what is unknown or not verified',
    ]);
  });
});
