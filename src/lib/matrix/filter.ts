// Which features match a filter state, and how well each mesh meets a list of requirements.
import { supportMeets, type SupportLevel } from '../support';
import { cellAsOf, earlier } from '../versions';
import type { FilterState } from './filter-state';
import type { MatrixCell, MatrixItem } from './types';

/** Which release each column is viewed at: column id -> minor, for columns not at their newest release. */
export type ColumnVersions = Readonly<Record<string, string>>;

/** Column id -> release for the state's chosen versions (`meshProducts` maps a column to its product). */
export function columnVersions(state: Pick<FilterState, 'versions'>, meshProducts: Readonly<Record<string, string>>): ColumnVersions {
  const out: Record<string, string> = {};
  for (const [mesh, product] of Object.entries(meshProducts)) {
    const version = state.versions[product];
    if (version) out[mesh] = version;
  }
  return out;
}

/** A cell as of the column's chosen release (the cell itself at the newest release). */
export function cellAt(cell: MatrixCell | undefined, version: string | undefined): MatrixCell | undefined {
  if (!cell || version === undefined) return cell;
  return cellAsOf({ ...cell, since: cell.since ?? earlier }, version);
}

function supportAt(item: MatrixItem, mesh: string, versions: ColumnVersions): SupportLevel | undefined {
  return cellAt(item.cells[mesh], versions[mesh])?.support;
}

/**
 * Lower case without accents, hyphens, underscores or slashes as spaces: "gRPC" finds "grpc",
 * "gateway-api" finds "Gateway API".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-_/]+/g, ' ');
}

/** Without spaces, so "multicluster" finds "multi-cluster". */
const compact = (text: string) => text.replace(/\s+/g, '');

const haystacks = new WeakMap<MatrixItem, { text: string; compact: string }>();

/** The folded text the text filter searches: id, name, category, description, keywords and cell summaries. */
export function searchText(item: MatrixItem): { text: string; compact: string } {
  let found = haystacks.get(item);
  if (found === undefined) {
    const summaries = Object.values(item.cells).map((cell) => cell?.summary ?? '');
    const text = foldText([item.id, item.name, item.categoryName ?? '', item.description, ...item.keywords, ...summaries].join('\n'));
    found = { text, compact: compact(text) };
    haystacks.set(item, found);
  }
  return found;
}

/** True when every term occurs, spaced as typed or with spaces and hyphens ignored. */
export function matchesTerms(item: MatrixItem, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const { text, compact: packed } = searchText(item);
  return terms.every((term) => text.includes(term) || packed.includes(term));
}

/** True when the shown columns do not all have the same support level (as of their chosen releases). */
export function meshesDiffer(
  item: MatrixItem,
  columns: readonly string[] = Object.keys(item.cells),
  versions: ColumnVersions = {},
): boolean {
  const levels = new Set(columns.map((mesh) => supportAt(item, mesh, versions)));
  return levels.size > 1;
}

/** Ids of the features that match every active filter, in input order. Requirements ticks do not filter. */
export function filterFeatures(features: readonly MatrixItem[], state: FilterState, versions: ColumnVersions = {}): string[] {
  const terms = foldText(state.q).split(/\s+/).filter(Boolean);
  // A hidden column's filter would hide rows for reasons the reader cannot see.
  const supportFilters = Object.entries(state.support).filter(([mesh, levels]) => levels.length > 0 && state.cols.includes(mesh));
  const matches: string[] = [];
  for (const item of features) {
    if (state.category && item.category !== state.category) continue;
    if (state.diff && !meshesDiffer(item, state.cols, versions)) continue;
    if (
      supportFilters.some(([mesh, levels]) => {
        const support = supportAt(item, mesh, versions);
        return support === undefined || !levels.includes(support);
      })
    ) {
      continue;
    }
    if (!matchesTerms(item, terms)) continue;
    matches.push(item.id);
  }
  return matches;
}

export interface MeshRequirements {
  mesh: string;
  /** Needed features the mesh supports fully ("yes"). */
  met: number;
  partial: number;
  viaAddon: number;
  /** Needed features the mesh does not support, whose support is unknown, or that have no cell. */
  missing: number;
}

export interface RequirementsSummary {
  total: number;
  meshes: MeshRequirements[];
}

const tally = supportMeets;

/** Counts, per mesh, how the needed features are supported. Unknown ids are skipped. */
export function requirementsSummary(
  features: readonly MatrixItem[],
  need: readonly string[],
  meshes: readonly string[],
  versions: ColumnVersions = {},
): RequirementsSummary {
  const byId = new Map(features.map((item) => [item.id, item]));
  const needed = [...new Set(need)].flatMap((id) => byId.get(id) ?? []);
  return {
    total: needed.length,
    meshes: meshes.map((mesh) => {
      const counts: MeshRequirements = { mesh, met: 0, partial: 0, viaAddon: 0, missing: 0 };
      for (const item of needed) {
        const support = supportAt(item, mesh, versions);
        counts[support ? tally[support] : 'missing'] += 1;
      }
      return counts;
    }),
  };
}

/** "Istio meets 7 of 8 (1 partial); Linkerd meets 5 of 8 (2 partial, 1 via add-on)." */
export function formatRequirementsSummary(summary: RequirementsSummary, meshNames: Record<string, string>): string {
  if (summary.total === 0) return 'Tick the features you need to see which mesh meets them.';
  const parts = summary.meshes.map(({ mesh, met, partial, viaAddon }) => {
    const extra = [partial && `${partial} partial`, viaAddon && `${viaAddon} via add-on`].filter(Boolean);
    const name = meshNames[mesh] ?? mesh;
    return `${name} meets ${met} of ${summary.total}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
  });
  return `${parts.join('; ')}.`;
}
