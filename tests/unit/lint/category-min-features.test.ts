import { describe, expect, it } from 'vitest';
import { categoryMinFeatures } from '../../../src/lib/lint/rules/category-min-features';
import { datasetWith, lintLines } from './helpers';

describe('category-min-features', () => {
  it('passes a category with 3 features', () => {
    expect(lintLines(categoryMinFeatures)).toEqual([]);
  });

  it('warns about a category with fewer than 3 features', () => {
    const dataset = datasetWith((d) => {
      d.categories.push({ id: 'security', name: 'Security', description: 'mTLS.' });
      d.features[2]!.category = 'security';
    });
    expect(lintLines(categoryMinFeatures, dataset)).toEqual([
      'warning content/categories.yaml: [0].id: category "traffic" has 2 features; add features or merge it into another category (at least 3)',
      'warning content/categories.yaml: [1].id: category "security" has 1 feature; add features or merge it into another category (at least 3)',
    ]);
  });
});
