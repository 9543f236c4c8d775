// Each category's features live in their own file, content/features/<category>.yaml.
import { basename } from 'node:path';
import type { Problem, Rule } from '../types';
import { featureAt } from '../walk';

export const featureFileMatchesCategory: Rule = {
  id: 'feature-file-matches-category',
  description: 'A feature lives in content/features/<its category>.yaml.',
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const feature of dataset.features) {
      const at = featureAt(ctx, feature);
      const expected = `${feature.category}.yaml`;
      if (basename(at.file) !== expected) {
        problems.push({
          file: at.file,
          field: `${at.field}.category`,
          message: `feature "${feature.id}" has category "${feature.category}" but is not in features/${expected}; move it there`,
        });
      }
    }
    return problems;
  },
};
