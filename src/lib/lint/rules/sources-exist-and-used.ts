// Every cited source id exists, and every listed source is cited by something (seeds excepted).
import type { Problem, Rule } from '../types';
import { citationLists, sourceAt } from '../walk';

export const sourcesExistAndUsed: Rule = {
  id: 'sources-exist-and-used',
  description: 'Cited source ids exist (cells, history, figures, meshes, releases, changes, articles); unused sources are a warning.',
  severity: 'error',
  check(dataset, ctx) {
    const known = new Set(dataset.sources.map((source) => source.id));
    const cited = new Set<string>();
    const problems: Problem[] = [];
    for (const list of citationLists(dataset, ctx)) {
      list.ids.forEach((id, i) => {
        cited.add(id);
        if (known.has(id)) return;
        const field = list.kind === 'article' ? list.field : `${list.field}[${i}]`;
        problems.push({
          file: list.file,
          field,
          message: `unknown source id "${id}": add it to content/sources.yaml or content/sources/*.yaml`,
        });
      });
    }
    for (const source of dataset.sources) {
      // Seed articles are listed for transparency and are never evidence (see seed-sources).
      if (source.kind === 'seed' || cited.has(source.id)) continue;
      const at = sourceAt(ctx, source.id);
      problems.push({
        ...at,
        field: `${at.field}.id`,
        message: `source "${source.id}" is not cited by any cell, history entry, figure, mesh, release, change or article`,
        severity: 'warning',
      });
    }
    return problems;
  },
};
