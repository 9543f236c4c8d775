// A cell whose own text says it could not be verified cannot claim full support.
import type { Problem, Rule } from '../types';
import { cellsOf } from '../walk';

export const unverifiedWording = /\b(?:not verified|unverified|unclear|could not be confirmed|not confirmed)\b/i;

export const noYesWhenUnverified: Rule = {
  id: 'no-yes-when-unverified',
  description:
    'A cell (or history entry) whose summary or notes say "not verified", "unverified", "unclear" or "not confirmed" cannot be "yes".',
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const { file, field, cell } of cellsOf(dataset, ctx)) {
      const states = [
        { field, support: cell.support, texts: { summary: cell.summary, notes: cell.notes } },
        ...(cell.history ?? []).map((entry, i) => ({
          field: `${field}.history[${i}]`,
          support: entry.support,
          texts: { summary: entry.summary, notes: undefined },
        })),
      ];
      for (const state of states) {
        if (state.support !== 'yes') continue;
        for (const [key, text] of Object.entries(state.texts)) {
          const match = text?.match(unverifiedWording);
          if (match) {
            problems.push({
              file,
              field: `${state.field}.support`,
              message: `support is "yes" but the ${key} says "${match[0]}"; use partial or unknown, or reword once verified`,
            });
          }
        }
      }
    }
    return problems;
  },
};
