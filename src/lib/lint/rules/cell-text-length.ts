// Cell summaries fit a matrix cell (more than 10, at most 220 characters); notes say something.
import type { Problem, Rule } from '../types';
import { cellsOf } from '../walk';

export const minTextLength = 10;
export const maxSummaryLength = 220;

export const cellTextLength: Rule = {
  id: 'cell-text-length',
  description: `A cell summary has more than ${minTextLength} and at most ${maxSummaryLength} characters; notes, if any, more than ${minTextLength}.`,
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const { file, field, cell } of cellsOf(dataset, ctx)) {
      const summary = cell.summary.trim().length;
      if (summary <= minTextLength)
        problems.push({
          file,
          field: `${field}.summary`,
          message: `is ${summary} characters; say what the support is (more than ${minTextLength})`,
        });
      if (cell.summary.length > maxSummaryLength)
        problems.push({
          file,
          field: `${field}.summary`,
          message: `is ${cell.summary.length} characters (at most ${maxSummaryLength}); move detail into notes`,
        });
      if (cell.notes !== undefined && cell.notes.trim().length <= minTextLength)
        problems.push({
          file,
          field: `${field}.notes`,
          message: `is too short to help (more than ${minTextLength} characters), or remove it`,
        });
    }
    return problems;
  },
};
