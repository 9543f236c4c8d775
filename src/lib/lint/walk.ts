// Walks the dataset with the file and field of each item, so every rule reports "file: field: message" alike.
import { citedIdsInMdx } from '../citations';
import type { Cell, Dataset, Feature, Figure, Overhead } from '../content/schemas';
import type { LintContext } from './types';

export interface At {
  file: string;
  field: string;
}

/** A feature's file and field, e.g. content/features/traffic.yaml + features[3]. */
export function featureAt(ctx: LintContext, feature: Pick<Feature, 'id' | 'category'>): At {
  const at = ctx.files.features.get(feature.id);
  return at
    ? { file: at.file, field: `features[${at.index}]` }
    : { file: `content/features/${feature.category}.yaml`, field: `features[id=${feature.id}]` };
}

/** A source's file and field, e.g. content/sources/overhead.yaml + [4]. */
export function sourceAt(ctx: LintContext, id: string): At {
  const at = ctx.files.sources.get(id);
  return at ? { file: at.file, field: `[${at.index}]` } : { file: 'content/sources.yaml', field: `[id=${id}]` };
}

export interface CellRef extends At {
  feature: Feature;
  meshId: string;
  cell: Cell;
}

/** Every cell of every feature; `field` is e.g. features[3].cells.istio. */
export function cellsOf(dataset: Dataset, ctx: LintContext): CellRef[] {
  return dataset.features.flatMap((feature) => {
    const at = featureAt(ctx, feature);
    return Object.entries(feature.cells).map(([meshId, cell]) => ({
      file: at.file,
      field: `${at.field}.cells.${meshId}`,
      feature,
      meshId,
      cell,
    }));
  });
}

export interface FigureRef extends At {
  entry: Overhead;
  figure: Figure;
  /** `presets.low` or `measurements[2]`. */
  name: string;
  preset: boolean;
}

/** Every preset and measurement of every overhead entry; `field` is e.g. [0].presets.low. */
export function figuresOf(dataset: Dataset, ctx: LintContext): FigureRef[] {
  return dataset.overhead.flatMap((entry, index) => [
    ...Object.entries(entry.presets).map(([name, figure]) => ({
      file: ctx.files.overhead,
      field: `[${index}].presets.${name}`,
      entry,
      figure,
      name: `presets.${name}`,
      preset: true,
    })),
    ...entry.measurements.map((figure, i) => ({
      file: ctx.files.overhead,
      field: `[${index}].measurements[${i}]`,
      entry,
      figure,
      name: `measurements[${i}]`,
      preset: false,
    })),
  ]);
}

export interface CitationList extends At {
  ids: string[];
  /** evidence: data claims (cells, figures, meshes, releases, changes); article: MDX <Cite> tags. */
  kind: 'evidence' | 'article';
}

/** Every list of cited source ids in the data and the articles; `field` ends in `.sources`. */
export function citationLists(dataset: Dataset, ctx: LintContext): CitationList[] {
  const lists: CitationList[] = [];
  const add = (file: string, field: string, ids: string[], kind: CitationList['kind'] = 'evidence') =>
    lists.push({ file, field, ids, kind });
  dataset.meshes.forEach((mesh, i) => add(ctx.files.meshes, `[${i}].sources`, mesh.sources));
  for (const { file, field, cell } of cellsOf(dataset, ctx)) {
    add(file, `${field}.sources`, cell.sources);
    cell.history?.forEach((entry, i) => add(file, `${field}.history[${i}].sources`, entry.sources));
  }
  for (const { file, field, figure } of figuresOf(dataset, ctx)) add(file, `${field}.sources`, figure.sources);
  dataset.releases.forEach((release, i) => {
    add(ctx.files.releases, `[${i}].sources`, release.sources);
    release.changes.forEach((change, j) => add(ctx.files.releases, `[${i}].changes[${j}].sources`, change.sources));
  });
  dataset.changes.forEach((change, i) => add(ctx.files.changes, `[${i}].sources`, change.sources));
  for (const article of ctx.articles) add(article.file, '<Cite ids>', citedIdsInMdx(article.body), 'article');
  return lists;
}
