import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../src/lib/lint/index';
import { featureFileMatchesCategory } from '../../../src/lib/lint/rules/feature-file-matches-category';
import { fixtureDataset, fixtureToday } from '../../fixtures/content';
import { lintLines } from './helpers';

describe('feature-file-matches-category', () => {
  it('passes features kept in content/features/<category>.yaml', () => {
    expect(lintLines(featureFileMatchesCategory)).toEqual([]);
  });

  it('flags a feature filed under another category', () => {
    const dataset = fixtureDataset();
    const ctx = contextFor(dataset, { today: fixtureToday });
    ctx.files.features.set('retries', { file: 'content/features/security.yaml', index: 4 });
    expect(lintLines(featureFileMatchesCategory, dataset, ctx)).toEqual([
      'error content/features/security.yaml: features[4].category: feature "retries" has category "traffic" but is not in features/traffic.yaml; move it there',
    ]);
  });
});
