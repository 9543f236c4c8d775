// A cell whose summary says it was not checked is "unknown", and its notes say why.
import type { Problem, Rule } from '../types';
import { cellsOf } from '../walk';

export const uncheckedCellsUnknown: Rule = {
  id: 'unchecked-cells-unknown',
  description: 'A cell whose summary says "not checked" has support unknown and notes mentioning unknown, not verified or not checked.',
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const { file, field, cell } of cellsOf(dataset, ctx)) {
      if (!/not checked/i.test(cell.summary)) continue;
      if (cell.support !== 'unknown')
        problems.push({
          file,
          field: `${field}.support`,
          message: `the summary says "not checked", so support must be unknown, not ${cell.support}`,
        });
      if (!/unknown|not verified|not checked/i.test(cell.notes ?? ''))
        problems.push({ file, field: `${field}.notes`, message: 'an unchecked cell needs notes saying what is unknown or not verified' });
    }
    return problems;
  },
};
