// Recorded dates are real calendar days and none is after today (an announced end of life may be).
import type { Problem, Rule } from '../types';
import { cellsOf, sourceAt } from '../walk';

/** True for a YYYY-MM-DD string naming a real day (not 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
}

export const datesNotFuture: Rule = {
  id: 'dates-not-future',
  description:
    'verified, accessed, released and change dates are real days and not after today; an actual end of life is not in the future.',
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    const check = (file: string, field: string, date: string, canBeFuture = false) => {
      if (!isCalendarDate(date)) problems.push({ file, field, message: `${date} is not a calendar date` });
      else if (!canBeFuture && date > ctx.today) problems.push({ file, field, message: `${date} is after today (${ctx.today})` });
    };
    for (const { file, field, cell } of cellsOf(dataset, ctx)) check(file, `${field}.verified`, cell.verified);
    for (const source of dataset.sources) {
      const at = sourceAt(ctx, source.id);
      check(at.file, `${at.field}.accessed`, source.accessed);
    }
    dataset.releases.forEach((release, i) => {
      check(ctx.files.releases, `[${i}].released`, release.released);
      if (release.endOfLife) {
        check(ctx.files.releases, `[${i}].endOfLife`, release.endOfLife, true);
        if (release.eolStatus === 'actual' && release.endOfLife > ctx.today) {
          problems.push({
            file: ctx.files.releases,
            field: `[${i}].eolStatus`,
            message: `end of life ${release.endOfLife} is after today, so it is announced or expected, not actual`,
          });
        }
      }
    });
    dataset.changes.forEach((change, i) => check(ctx.files.changes, `[${i}].date`, change.date));
    return problems;
  },
};
