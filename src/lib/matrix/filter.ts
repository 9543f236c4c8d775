// Which features match a filter state, and how well each mesh meets a list of requirements.
import type { SupportLevel } from '../content/schemas';
import type { FilterState } from './filter-state';
import type { MatrixItem } from './types';

/** Lower case without accents, so "gRPC" finds "grpc" and "Protocolo" finds "protocolo". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const haystacks = new WeakMap<MatrixItem, string>();

/** The folded text the text filter searches: id, name, description, keywords and cell summaries. */
export function searchText(item: MatrixItem): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    const summaries = Object.values(item.cells).map((cell) => cell?.summary ?? '');
    text = foldText([item.id, item.name, item.description, ...item.keywords, ...summaries].join('\n'));
    haystacks.set(item, text);
  }
  return text;
}

/** True when the meshes do not all have the same support level. */
export function meshesDiffer(item: MatrixItem): boolean {
  const levels = new Set(Object.values(item.cells).map((cell) => cell?.support));
  return levels.size > 1;
}

/** Ids of the features that match every active filter, in input order. Requirements ticks do not filter. */
export function filterFeatures(features: readonly MatrixItem[], state: FilterState): string[] {
  const terms = foldText(state.q).split(/\s+/).filter(Boolean);
  const supportFilters = Object.entries(state.support).filter(([, levels]) => levels.length > 0);
  const matches: string[] = [];
  for (const item of features) {
    if (state.category && item.category !== state.category) continue;
    if (state.diff && !meshesDiffer(item)) continue;
    if (
      supportFilters.some(([mesh, levels]) => {
        const support = item.cells[mesh]?.support;
        return support === undefined || !levels.includes(support);
      })
    ) {
      continue;
    }
    if (terms.length > 0) {
      const text = searchText(item);
      if (!terms.every((term) => text.includes(term))) continue;
    }
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

const tally: Record<SupportLevel, keyof Omit<MeshRequirements, 'mesh'>> = {
  yes: 'met',
  partial: 'partial',
  'via-addon': 'viaAddon',
  no: 'missing',
  unknown: 'missing',
};

/** Counts, per mesh, how the needed features are supported. Unknown ids are skipped. */
export function requirementsSummary(
  features: readonly MatrixItem[],
  need: readonly string[],
  meshes: readonly string[],
): RequirementsSummary {
  const byId = new Map(features.map((item) => [item.id, item]));
  const needed = [...new Set(need)].flatMap((id) => byId.get(id) ?? []);
  return {
    total: needed.length,
    meshes: meshes.map((mesh) => {
      const counts: MeshRequirements = { mesh, met: 0, partial: 0, viaAddon: 0, missing: 0 };
      for (const item of needed) {
        const support = item.cells[mesh]?.support;
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
