// The downloadable matrix: /matrix.json (with its JSON Schema) and /matrix.csv, built from the dataset.
import { z } from 'zod';
import {
  categorySchema,
  cellSchema,
  featureSchema,
  idSchema,
  isoDateSchema,
  meshSchema,
  releaseSchema,
  sourceSchema,
  supportLevels,
  type Category,
  type Feature,
  type Mesh,
  type Release,
  type Source,
} from '../content/schemas';
import { supportLabels } from '../support';
import { toCsv } from './csv';
import { latestDate, supportMeanings } from './summary';

/**
 * Version of the export's shape. 2: cells carry `since`, `history`, `requires` and `verifiedRelease`,
 * Istio ambient is its own column (`istio-ambient`), and `releases` lists every minor release.
 */
export const exportSchemaVersion = 2;

/** A cell with its source ids resolved to full source entries. */
export const exportCellSchema = cellSchema.extend({
  sources: z.array(sourceSchema).min(1),
});

export const exportFeatureSchema = featureSchema.extend({
  url: z.url().describe('The feature page'),
  cells: z.record(idSchema, exportCellSchema),
});

export const matrixExportSchema = z
  .strictObject({
    $schema: z.url(),
    schemaVersion: z.literal(exportSchemaVersion),
    schemaNote: z.string().min(1),
    title: z.string().min(1),
    generatedAt: isoDateSchema.describe('The latest verification or access date in the data'),
    supportLevels: z.array(z.strictObject({ id: z.enum(supportLevels), label: z.string().min(1), meaning: z.string().min(1) })),
    meshes: z.array(meshSchema),
    releases: z.array(releaseSchema),
    categories: z.array(categorySchema),
    features: z.array(exportFeatureSchema),
  })
  .describe('Mesh Compare feature matrix: every feature, every mesh, with sourced cells.');

export type MatrixExport = z.infer<typeof matrixExportSchema>;

export interface ExportInput {
  meshes: readonly Mesh[];
  categories: readonly Category[];
  features: readonly Feature[];
  sources: readonly Source[];
  releases: readonly Release[];
}

export interface ExportUrls {
  /** Absolute URL of /matrix.schema.json. */
  schema: string;
  /** Absolute URL of a feature page. */
  feature: (id: string) => string;
}

/** The JSON export: features in category order, cells in mesh order, sources resolved. */
export function buildMatrixExport(data: ExportInput, urls: ExportUrls): MatrixExport {
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const resolve = (id: string): Source => {
    const source = sources.get(id);
    if (!source) throw new Error(`matrix export: unknown source id "${id}"`);
    return source;
  };
  const categoryOrder = new Map(data.categories.map((category, index) => [category.id, index]));
  const features = [...data.features].sort(
    (a, b) => (categoryOrder.get(a.category) ?? Infinity) - (categoryOrder.get(b.category) ?? Infinity),
  );
  const dates = [
    ...data.sources.map((source) => source.accessed),
    ...features.flatMap((feature) => Object.values(feature.cells).map((cell) => cell.verified)),
  ];
  return {
    $schema: urls.schema,
    schemaVersion: exportSchemaVersion,
    schemaNote:
      'Version 2 adds the istio-ambient column, per-cell since/history/requires/verifiedRelease, and the releases list. ' +
      'A cell as of an older release is the last history entry at or before it.',
    title: 'Mesh Compare feature matrix',
    generatedAt: latestDate(dates),
    supportLevels: supportLevels.map((id) => ({ id, label: supportLabels[id], meaning: supportMeanings[id] })),
    meshes: [...data.meshes],
    releases: [...data.releases],
    categories: [...data.categories],
    features: features.map((feature) => ({
      ...feature,
      url: urls.feature(feature.id),
      cells: Object.fromEntries(
        data.meshes.flatMap((mesh) => {
          const cell = feature.cells[mesh.id];
          return cell ? [[mesh.id, { ...cell, sources: cell.sources.map(resolve) }]] : [];
        }),
      ),
    })),
  };
}

/** JSON Schema (draft 2020-12) of the JSON export. */
export function matrixJsonSchema(schemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(matrixExportSchema, { target: 'draft-2020-12', io: 'output' });
  return { ...schema, $id: schemaUrl, title: 'Mesh Compare feature matrix' };
}

export const csvColumns = [
  'feature_id',
  'feature_name',
  'category_id',
  'category_name',
  'mesh_id',
  'mesh_name',
  'support',
  'summary',
  'notes',
  'since',
  'history',
  'requires',
  'verified',
  'verified_release',
  'source_ids',
  'source_urls',
  'feature_url',
] as const;

/** The CSV export: a header row, then one row per feature and mesh. */
export function matrixCsv(matrix: MatrixExport): string {
  const meshNames = new Map(matrix.meshes.map((mesh) => [mesh.id, mesh.name]));
  const categoryNames = new Map(matrix.categories.map((category) => [category.id, category.name]));
  const rows: string[][] = [[...csvColumns]];
  for (const feature of matrix.features) {
    for (const [meshId, cell] of Object.entries(feature.cells)) {
      rows.push([
        feature.id,
        feature.name,
        feature.category,
        categoryNames.get(feature.category) ?? '',
        meshId,
        meshNames.get(meshId) ?? meshId,
        cell.support,
        cell.summary,
        cell.notes ?? '',
        cell.since,
        (cell.history ?? []).map((entry) => `${entry.from}: ${entry.support}`).join('; '),
        (cell.requires ?? []).join(' '),
        cell.verified,
        cell.verifiedRelease,
        cell.sources.map((source) => source.id).join(' '),
        cell.sources.flatMap((source) => (source.url ? [source.url] : [])).join(' '),
        feature.url,
      ]);
    }
  }
  return toCsv(rows);
}
