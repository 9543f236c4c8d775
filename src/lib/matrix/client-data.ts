// The data the matrix script reads from a <script type="application/json"> element.
import type { MatrixItem } from './types';

export interface MatrixClientData {
  meshes: { id: string; name: string }[];
  categories: string[];
  features: MatrixItem[];
}

/** Keeps only what the filters read, so the embedded JSON stays small. */
export function toClientData(
  meshes: readonly { id: string; name: string }[],
  categories: readonly { id: string }[],
  features: readonly MatrixItem[],
): MatrixClientData {
  return {
    meshes: meshes.map(({ id, name }) => ({ id, name })),
    categories: categories.map(({ id }) => id),
    features: features.map(({ id, category, name, description, keywords, cells }) => ({
      id,
      category,
      name,
      description,
      keywords: [...keywords],
      cells: Object.fromEntries(
        meshes.flatMap((mesh) => {
          const cell = cells[mesh.id];
          return cell ? [[mesh.id, { support: cell.support, summary: cell.summary }]] : [];
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
    return data as MatrixClientData;
  } catch {
    return undefined;
  }
}
