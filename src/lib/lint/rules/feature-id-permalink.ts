// Feature ids are permalinks: short, and free of mesh names, versions and work-in-progress words.
import type { Problem, Rule } from '../types';
import { featureAt } from '../walk';

export const maxFeatureIdLength = 40;
export const transientWords = ['new', 'old', 'tmp', 'todo', 'test', 'draft', 'wip', 'copy'];

export const featureIdPermalink: Rule = {
  id: 'feature-id-permalink',
  description: `A feature id starts with a letter, has at most ${maxFeatureIdLength} characters and names no mesh, version number or work-in-progress state.`,
  severity: 'error',
  check(dataset, ctx) {
    const names = new Set(dataset.meshes.flatMap((mesh) => [mesh.id, mesh.product ?? mesh.id]));
    const problems: Problem[] = [];
    for (const feature of dataset.features) {
      const at = featureAt(ctx, feature);
      const say = (message: string) => problems.push({ file: at.file, field: `${at.field}.id`, message: `"${feature.id}" ${message}` });
      const id = feature.id;
      const parts = id.split('-');
      if (!/^[a-z]/.test(id)) say('must start with a letter');
      if (id.length > maxFeatureIdLength) say(`is ${id.length} characters long (at most ${maxFeatureIdLength})`);
      const meshes = [...names].filter((name) => `-${id}-`.includes(`-${name}-`));
      if (meshes.length) say(`names a mesh (${meshes.join(', ')}); a feature id is shared by every column`);
      const numbers = parts.filter((part) => /^\d+$/.test(part));
      if (numbers.length) say(`contains a version-like number (${numbers.join(', ')}); permalinks must outlive releases`);
      const transient = parts.filter((part) => transientWords.includes(part));
      if (transient.length) say(`contains a work-in-progress word (${transient.join(', ')})`);
    }
    return problems;
  },
};
