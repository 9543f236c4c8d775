import { describe, expect, it } from 'vitest';
import { cellTextLength } from '../../../src/lib/lint/rules/cell-text-length';
import { datasetWith, lintLines } from './helpers';

describe('cell-text-length', () => {
  it('passes summaries of 11 to 220 characters and useful notes', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.cells.istio!.summary = 'x'.repeat(220);
      d.features[0]!.cells.linkerd!.summary = 'Yes, built in';
      d.features[0]!.cells.linkerd!.notes = 'Since the 2.13 routes.';
    });
    expect(lintLines(cellTextLength, dataset)).toEqual([]);
  });

  it('flags short and long summaries and short notes', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.cells.istio!.summary = 'x'.repeat(221);
      d.features[1]!.cells.linkerd!.summary = ' Yes.      ';
      d.features[2]!.cells.istio!.notes = 'See docs.';
    });
    expect(lintLines(cellTextLength, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].cells.istio.summary: is 221 characters (at most 220); move detail into notes',
      'error content/features/traffic.yaml: features[1].cells.linkerd.summary: is 4 characters; say what the support is (more than 10)',
      'error content/features/traffic.yaml: features[2].cells.istio.notes: is too short to help (more than 10 characters), or remove it',
    ]);
  });
});
