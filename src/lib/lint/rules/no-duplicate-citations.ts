// A claim lists each source once.
import type { Problem, Rule } from '../types';
import { citationLists } from '../walk';

export const noDuplicateCitations: Rule = {
  id: 'no-duplicate-citations',
  description: 'A sources list (cell, history entry, figure, mesh, release, change) names each source id once.',
  severity: 'warning',
  check(dataset, ctx) {
    const problems: Problem[] = [];
    for (const list of citationLists(dataset, ctx)) {
      if (list.kind !== 'evidence') continue;
      list.ids.forEach((id, i) => {
        if (list.ids.indexOf(id) < i)
          problems.push({
            file: list.file,
            field: `${list.field}[${i}]`,
            message: `"${id}" is already cited at [${list.ids.indexOf(id)}]`,
          });
      });
    }
    return problems;
  },
};
