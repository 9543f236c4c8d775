// The overhead pages show a range, which needs several figures from more than one source.
import type { Problem, Rule } from '../types';

export const minMeasurements = 3;
export const minMeasurementSources = 2;

export const figureRange: Rule = {
  id: 'figure-range',
  description: `Each overhead entry has at least ${minMeasurements} measurements from at least ${minMeasurementSources} sources.`,
  severity: 'warning',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    dataset.overhead.forEach((entry, i) => {
      const sources = new Set(entry.measurements.flatMap((figure) => figure.sources)).size;
      if (entry.measurements.length < minMeasurements || sources < minMeasurementSources) {
        problems.push({
          file: ctx.files.overhead,
          field: `[${i}].measurements`,
          message: `"${entry.id}" has ${entry.measurements.length} figure(s) from ${sources} source(s); a range needs at least ${minMeasurements} from ${minMeasurementSources}`,
        });
      }
    });
    return problems;
  },
};
