// Pure citation indexing: which claims cite each source, and who reports which figure.
import { kindRoles } from './figure-vocabulary';
import { columnVersion } from './releases';
import type { Dataset, Figure, Overhead, PresetName, Source, SupportLevel } from './content/schemas';

/** Where overhead figures and mesh facts are shown on the site (paths relative to the base). */
export const overheadArticlePath = 'articles/resource-overhead/';
export const meshFactsArticlePath = 'articles/releases/';

/** Stable fragment ids used by the article components and the Sources page. */
export const overheadAnchor = (overheadId: string) => `overhead-${overheadId}`;
export const meshAnchor = (meshId: string) => `mesh-${meshId}`;

export interface FeatureCellClaim {
  kind: 'feature-cell';
  featureId: string;
  featureName: string;
  meshId: string;
  meshName: string;
  support: SupportLevel;
  summary: string;
  /** Path relative to the site base, e.g. `features/rate-limiting/#linkerd`. */
  href: string;
}

export interface OverheadFigureClaim {
  kind: 'overhead-figure';
  overheadId: string;
  label: string;
  meshId: string;
  meshName: string;
  figure: Figure;
  /** Calculator presets that use this exact figure (empty for a plain measurement). */
  presets: PresetName[];
  href: string;
}

export interface MeshFactClaim {
  kind: 'mesh';
  meshId: string;
  meshName: string;
  version: string;
  href: string;
}

export interface ReleaseClaim {
  kind: 'release';
  product: string;
  version: string;
  href: string;
}

export interface ArticleClaim {
  kind: 'article';
  slug: string;
  title: string;
  href: string;
}

export type Claim = FeatureCellClaim | OverheadFigureClaim | MeshFactClaim | ReleaseClaim | ArticleClaim;

/** Stable fragment id of a release on the releases page, e.g. `istio-1-31`. */
export const releaseAnchor = (product: string, version: string) => `${product}-${version.replace(/\./g, '-')}`;

/** An article as the indexer needs it: its slug, title and MDX source. */
export interface ArticleRef {
  slug: string;
  title: string;
  body: string;
}

/**
 * Source ids an MDX body cites through `<Cite ids={[...]} />`.
 * Each id is returned once, in order of first appearance.
 */
