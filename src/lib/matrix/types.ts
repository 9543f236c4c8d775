// Shapes shared by the matrix page, its client script, the exports and the benchmark.
// Type-only imports keep zod out of the client bundle.
import { supportLevels, type SupportLevel } from '../support';

/** Support levels from best to worst. */
export const supportOrder: readonly SupportLevel[] = supportLevels;

/** What the filters need of a cell: a `Cell` from the content schema fits. `since` absent means "earlier". */
export interface MatrixCell {
  support: SupportLevel;
  summary: string;
  since?: string;
  history?: readonly { from: string; support: SupportLevel; summary: string }[];
}

/** What the filters need of a feature: a `Feature` from the content schema fits. */
export interface MatrixItem {
  id: string;
  category: string;
  /** Searched by the text filter, so "security" finds the security features. */
  categoryName?: string;
  name: string;
  description: string;
  keywords: readonly string[];
  cells: Partial<Record<string, MatrixCell>>;
}

/** A product with its minor releases, oldest first (the newest is the default view). */
export interface KnownProduct {
  id: string;
  versions: readonly string[];
}

/** The ids a URL may refer to; everything else in a query is ignored. */
export interface KnownIds {
  categories: readonly string[];
  /** Column ids in display order. */
  meshes: readonly string[];
  featureIds: readonly string[];
  /** Products whose version can be chosen (`v.<product>`); none means no version parameters. */
  products?: readonly KnownProduct[];
}
