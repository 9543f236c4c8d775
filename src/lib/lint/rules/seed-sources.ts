// Seed articles (the comparisons this site started from) are listed, explained, and never used as evidence.
import type { Problem, Rule } from '../types';
import { citationLists, sourceAt } from '../walk';

export const seedSources: Rule = {
  id: 'seed-sources',
  description: 'No cell, figure, mesh, release or change cites a seed article, and each seed note says it is a seed.',
  severity: 'error',
  check(dataset, ctx) {
    const seeds = new Set(dataset.sources.filter((source) => source.kind === 'seed').map((source) => source.id));
    const problems: Problem[] = [];
    for (const list of citationLists(dataset, ctx)) {
      // Articles may cite a seed to say which of its claims no longer hold.
      if (list.kind !== 'evidence') continue;
      list.ids.forEach((id, i) => {
        if (seeds.has(id))
          problems.push({
            file: list.file,
            field: `${list.field}[${i}]`,
            message: `"${id}" is a seed article, not evidence; cite the official docs or a benchmark instead`,
          });
      });
    }
    for (const source of dataset.sources) {
      if (source.kind !== 'seed' || /seed/i.test(source.note ?? '')) continue;
      const at = sourceAt(ctx, source.id);
      problems.push({
        file: at.file,
        field: `${at.field}.note`,
        message: `seed "${source.id}" needs a note saying it is a seed article and why it is not authoritative`,
      });
    }
    return problems;
  },
};