export function citedIdsInMdx(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(/<Cite\b[^>]*?\bids=\{\s*\[([^\]]*)\]\s*\}/g)) {
    for (const quoted of (match[1] ?? '').matchAll(/['"]([^'"]+)['"]/g)) {
      const id = quoted[1]!;
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

function figureKey(figure: Figure): string {
  return JSON.stringify([figure.mb, figure.unit, figure.kind, figure.version, figure.conditions, [...figure.sources].sort()]);
}

/**
 * Every figure of an overhead entry once: the measurements first, then presets that are not
 * also measurements. Presets that repeat a measurement are recorded on it.
 */
export function uniqueFigures(entry: Overhead): { figure: Figure; presets: PresetName[] }[] {
  const out: { figure: Figure; presets: PresetName[] }[] = [];
  const byKey = new Map<string, { figure: Figure; presets: PresetName[] }>();
  const add = (figure: Figure, preset?: PresetName) => {
    const key = figureKey(figure);
    let item = byKey.get(key);
    if (!item) {
      item = { figure, presets: [] };
      byKey.set(key, item);
      out.push(item);
    }
    if (preset && !item.presets.includes(preset)) item.presets.push(preset);
  };
  entry.measurements.forEach((figure) => add(figure));
  (['low', 'typical', 'high'] as const).forEach((name) => add(entry.presets[name], name));
  return out;
}

/**
 * Indexes every claim in the dataset (and, optionally, the articles) by the source ids it cites.
 * Every source gets an entry, possibly empty; unknown ids in articles are reported as errors.
 */
export function indexCitations(dataset: Dataset, articles: ArticleRef[] = []): Map<string, Claim[]> {
  const index = new Map<string, Claim[]>(dataset.sources.map((source) => [source.id, []]));
  const meshNames = new Map(dataset.meshes.map((mesh) => [mesh.id, mesh.name]));
  const cite = (ids: string[], claim: Claim, where: string) => {
    for (const id of new Set(ids)) {
      const claims = index.get(id);
      if (!claims) throw new Error(`${where}: unknown source id "${id}"`);
      claims.push(claim);
    }
  };

  for (const mesh of dataset.meshes) {
    const claim: MeshFactClaim = {
      kind: 'mesh',
      meshId: mesh.id,
      meshName: mesh.name,
      version: columnVersion(dataset, mesh),
      href: `${meshFactsArticlePath}#${meshAnchor(mesh.id)}`,
    };
    cite(mesh.sources, claim, `mesh "${mesh.id}"`);
  }

  for (const feature of dataset.features) {
    for (const mesh of dataset.meshes) {
      const cell = feature.cells[mesh.id];
      if (!cell) continue;
      const claim: FeatureCellClaim = {
        kind: 'feature-cell',
        featureId: feature.id,
        featureName: feature.name,
        meshId: mesh.id,
        meshName: mesh.name,
        support: cell.support,
        summary: cell.summary,
        href: `features/${feature.id}/#${mesh.id}`,
      };
      cite(
        [...cell.sources, ...(cell.history ?? []).flatMap((entry) => entry.sources)],
        claim,
        `feature "${feature.id}", mesh "${mesh.id}"`,
      );
    }
  }

  for (const release of dataset.releases) {
    const claim: ReleaseClaim = {
      kind: 'release',
      product: release.product,
      version: release.version,
      href: `releases/#${releaseAnchor(release.product, release.version)}`,
    };
    cite(
      [...release.sources, ...release.changes.flatMap((change) => change.sources)],
      claim,
      `release ${release.product} ${release.version}`,
    );
  }

  for (const entry of dataset.overhead) {
    for (const { figure, presets } of uniqueFigures(entry)) {
      const claim: OverheadFigureClaim = {
        kind: 'overhead-figure',
        overheadId: entry.id,
        label: entry.label,
        meshId: entry.mesh,
        meshName: meshNames.get(entry.mesh) ?? entry.mesh,
        figure,
        presets,
        href: `${overheadArticlePath}#${overheadAnchor(entry.id)}`,
      };
      cite(figure.sources, claim, `overhead "${entry.id}"`);
    }
  }

  for (const article of articles) {
    const claim: ArticleClaim = { kind: 'article', slug: article.slug, title: article.title, href: `articles/${article.slug}/` };
    cite(citedIdsInMdx(article.body), claim, `article "${article.slug}"`);
  }

  return index;
}

/** A figure as text, in the unit its source reported, e.g. "50.64 MiB". */
export function formatFigure(figure: Pick<Figure, 'mb' | 'unit'>): string {
  const value = Number.isInteger(figure.mb) ? String(figure.mb) : String(Number(figure.mb.toFixed(2)));
  return `${value} ${figure.unit}`;
}

/** Figures that describe memory actually used, as opposed to configured requests and limits. */
export const isUsageFigure = (figure: Figure) => kindRoles[figure.kind] === 'usage' || kindRoles[figure.kind] === 'peak';

export interface FigureRange {
  min: Figure;
  max: Figure;
  /** "12 MB" when min and max coincide, else "12 MB – 23 MiB". */
  text: string;
}

/** The lowest and highest usage figure (requests and limits excluded), or undefined if none. */
export function usageRange(figures: Figure[]): FigureRange | undefined {
  const usage = figures.filter(isUsageFigure);
  if (usage.length === 0) return undefined;
  let min = usage[0]!;
  let max = usage[0]!;
  for (const figure of usage) {
    if (figure.mb < min.mb) min = figure;
    if (figure.mb > max.mb) max = figure;
  }
  const text = min.mb === max.mb && min.unit === max.unit ? formatFigure(min) : `${formatFigure(min)} – ${formatFigure(max)}`;
  return { min, max, text };
}

export interface Attribution {
  publisher: string;
  sourceIds: string[];
  /** The publisher's usage figures as a range text, e.g. "40 – 60 MB". */
  text: string;
  count: number;
}

/**
 * Who says what: usage figures grouped by the publisher of their first source, in order of
 * first appearance. A figure citing several sources is attributed to its first one.
 */
export function attributeFigures(figures: Figure[], sources: Pick<Source, 'id' | 'publisher'>[]): Attribution[] {
  const publisherOf = new Map(sources.map((source) => [source.id, source.publisher]));
  const groups = new Map<string, { sourceIds: string[]; figures: Figure[] }>();
  for (const figure of figures.filter(isUsageFigure)) {
    const firstSource = figure.sources[0]!;
    const publisher = publisherOf.get(firstSource);
    if (publisher === undefined) throw new Error(`attributeFigures: unknown source id "${firstSource}"`);
    const group = groups.get(publisher) ?? { sourceIds: [], figures: [] };
    if (!group.sourceIds.includes(firstSource)) group.sourceIds.push(firstSource);
    group.figures.push(figure);
    groups.set(publisher, group);
  }
  return [...groups].map(([publisher, group]) => ({
    publisher,
    sourceIds: group.sourceIds,
    text: usageRange(group.figures)!.text,
    count: group.figures.length,
  }));
}
