// Shapes shared by the matrix page, its client script, the exports and the benchmark.
// Type-only imports keep zod out of the client bundle.
import type { SupportLevel } from '../content/schemas';
import { supportLabels } from '../support';

/** Support levels from best to worst (the order of `supportLevels` in the content schema). */
export const supportOrder = Object.keys(supportLabels) as SupportLevel[];

/** What the filters need of a cell: a `Cell` from the content schema fits. */
export interface MatrixCell {
  support: SupportLevel;
  summary: string;
}

/** What the filters need of a feature: a `Feature` from the content schema fits. */
export interface MatrixItem {
  id: string;
  category: string;
  name: string;
  description: string;
  keywords: readonly string[];
  cells: Partial<Record<string, MatrixCell>>;
}

/** The ids a URL may refer to; everything else in a query is ignored. */
export interface KnownIds {
  categories: readonly string[];
  meshes: readonly string[];
  featureIds: readonly string[];
}
