// Validates raw content files into a typed Dataset. Every problem names the file and field.
import { z } from 'zod';
import {
  categorySchema,
  featureFileSchema,
  meshSchema,
  overheadSchema,
  sourceSchema,
  type Dataset,
  type Feature,
  type Overhead,
} from './schemas';

/** A parsed content file: its path relative to the project, and its data. */
export interface RawFile {
  path: string;
  data: unknown;
}

export interface RawContent {
  meshes: RawFile;
  sources: RawFile;
  categories: RawFile;
  overhead: RawFile;
  features: RawFile[];
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** Parses `file` with `schema`, pushing "file: field: message" lines on failure. */
function parseFile<T>(file: RawFile, schema: z.ZodType<T>, problems: string[], prefix: PropertyKey[] = []): T | undefined {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = fieldPath([...prefix, ...issue.path]);
    problems.push(`${file.path}: ${where || '(root)'}: ${issue.message}`);
  }
  return undefined;
}

/** Parses a top-level list item by item, so one bad entry does not hide the others. */
function parseList<T>(file: RawFile, schema: z.ZodType<T>, problems: string[]): T[] {
  if (!Array.isArray(file.data) || file.data.length === 0) {
    problems.push(`${file.path}: (root): must be a non-empty list`);
    return [];
  }
  return file.data.flatMap((item, index) => {
    const parsed = parseFile({ path: file.path, data: item }, schema, problems, [index]);
    return parsed === undefined ? [] : [parsed];
  });
}

/** Ids declared in a list file, valid entries or not, so references to them do not cascade. */
function declaredIds(file: RawFile): string[] {
  if (!Array.isArray(file.data)) return [];
  return file.data.flatMap((item) =>
    item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : [],
  );
}

function checkUniqueIds(file: string, field: string, items: { id: string }[], problems: string[]) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push(`${file}: ${field}[${index}].id: duplicate id "${item.id}"`);
    seen.add(item.id);
  });
}

function checkSourceIds(where: string, ids: string[], known: Set<string>, problems: string[]) {
  ids.forEach((id, index) => {
    if (!known.has(id)) problems.push(`${where}.sources[${index}]: unknown source id "${id}"`);
  });
}

function checkFeature(
  file: string,
  index: number,
  feature: Feature,
  refs: { meshes: string[]; sources: Set<string>; categories: Set<string> },
  problems: string[],
) {
  const at = `${file}: features[${index}]`;
  if (!refs.categories.has(feature.category)) {
    problems.push(`${at}.category: unknown category "${feature.category}"`);
  }
  for (const meshId of Object.keys(feature.cells)) {
    if (!refs.meshes.includes(meshId)) problems.push(`${at}.cells.${meshId}: unknown mesh "${meshId}"`);
  }
  for (const meshId of refs.meshes) {
    const cell = feature.cells[meshId];
    if (!cell) {
      problems.push(`${at}.cells.${meshId}: missing cell for mesh "${meshId}"`);
      continue;
    }
    checkSourceIds(`${at}.cells.${meshId}`, cell.sources, refs.sources, problems);
  }
}

function checkOverhead(
  file: string,
  index: number,
  entry: Overhead,
  refs: { meshes: string[]; sources: Set<string> },
  problems: string[],
) {
  const at = `${file}: [${index}]`;
  if (!refs.meshes.includes(entry.mesh)) problems.push(`${at}.mesh: unknown mesh "${entry.mesh}"`);
  for (const [name, figure] of Object.entries(entry.presets)) {
    checkSourceIds(`${at}.presets.${name}`, figure.sources, refs.sources, problems);
  }
  entry.measurements.forEach((figure, i) =>
    checkSourceIds(`${at}.measurements[${i}]`, figure.sources, refs.sources, problems),
  );
  const { low, typical, high } = entry.presets;
  if (!(low.mb <= typical.mb && typical.mb <= high.mb)) {
    problems.push(`${at}.presets: low <= typical <= high does not hold (${low.mb}, ${typical.mb}, ${high.mb})`);
  }
}

/** Validates all content; throws one ContentError listing every problem found. */
export function validateContent(raw: RawContent): Dataset {
  const problems: string[] = [];
  const meshes = parseList(raw.meshes, meshSchema, problems);
  const sources = parseList(raw.sources, sourceSchema, problems);
  const categories = parseList(raw.categories, categorySchema, problems);
  const overhead = Array.isArray(raw.overhead.data) && raw.overhead.data.length === 0 ? [] : parseList(raw.overhead, overheadSchema, problems);

  checkUniqueIds(raw.meshes.path, '', meshes, problems);
  checkUniqueIds(raw.sources.path, '', sources, problems);
  checkUniqueIds(raw.categories.path, '', categories, problems);
  checkUniqueIds(raw.overhead.path, '', overhead, problems);

  const refs = {
    meshes: declaredIds(raw.meshes),
    sources: new Set(declaredIds(raw.sources)),
    categories: new Set(declaredIds(raw.categories)),
  };
  meshes.forEach((mesh, index) =>
    checkSourceIds(`${raw.meshes.path}: [${index}]`, mesh.sources, refs.sources, problems),
  );
  overhead.forEach((entry, index) => checkOverhead(raw.overhead.path, index, entry, refs, problems));

  const features: Feature[] = [];
  const featureFiles = new Map<string, string>();
  for (const file of raw.features) {
    const parsed = parseFile(file, featureFileSchema, problems);
    parsed?.features.forEach((feature, index) => {
      const firstFile = featureFiles.get(feature.id);
      if (firstFile) {
        problems.push(`${file.path}: features[${index}].id: duplicate feature id "${feature.id}" (first in ${firstFile})`);
        return;
      }
      featureFiles.set(feature.id, file.path);
      checkFeature(file.path, index, feature, refs, problems);
      features.push(feature);
    });
  }

  if (problems.length > 0) throw new ContentError(problems);
  return { meshes, sources, categories, features, overhead };
}
