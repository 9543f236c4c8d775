// Server-side helpers for the matrix page: grouping by category and support counts per mesh.
import type { SupportLevel } from '../content/schemas';
import { supportLabels } from '../support';
import { supportOrder, type MatrixItem } from './types';

/** What each support level means, for the legend and the JSON export. */
export const supportMeanings: Record<SupportLevel, string> = {
  yes: 'Built in and documented by the project.',
  partial: 'Possible with limits or caveats (see the cell details).',
  'via-addon': 'Needs a separately installed component or extension.',
  no: 'Not supported.',
  unknown: 'Not checked against a source yet; do not read it as “no”.',
};

export interface CategoryGroup<C extends { id: string }, F extends MatrixItem> {
  category: C;
  features: F[];
}

/** Features grouped in category order (data order within a category); empty categories are left out. */
export function groupByCategory<C extends { id: string }, F extends MatrixItem>(
  categories: readonly C[],
  features: readonly F[],
): CategoryGroup<C, F>[] {
  return categories
    .map((category) => ({ category, features: features.filter((feature) => feature.category === category.id) }))
    .filter((group) => group.features.length > 0);
}

export type SupportCounts = Record<SupportLevel, number>;

/** How many features each mesh supports at each level. */
export function supportCounts(features: readonly MatrixItem[], meshes: readonly string[]): Record<string, SupportCounts> {
  return Object.fromEntries(
    meshes.map((mesh) => {
      const counts = Object.fromEntries(supportOrder.map((level) => [level, 0])) as SupportCounts;
      for (const feature of features) {
        const support = feature.cells[mesh]?.support;
        if (support) counts[support] += 1;
      }
      return [mesh, counts];
    }),
  );
}

/** "Istio: 48 yes, 5 partial, 2 via add-on, 0 no" */
export function formatSupportCounts(meshName: string, counts: SupportCounts): string {
  const shown = supportOrder.filter((level) => level !== 'unknown' || counts[level] > 0);
  return `${meshName}: ${shown.map((level) => `${counts[level]} ${supportLabels[level].toLowerCase()}`).join(', ')}`;
}

/** The latest of a list of YYYY-MM-DD dates ('' for none). */
export function latestDate(dates: Iterable<string>): string {
  let latest = '';
  for (const date of dates) if (date > latest) latest = date;
  return latest;
}
