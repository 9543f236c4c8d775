// `requires` (a waypoint) only makes sense for a column in ambient mode.
import type { Problem, Rule } from '../types';
import { cellsOf } from '../walk';

export const requiresWaypointOnlyAmbient: Rule = {
  id: 'requires-waypoint-only-ambient',
  description: '`requires` appears only on cells of a column whose mesh has mode ambient.',
  severity: 'error',
  check(dataset, ctx) {
    const modes = new Map(dataset.meshes.map((mesh) => [mesh.id, mesh.mode]));
    const problems: Problem[] = [];
    for (const { file, field, meshId, cell } of cellsOf(dataset, ctx)) {
      if (cell.requires === undefined || modes.get(meshId) === 'ambient') continue;
      problems.push({
        file,
        field: `${field}.requires`,
        message: `requires [${cell.requires.join(', ')}] on column "${meshId}", whose mode is ${modes.get(meshId) ?? 'not set'}; only ambient columns can require a waypoint`,
      });
    }
    return problems;
  },
};
