// Every preset is one of the recorded measurements, and each measurement is recorded once.
import type { Figure } from '../../content/schemas';
import type { Problem, Rule } from '../types';

const sameFigure = (a: Figure, b: Figure) =>
  a.mb === b.mb && a.unit === b.unit && a.kind === b.kind && a.version === b.version && a.sources.join() === b.sources.join();

export const presetsInMeasurements: Rule = {
  id: 'presets-in-measurements',
  description:
    'Each overhead preset also appears among the measurements (same mb, unit, kind, version, sources), and no measurement is listed twice.',
  severity: 'error',
  check(dataset, ctx) {
    const file = ctx.files.overhead;
    const problems: Problem[] = [];
    dataset.overhead.forEach((entry, index) => {
      for (const [name, preset] of Object.entries(entry.presets)) {
        if (!entry.measurements.some((figure) => sameFigure(figure, preset))) {
          problems.push({
            file,
            field: `[${index}].presets.${name}`,
            message: `the ${name} preset (${preset.mb} ${preset.unit}) is not among the measurements; add it there too`,
          });
        }
      }
      entry.measurements.forEach((figure, i) => {
        const first = entry.measurements.findIndex((other) => sameFigure(other, figure) && other.conditions === figure.conditions);
        if (first !== i) problems.push({ file, field: `[${index}].measurements[${i}]`, message: `repeats measurements[${first}]` });
      });
    });
    return problems;
  },
};
