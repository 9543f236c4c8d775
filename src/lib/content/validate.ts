// Validates raw content files into a typed Dataset. Every problem names the file and field.
import { z } from 'zod';
import { compareMinor } from '../versions';
import {
  changeSchema,
  releaseSchema,
  type Cell,
  type Release,
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
  /** sources.yaml, then content/sources/*.yaml in file order. */
  sources: RawFile[];
  categories: RawFile;
  overhead: RawFile;
  releases: RawFile;
  changes: RawFile;
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

/** A list file that may be empty (optional data such as releases or the changes feed). */
function emptyOrList<T>(file: RawFile, schema: z.ZodType<T>, problems: string[]): T[] {
  return Array.isArray(file.data) && file.data.length === 0 ? [] : parseList(file, schema, problems);
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

interface Refs {
  meshes: string[];
  sources: Set<string>;
  categories: Set<string>;
  /** Column id -> the product's minor versions, oldest first. */
  versions: Map<string, string[]>;
}

function checkCellVersions(at: string, cell: Cell, versions: string[] | undefined, problems: string[]) {
  if (!versions || versions.length === 0) return;
  const known = (v: string) => v === 'earlier' || versions.includes(v);
  if (!known(cell.since)) problems.push(`${at}.since: "${cell.since}" is not a release in releases.yaml`);
  if (cell.verifiedRelease && !versions.some((v) => cell.verifiedRelease === v || cell.verifiedRelease.startsWith(`${v}.`))) {
    problems.push(`${at}.verifiedRelease: "${cell.verifiedRelease}" is not a release in releases.yaml`);
  }
  let previous: string | undefined;
  (cell.history ?? []).forEach((entry, i) => {
    if (!known(entry.from)) problems.push(`${at}.history[${i}].from: "${entry.from}" is not a release in releases.yaml`);
    if (previous !== undefined && compareMinor(entry.from, previous) <= 0) {
      problems.push(`${at}.history[${i}].from: history must be in release order, oldest first ("${entry.from}" after "${previous}")`);
    }
    if (compareMinor(entry.from, cell.since) >= 0) {
      problems.push(`${at}.history[${i}].from: "${entry.from}" must be before the cell's since "${cell.since}"`);
    }
    previous = entry.from;
  });
}

function checkFeature(file: string, index: number, feature: Feature, refs: Refs, problems: string[]) {
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
    cell.history?.forEach((entry, i) => checkSourceIds(`${at}.cells.${meshId}.history[${i}]`, entry.sources, refs.sources, problems));
    checkCellVersions(`${at}.cells.${meshId}`, cell, refs.versions.get(meshId), problems);
  }
}

function checkReleases(file: string, releases: Release[], refs: Refs, products: Set<string>, problems: string[]) {
  const seen = new Set<string>();
  releases.forEach((release, index) => {
    const at = `${file}: [${index}]`;
    const key = `${release.product} ${release.version}`;
    if (seen.has(key)) problems.push(`${at}.version: duplicate release "${key}"`);
    seen.add(key);
    if (!products.has(release.product)) problems.push(`${at}.product: unknown product "${release.product}"`);
    checkSourceIds(at, release.sources, refs.sources, problems);
    release.changes.forEach((change, i) => {
      checkSourceIds(`${at}.changes[${i}]`, change.sources, refs.sources, problems);
    });
    if (release.latestPatch && !release.latestPatch.startsWith(`${release.version}.`) && release.latestPatch !== release.version) {
      problems.push(`${at}.latestPatch: "${release.latestPatch}" is not a patch of ${release.version}`);
    }
    if (release.endOfLife && release.endOfLife < release.released) {
      problems.push(`${at}.endOfLife: end of life ${release.endOfLife} is before the release date ${release.released}`);
    }
  });
}

function checkOverhead(file: string, index: number, entry: Overhead, refs: Refs, problems: string[]) {
  const at = `${file}: [${index}]`;
  if (!refs.meshes.includes(entry.mesh)) problems.push(`${at}.mesh: unknown mesh "${entry.mesh}"`);
  for (const [name, figure] of Object.entries(entry.presets)) {
    checkSourceIds(`${at}.presets.${name}`, figure.sources, refs.sources, problems);
  }
  entry.measurements.forEach((figure, i) => checkSourceIds(`${at}.measurements[${i}]`, figure.sources, refs.sources, problems));
  const { low, typical, high } = entry.presets;
  if (!(low.mb <= typical.mb && typical.mb <= high.mb)) {
    problems.push(`${at}.presets: low <= typical <= high does not hold (${low.mb}, ${typical.mb}, ${high.mb})`);
  }
}

/** Validates all content; throws one ContentError listing every problem found. */
export function validateContent(raw: RawContent): Dataset {
  const problems: string[] = [];
  const meshes = parseList(raw.meshes, meshSchema, problems);
  const sources = raw.sources.flatMap((file) => parseList(file, sourceSchema, problems));
  const categories = parseList(raw.categories, categorySchema, problems);
  const overhead = emptyOrList(raw.overhead, overheadSchema, problems);

  checkUniqueIds(raw.meshes.path, '', meshes, problems);
  checkUniqueIds(raw.sources.map((file) => file.path).join(' + '), '', sources, problems);
  checkUniqueIds(raw.categories.path, '', categories, problems);
  checkUniqueIds(raw.overhead.path, '', overhead, problems);

  const releases = emptyOrList(raw.releases, releaseSchema, problems);
  const changes = emptyOrList(raw.changes, changeSchema, problems);
  const products = new Set(meshes.map((mesh) => mesh.product ?? mesh.id));
  const versionsOf = (product: string) =>
    releases
      .filter((release) => release.product === product)
      .map((release) => release.version)
      .sort(compareMinor);
  const refs: Refs = {
    meshes: declaredIds(raw.meshes),
    sources: new Set(raw.sources.flatMap(declaredIds)),
    categories: new Set(declaredIds(raw.categories)),
    versions: new Map(meshes.map((mesh) => [mesh.id, versionsOf(mesh.product ?? mesh.id)])),
  };
  checkReleases(raw.releases.path, releases, refs, products, problems);
  changes.forEach((change, index) => checkSourceIds(`${raw.changes.path}: [${index}]`, change.sources, refs.sources, problems));
  meshes.forEach((mesh, index) => checkSourceIds(`${raw.meshes.path}: [${index}]`, mesh.sources, refs.sources, problems));
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

  const featureIds = new Set(features.map((feature) => feature.id));
  const checkFeatureIds = (where: string, ids: string[] | undefined) =>
    ids?.forEach((id, i) => {
      if (!featureIds.has(id)) problems.push(`${where}.features[${i}]: unknown feature id "${id}"`);
    });
  changes.forEach((change, index) => checkFeatureIds(`${raw.changes.path}: [${index}]`, change.features));
  releases.forEach((release, index) =>
    release.changes.forEach((change, i) => checkFeatureIds(`${raw.releases.path}: [${index}].changes[${i}]`, change.features)),
  );

  if (problems.length > 0) throw new ContentError(problems);
  return { meshes, sources, categories, features, overhead, releases, changes };
}
