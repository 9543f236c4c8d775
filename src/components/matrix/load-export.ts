// Collection data for the matrix, feature pages and exports, in the order of the content files.
// (getCollection returns entries sorted by id; the data files' order is the intended reading order.)
import { getCollection } from 'astro:content';
import { getDataset } from '../../lib/content/load';
import { buildMatrixExport, type ExportInput, type MatrixExport } from '../../lib/matrix/export';
import { withBase } from '../../lib/site';

function byDatasetOrder<T extends { id: string }>(items: T[], order: readonly { id: string }[]): T[] {
  const index = new Map(order.map((item, position) => [item.id, position]));
  return items.sort((a, b) => (index.get(a.id) ?? Infinity) - (index.get(b.id) ?? Infinity));
}

let cached: Promise<ExportInput> | undefined;

/** Meshes, categories, features and sources from the collections, in file order (loaded once per build). */
export function loadMatrixData(): Promise<ExportInput> {
  cached ??= load();
  return cached;
}

async function load(): Promise<ExportInput> {
  const dataset = getDataset();
  const data = <T extends { data: { id: string } }>(entries: T[]) => entries.map((entry) => entry.data as T['data']);
  return {
    meshes: byDatasetOrder(data(await getCollection('meshes')), dataset.meshes),
    categories: byDatasetOrder(data(await getCollection('categories')), dataset.categories),
    features: byDatasetOrder(data(await getCollection('features')), dataset.features),
    sources: byDatasetOrder(data(await getCollection('sources')), dataset.sources),
  };
}

/** The /matrix.json object; URLs are absolute on the configured site. */
export async function loadMatrixExport(site: URL | undefined): Promise<MatrixExport> {
  const absolute = (path: string) => new URL(withBase(path), site ?? 'http://localhost/').href;
  return buildMatrixExport(await loadMatrixData(), {
    schema: absolute('matrix.schema.json'),
    feature: (id) => absolute(`features/${id}/`),
  });
}
