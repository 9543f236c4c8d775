// A category with fewer than three features is too thin for its own section and file.
import type { Problem, Rule } from '../types';

export const minFeaturesPerCategory = 3;

export const categoryMinFeatures: Rule = {
  id: 'category-min-features',
  description: `Every category has at least ${minFeaturesPerCategory} features.`,
  severity: 'warning',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    dataset.categories.forEach((category, i) => {
      const count = dataset.features.filter((feature) => feature.category === category.id).length;
      if (count < minFeaturesPerCategory) {
        problems.push({
          file: ctx.files.categories,
          field: `[${i}].id`,
          message: `category "${category.id}" has ${count} feature${count === 1 ? '' : 's'}; add features or merge it into another category (at least ${minFeaturesPerCategory})`,
        });
      }
    });
    return problems;
  },
};
