// Calculator presets are usage figures: measured or derived, never a peak, request or limit.
import { presetKinds } from '../../calculator/figures';
import type { Problem, Rule } from '../types';
import { figuresOf } from '../walk';

export const figureKindsMatchUse: Rule = {
  id: 'figure-kinds-match-use',
  description: `Overhead presets must be of kind ${presetKinds.join(' or ')} (not peak, request or limit).`,
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const { file, field, figure, preset } of figuresOf(dataset, ctx)) {
      if (preset && !presetKinds.includes(figure.kind)) {
        problems.push({
          file,
          field: `${field}.kind`,
          message: `a preset must be usage (${presetKinds.join(' or ')}), not "${figure.kind}"; list it under measurements instead`,
        });
      }
    }
    return problems;
  },
};
