// Search keywords: at least two per feature, lowercase, trimmed and unique.
import type { Problem, Rule } from '../types';
import { featureAt } from '../walk';

export const featureKeywords: Rule = {
  id: 'feature-keywords',
  description: 'A feature has at least 2 keywords, each lowercase, trimmed and listed once.',
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const feature of dataset.features) {
      const at = featureAt(ctx, feature);
      const field = `${at.field}.keywords`;
      if (feature.keywords.length < 2)
        problems.push({ file: at.file, field, message: `has ${feature.keywords.length} keyword(s); add at least 2 search terms` });
      const seen = new Set<string>();
      feature.keywords.forEach((keyword, i) => {
        if (keyword !== keyword.trim().toLowerCase())
          problems.push({ file: at.file, field: `${field}[${i}]`, message: `"${keyword}" must be lowercase without surrounding spaces` });
        if (seen.has(keyword)) problems.push({ file: at.file, field: `${field}[${i}]`, message: `"${keyword}" is listed twice` });
        seen.add(keyword);
      });
    }
    return problems;
  },
};
