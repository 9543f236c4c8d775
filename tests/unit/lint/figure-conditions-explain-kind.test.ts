import { describe, expect, it } from 'vitest';
import { figureConditionsExplainKind } from '../../../src/lib/lint/rules/figure-conditions-explain-kind';
import { fixtureFigure } from '../../fixtures/content';
import { datasetWith, lintLines } from './helpers';

describe('figure-conditions-explain-kind', () => {
  it('passes derived, request and limit figures whose conditions say so', () => {
    const dataset = datasetWith((d) => {
      d.overhead[0]!.measurements.push(
        fixtureFigure(12, { kind: 'derived', conditions: 'total of 36 MB divided by 3 nodes' }),
        fixtureFigure(1024, { kind: 'limit', conditions: 'default memory limit' }),
      );
    });
    expect(lintLines(figureConditionsExplainKind, dataset)).toEqual([]);
  });

  it('flags a derived figure without its derivation and a request not called one', () => {
    const dataset = datasetWith((d) => {
      d.overhead[0]!.measurements.push(fixtureFigure(12, { kind: 'derived', conditions: 'per node' }));
      d.overhead[1]!.measurements[3]!.conditions = 'chart default';
    });
    expect(lintLines(figureConditionsExplainKind, dataset)).toEqual([
      'error content/overhead.yaml: [0].measurements[4].conditions: a derived figure\'s conditions must match /divided|stand-in/ ("per node")',
      'error content/overhead.yaml: [1].measurements[3].conditions: a request figure\'s conditions must match /request/ ("chart default")',
    ]);
  });
});
