// The data the matrix script reads from a <script type="application/json"> element. Text the page already shows
// (feature names, descriptions, category names, cell summaries) is not repeated here: the script reads it from
// the rows (withPageText), which keeps /matrix/ within its HTML budget.
import type { KnownProduct, MatrixCell, MatrixItem } from './types';

/** A cell as embedded: support, and since/history for the as-of view; the summary comes from the page. */
export type ClientCell = Omit<MatrixCell, 'summary'>;

export interface ClientFeature {
  id: string;
  category: string;
  keywords: string[];
  cells: Partial<Record<string, ClientCell>>;
}

export interface MatrixClientData {
  meshes: { id: string; name: string; product: string }[];
  /** Products with their minor releases, oldest first. */
  products: (KnownProduct & { name: string })[];
  categories: string[];
  features: ClientFeature[];
}

/** What the page shows of one feature, read from its row. */
export interface PageText {
  name: string;
  description: string;
  categoryName?: string;
  summaries: Partial<Record<string, string>>;
}

/** A feature as the filters need it: the embedded data plus the text read from the page. */
export function withPageText(feature: ClientFeature, text: PageText): MatrixItem {
  const cells: Partial<Record<string, MatrixCell>> = {};
  for (const [mesh, cell] of Object.entries(feature.cells)) {
    if (cell) cells[mesh] = { ...cell, summary: text.summaries[mesh] ?? '' };
  }
  return { ...feature, name: text.name, description: text.description, categoryName: text.categoryName, cells };
}

interface ColumnInput {
  id: string;
  name: string;
  product?: string;
  productName?: string;
}

/** A cell with only what filters and the as-of view read; `since: earlier` and empty history are left out. */
function clientCell(cell: MatrixCell): ClientCell {
  const out: ClientCell = { support: cell.support };
  if (cell.since && cell.since !== 'earlier') out.since = cell.since;
  if (cell.history && cell.history.length > 0) out.history = cell.history.map(({ from, support, summary }) => ({ from, support, summary }));
  return out;
}

/** Keeps only what the filters read, so the embedded JSON stays small. */
export function toClientData(
  meshes: readonly ColumnInput[],
  categories: readonly { id: string; name?: string }[],
  features: readonly MatrixItem[],
  releases: readonly { product: string; version: string }[] = [],
  compare: (a: string, b: string) => number = () => 0,
): MatrixClientData {
  const products = new Map<string, string>();
  for (const mesh of meshes)
    if (!products.has(mesh.product ?? mesh.id)) products.set(mesh.product ?? mesh.id, mesh.productName ?? mesh.name);
  return {
    meshes: meshes.map(({ id, name, product }) => ({ id, name, product: product ?? id })),
    products: [...products].map(([id, name]) => ({
      id,
      name,
      versions: releases
        .filter((release) => release.product === id)
        .map((release) => release.version)
        .sort(compare),
    })),
    categories: categories.map(({ id }) => id),
    features: features.map(({ id, category, keywords, cells }) => ({
      id,
      category,
      keywords: [...keywords],
      cells: Object.fromEntries(
        meshes.flatMap((mesh) => {
          const cell = cells[mesh.id];
          return cell ? [[mesh.id, clientCell(cell)]] : [];
        }),
      ),
    })),
  };
}

/** JSON safe inside a <script> element: "<", ">", "&" and line separators are escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Reads and checks the embedded data; returns undefined when it is missing or malformed. */
export function readClientData(text: string | null | undefined): MatrixClientData | undefined {
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Partial<MatrixClientData>;
    if (!Array.isArray(data.meshes) || !Array.isArray(data.categories) || !Array.isArray(data.features)) return undefined;
    return { products: [], ...data } as MatrixClientData;
  } catch {
    return undefined;
  }
}
