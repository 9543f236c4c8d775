// The query of "Open report" links: tiny and free of the calculator's maths, so the matrix page can load it.
const requirementKeys = new Set(['need', 'cols']);
const versionPrefix = 'v.';

/**
 * The query an "Open report" link carries: from the matrix, its requirements (need, cols, v.*; not its view filters);
 * from the calculator, its whole query (the calculator's inputs; the report names anything it does not know).
 */
export function reportLinkQuery(search: string, from: 'matrix' | 'calculator'): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const [name, value] of params) {
    const keep = from === 'calculator' || requirementKeys.has(name) || name.startsWith(versionPrefix);
    if (keep) kept.append(name, value);
  }
  return kept.toString().replace(/%2C/gi, ',');
}
