// overhead.yaml holds exactly the entries the calculator reads, with the mesh, component and mode it expects.
import { requiredFigures } from '../../calculator/figures';
import type { OverheadComponent } from '../../content/schemas';
import type { Problem, Rule } from '../types';

/** The data-plane mode each component belongs to. */
export const componentModes: Record<OverheadComponent, 'sidecar' | 'ambient' | 'any'> = {
  sidecar: 'sidecar',
  ztunnel: 'ambient',
  waypoint: 'ambient',
  gateway: 'any',
  'control-plane': 'any',
};

export const overheadMatchesCalculator: Rule = {
  id: 'overhead-matches-calculator',
  description:
    'overhead.yaml has one entry per calculator figure (src/lib/calculator/figures.ts requiredFigures), with matching mesh, component and mode.',
  severity: 'error',
  check(dataset, ctx) {
    if (dataset.overhead.length === 0) return [];
    const file = ctx.files.overhead;
    const problems: Problem[] = [];
    const required = requiredFigures as Record<string, { mesh: string; component: OverheadComponent }>;
    dataset.overhead.forEach((entry, i) => {
      const expected = required[entry.id];
      if (!expected) {
        problems.push({
          file,
          field: `[${i}].id`,
          message: `"${entry.id}" is not a figure the calculator reads (${Object.keys(required).join(', ')})`,
        });
        return;
      }
      if (entry.mesh !== expected.mesh)
        problems.push({ file, field: `[${i}].mesh`, message: `"${entry.id}" must describe mesh ${expected.mesh}, not ${entry.mesh}` });
      if (entry.component !== expected.component)
        problems.push({
          file,
          field: `[${i}].component`,
          message: `"${entry.id}" must describe component ${expected.component}, not ${entry.component}`,
        });
      const mode = componentModes[entry.component];
      if (entry.mode !== mode)
        problems.push({ file, field: `[${i}].mode`, message: `component ${entry.component} runs in mode ${mode}, not ${entry.mode}` });
    });
    const present = new Set(dataset.overhead.map((entry) => entry.id));
    for (const id of Object.keys(required)) {
      if (!present.has(id)) problems.push({ file, field: '(root)', message: `missing entry "${id}", which the calculator reads` });
    }
    return problems;
  },
};
