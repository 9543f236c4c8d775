// Builds the LintContext: where each feature and source lives, the MDX articles, and today's date.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Dataset } from '../content/schemas';
import type { ArticleText, ContentFiles, LintContext, Location } from './types';

export const todayIso = () => new Date().toISOString().slice(0, 10);

function listed(folder: string, ext: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith(ext))
        .sort()
    : [];
}

/** `id` -> location for every `{ id }` item of a YAML list (for features: of its `features` list). */
function idLocations(path: string, rel: string, pick: (data: unknown) => unknown): Map<string, Location> {
  const out = new Map<string, Location>();
  let items: unknown;
  try {
    items = pick(parse(readFileSync(path, 'utf8')));
  } catch {
    return out;
  }
  if (!Array.isArray(items)) return out;
  items.forEach((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !out.has(id)) out.set(id, { file: rel, index });
  });
  return out;
}

/** Reads file names and ids from a content folder on disk (what `npm run lint:data` uses). */
export function contextFromDisk(dir: string, root: string = process.cwd(), today: string = todayIso()): LintContext {
  const rel = (path: string) => relative(root, path) || path;
  const merge = (maps: Map<string, Location>[]) => {
    const out = new Map<string, Location>();
    for (const map of maps) for (const [id, at] of map) if (!out.has(id)) out.set(id, at);
    return out;
  };
  const featureFiles = listed(join(dir, 'features'), '.yaml').map((name) => join(dir, 'features', name));
  const sourceFiles = [join(dir, 'sources.yaml'), ...listed(join(dir, 'sources'), '.yaml').map((name) => join(dir, 'sources', name))];
  const files: ContentFiles = {
    meshes: rel(join(dir, 'meshes.yaml')),
    categories: rel(join(dir, 'categories.yaml')),
    overhead: rel(join(dir, 'overhead.yaml')),
    releases: rel(join(dir, 'releases.yaml')),
    changes: rel(join(dir, 'changes.yaml')),
    features: merge(featureFiles.map((path) => idLocations(path, rel(path), (data) => (data as { features?: unknown } | null)?.features))),
    sources: merge(sourceFiles.filter(existsSync).map((path) => idLocations(path, rel(path), (data) => data))),
  };
  const articles: ArticleText[] = listed(join(dir, 'articles'), '.mdx').map((name) => ({
    file: rel(join(dir, 'articles', name)),
    body: readFileSync(join(dir, 'articles', name), 'utf8'),
  }));
  return { today, files, articles };
}

/**
 * A context derived from an in-memory dataset (tests): features in content/features/<category>.yaml in
 * dataset order, every source in content/sources.yaml. Override any part.
 */
export function contextFor(
  dataset: Dataset,
  overrides: Partial<Omit<LintContext, 'files'>> & { files?: Partial<ContentFiles> } = {},
): LintContext {
  const perFile = new Map<string, number>();
  const features = new Map<string, Location>();
  for (const feature of dataset.features) {
    const file = `content/features/${feature.category}.yaml`;
    const index = perFile.get(file) ?? 0;
    perFile.set(file, index + 1);
    if (!features.has(feature.id)) features.set(feature.id, { file, index });
  }
  const sources = new Map<string, Location>(dataset.sources.map((source, index) => [source.id, { file: 'content/sources.yaml', index }]));
  return {
    today: overrides.today ?? todayIso(),
    articles: overrides.articles ?? [],
    files: {
      meshes: 'content/meshes.yaml',
      categories: 'content/categories.yaml',
      overhead: 'content/overhead.yaml',
      releases: 'content/releases.yaml',
      changes: 'content/changes.yaml',
      features,
      sources,
      ...overrides.files,
    },
  };
}
