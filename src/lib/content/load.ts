// Reads content/*.yaml from disk and validates it. Used by content collections, exports and tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ContentError, validateContent, type RawFile } from './validate';
import type { Dataset } from './schemas';

function readYaml(root: string, path: string): RawFile {
  const relPath = relative(root, path) || path;
  try {
    return { path: relPath, data: parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    throw new ContentError([`${relPath}: (file): ${(error as Error).message}`]);
  }
}

/** The content folder: CONTENT_DIR (used by the scale benchmark) or ./content. */
export function contentDir(root: string = process.cwd()): string {
  return process.env.CONTENT_DIR ?? join(root, 'content');
}

/** Loads and validates every data file under the content folder. */
export function loadDataset(root: string = process.cwd(), dir: string = contentDir(root)): Dataset {
  const yamlFilesIn = (folder: string) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => name.endsWith('.yaml'))
          .sort()
          .map((name) => readYaml(root, join(folder, name)))
      : [];
  const optional = (name: string): RawFile => (existsSync(join(dir, name)) ? readYaml(root, join(dir, name)) : { path: name, data: [] });
  return validateContent({
    meshes: readYaml(root, join(dir, 'meshes.yaml')),
    sources: [readYaml(root, join(dir, 'sources.yaml')), ...yamlFilesIn(join(dir, 'sources'))],
    categories: readYaml(root, join(dir, 'categories.yaml')),
    overhead: readYaml(root, join(dir, 'overhead.yaml')),
    releases: optional('releases.yaml'),
    changes: optional('changes.yaml'),
    features: yamlFilesIn(join(dir, 'features')),
  });
}

let cached: Dataset | undefined;

/** The project's dataset, loaded once per process. */
export function getDataset(): Dataset {
  cached ??= loadDataset();
  return cached;
}
