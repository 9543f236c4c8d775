// How recently cells were checked, per category and column, for the Sources page and the stale-data lint rule.
import type { Category, Feature, Mesh } from './content/schemas';
import { compareMinor } from './versions';

/** Cells checked longer ago than this get a stale-data warning. */
export const staleAfterDays = 120;

export interface Freshness {
  cells: number;
  oldest: string;
  newest: string;
  /** Releases the cells were checked against, newest first ("1.31", "1.31.2"). */
  releases: string[];
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function summarize(cells: { verified: string; verifiedRelease: string }[]): Freshness | undefined {
  if (cells.length === 0) return undefined;
  const dates = cells.map((cell) => cell.verified).sort();
  const releases = [...new Set(cells.map((cell) => cell.verifiedRelease))].sort(compareMinor).reverse();
  return { cells: cells.length, oldest: dates[0]!, newest: dates.at(-1)!, releases };
}

/** One row per category, one entry per column. */
export function freshnessTable(categories: readonly Category[], meshes: readonly Mesh[], features: readonly Feature[]) {
  return categories.map((category) => ({
    category,
    byMesh: meshes.map((mesh) => ({
      mesh,
      freshness: summarize(
        features.filter((f) => f.category === category.id).flatMap((f) => (f.cells[mesh.id] ? [f.cells[mesh.id]!] : [])),
      ),
    })),
  }));
}
