// A feature description is one sentence: a capital letter first, a full stop last, nothing in between.
import type { Problem, Rule } from '../types';
import { featureAt } from '../walk';

export const featureDescriptionSentence: Rule = {
  id: 'feature-description-sentence',
  description: 'A feature description is one sentence starting with a capital letter and ending with a full stop.',
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const feature of dataset.features) {
      const at = featureAt(ctx, feature);
      const text = feature.description;
      const say = (message: string) => problems.push({ file: at.file, field: `${at.field}.description`, message });
      if (!/^[A-Z]/.test(text)) say('must start with a capital letter');
      if (!/\.$/.test(text)) say('must end with a full stop');
      if (/[.!?]\s+[A-Z]/.test(text)) say('must be one sentence; move detail into cell notes or an article');
    }
    return problems;
  },
};
