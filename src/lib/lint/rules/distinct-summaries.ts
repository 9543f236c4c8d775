// Two columns with different support levels cannot share one summary: the text would contradict a badge.
import type { Problem, Rule } from '../types';
import { featureAt } from '../walk';

export const distinctSummaries: Rule = {
  id: 'distinct-summaries',
  description: 'Cells of one feature with different support never have the same summary.',
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const feature of dataset.features) {
      const at = featureAt(ctx, feature);
      const entries = Object.entries(feature.cells);
      entries.forEach(([meshB, b], j) => {
        const twin = entries.slice(0, j).find(([, a]) => a.support !== b.support && a.summary.trim() === b.summary.trim());
        if (twin) {
          problems.push({
            file: at.file,
            field: `${at.field}.cells.${meshB}.summary`,
            message: `same summary as ${twin[0]} (${twin[1].support}) but support is ${b.support}; say what differs`,
          });
        }
      });
    }
    return problems;
  },
};
