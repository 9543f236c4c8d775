import { describe, expect, it } from 'vitest';
import { featureKeywords } from '../../../src/lib/lint/rules/feature-keywords';
import { datasetWith, lintLines } from './helpers';

describe('feature-keywords', () => {
  it('passes two or more lowercase, unique keywords', () => {
    expect(lintLines(featureKeywords)).toEqual([]);
  });

  it('flags too few, capitalised, padded and repeated keywords', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.keywords = ['canary'];
      d.features[1]!.keywords = ['Headers', ' path', 'path', 'path'];
    });
    expect(lintLines(featureKeywords, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].keywords: has 1 keyword(s); add at least 2 search terms',
      'error content/features/traffic.yaml: features[1].keywords[0]: "Headers" must be lowercase without surrounding spaces',
      'error content/features/traffic.yaml: features[1].keywords[1]: " path" must be lowercase without surrounding spaces',
      'error content/features/traffic.yaml: features[1].keywords[3]: "path" is listed twice',
    ]);
  });
});
