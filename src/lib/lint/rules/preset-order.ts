// Presets grow from low to high once MiB figures are converted to MB.
import { toMb } from '../../calculator/figures';
import type { Problem, Rule } from '../types';

export const presetOrder: Rule = {
  id: 'preset-order',
  description: 'Overhead presets satisfy low <= typical <= high after converting MiB to MB.',
  severity: 'error',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    dataset.overhead.forEach((entry, i) => {
      const [low, typical, high] = [entry.presets.low, entry.presets.typical, entry.presets.high].map(toMb);
      if (!(low! <= typical! && typical! <= high!)) {
        const mb = (n: number) => Number(n.toFixed(2));
        problems.push({
          file: ctx.files.overhead,
          field: `[${i}].presets`,
          message: `low <= typical <= high does not hold in MB (${mb(low!)}, ${mb(typical!)}, ${mb(high!)})`,
        });
      }
    });
    return problems;
  },
};
