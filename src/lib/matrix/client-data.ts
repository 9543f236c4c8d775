// The data the matrix script reads from a <script type="application/json"> element.
import type { KnownProduct, MatrixCell, MatrixItem } from './types';

export interface MatrixClientData {
  meshes: { id: string; name: string; product: string }[];
  /** Products with their minor releases, oldest first. */
  products: (KnownProduct & { name: string })[];
  categories: string[];
  features: MatrixItem[];
}

interface ColumnInput {
  id: string;
  name: string;
  product?: string;
  productName?: string;
}

/** A cell with only what filters and the as-of view read; `since: earlier` and empty history are left out. */
function clientCell(cell: MatrixCell): MatrixCell {
  const out: MatrixCell = { support: cell.support, summary: cell.summary };
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
  const categoryNames = new Map(categories.map((category) => [category.id, category.name]));
  const products = new Map<string, string>();
  for (const mesh of meshes) if (!products.has(mesh.product ?? mesh.id)) products.set(mesh.product ?? mesh.id, mesh.productName ?? mesh.name);
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
    features: features.map(({ id, category, name, description, keywords, cells }) => ({
      id,
      category,
      ...(categoryNames.get(category) ? { categoryName: categoryNames.get(category) } : {}),
      name,
      description,
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
