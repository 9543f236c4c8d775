// Cells checked longer ago than freshness.ts `staleAfterDays` need re-checking.
import { daysBetween, staleAfterDays } from '../../freshness';
import type { Problem, Rule } from '../types';
import { cellsOf } from '../walk';

export const staleData: Rule = {
  id: 'stale-data',
  description: `A cell verified more than ${staleAfterDays} days ago should be checked again.`,
  severity: 'warning',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const { file, field, cell } of cellsOf(dataset, ctx)) {
      const age = daysBetween(cell.verified, ctx.today);
      if (age > staleAfterDays) {
        problems.push({
          file,
          field: `${field}.verified`,
          message: `verified ${cell.verified}, ${age} days ago (more than ${staleAfterDays}); check it against ${cell.verifiedRelease} or a newer release`,
        });
      }
    }
    return problems;
  },
};
