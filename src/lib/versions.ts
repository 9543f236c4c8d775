// Release versions and cells as of a release. Pure and zod-free: the matrix script uses it too.
import type { SupportLevel } from './support';

/** `earlier`: before the oldest release in the data window. */
export const earlier = 'earlier';

/** Compares minor versions numerically ("1.9" < "1.10"); `earlier` sorts first. */
export function compareMinor(a: string, b: string): number {
  if (a === b) return 0;
  if (a === earlier) return -1;
  if (b === earlier) return 1;
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The minor of a release: "1.31.2" → "1.31". */
export function minorOf(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/** One state of a cell: what held from `from` on. */
export interface CellState<Extra = object> {
  from: string;
  support: SupportLevel;
  summary: string;
  extra?: Extra;
}

/** What version logic needs of a cell: a content `Cell` fits, and so does the matrix's client shape. */
export interface VersionedCell {
  support: SupportLevel;
  summary: string;
  since: string;
  history?: readonly { from: string; support: SupportLevel; summary: string }[];
}

/** Every state of a cell, oldest first: its history, then the current state from `since`. */
export function cellStates(cell: VersionedCell): CellState[] {
  return [
    ...(cell.history ?? []).map(({ from, support, summary }) => ({ from, support, summary })),
    { from: cell.since, support: cell.support, summary: cell.summary },
  ];
}

/** The state of a cell as of a release: the last state at or before it; before the first, not available. */
export function cellAsOf(cell: VersionedCell, version: string): CellState {
  const states = cellStates(cell);
  let found: CellState | undefined;
  for (const state of states) if (compareMinor(state.from, version) <= 0) found = state;
  return found ?? { from: earlier, support: 'no', summary: `Not available before ${states[0]!.from}.` };
}

/** True when the cell changed after `version`, so the as-of state differs from today's. */
export function changedSince(cell: VersionedCell, version: string): boolean {
  return compareMinor(cell.since, version) > 0;
}
