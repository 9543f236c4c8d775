// Matrix data for the matrix, feature pages and exports, in the order of the content files.
import { getDataset } from '../../lib/content/load';
import { buildMatrixExport, type ExportInput, type MatrixExport } from '../../lib/matrix/export';
import { withBase } from '../../lib/site';

/** Meshes, categories, features, sources and releases, in file order (loaded once per build). */
export function loadMatrixData(): ExportInput {
  const { meshes, categories, features, sources, releases } = getDataset();
  return { meshes, categories, features, sources, releases };
}

/** The /matrix.json object; URLs are absolute on the configured site. */
export function loadMatrixExport(site: URL | undefined): MatrixExport {
  const absolute = (path: string) => new URL(withBase(path), site ?? 'http://localhost/').href;
  return buildMatrixExport(loadMatrixData(), {
    schema: absolute('matrix.schema.json'),
    feature: (id) => absolute(`features/${id}/`),
  });
}
