// A figure's conditions say how it was derived, or that it is a configured request or limit.
import type { FigureKind } from '../../content/schemas';
import type { Problem, Rule } from '../types';
import { figuresOf } from '../walk';

/** What the conditions of each kind must mention. */
export const kindWording: Partial<Record<FigureKind, RegExp>> = {
  derived: /divided|stand-in/,
  request: /request/,
  limit: /limit/,
};

export const figureConditionsExplainKind: Rule = {
  id: 'figure-conditions-explain-kind',
  description: 'Conditions of a derived figure say how (divided, stand-in); of a request or limit, that it is one.',
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const { file, field, figure } of figuresOf(dataset, ctx)) {
      const wording = kindWording[figure.kind];
      if (wording && !wording.test(figure.conditions)) {
        problems.push({
          file,
          field: `${field}.conditions`,
          message: `a ${figure.kind} figure's conditions must match ${wording} ("${figure.conditions}")`,
        });
      }
    }
    return problems;
  },
};
