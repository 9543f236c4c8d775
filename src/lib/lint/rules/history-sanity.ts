// A cell's states (history, then the current one) run in release order and each one changes something.
import { cellStates, compareMinor } from '../../versions';
import type { Problem, Rule } from '../types';
import { cellsOf } from '../walk';

export const historySanity: Rule = {
  id: 'history-sanity',
  description: 'History entries are in release order before since (error) and do not repeat the previous support and summary (warning).',
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const { file, field, cell } of cellsOf(dataset, ctx)) {
      if (!cell.history?.length) continue;
      const states = cellStates(cell);
      const name = (i: number) => (i < states.length - 1 ? `history[${i}]` : 'the current state');
      const fieldOf = (i: number, key: string) =>
        i < states.length - 1 ? `${field}.history[${i}].${key}` : `${field}.${key === 'from' ? 'since' : key}`;
      for (let i = 1; i < states.length; i++) {
        const [before, state] = [states[i - 1]!, states[i]!];
        if (compareMinor(state.from, before.from) <= 0) {
          problems.push({
            file,
            field: fieldOf(i, 'from'),
            message: `${name(i)} starts at "${state.from}", not after ${name(i - 1)} ("${before.from}"); list history oldest first, each before since`,
          });
        }
        if (state.support === before.support && state.summary.trim() === before.summary.trim()) {
          problems.push({
            file,
            field: fieldOf(i, 'summary'),
            message: `${name(i)} repeats the support and summary of ${name(i - 1)}; merge them or say what changed`,
            severity: 'warning',
          });
        }
      }
    }
    return problems;
  },
};
