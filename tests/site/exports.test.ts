// Checks the built exports (/matrix.json against /matrix.schema.json, /matrix.csv) and the matrix page's data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/content/load';
import { parseCsv } from '../../src/lib/matrix/csv';
import { csvColumns, matrixExportSchema, type MatrixExport } from '../../src/lib/matrix/export';
import { latestDate } from '../../src/lib/matrix/summary';
import { distDir } from './dist';

type Schema = Record<string, unknown>;

const annotations = new Set(['$schema', '$id', 'title', 'description', 'default']);
const supported = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items', 'enum', 'const',
  'pattern', 'minLength', 'minItems', 'format', 'exclusiveMinimum', 'minimum',
]);

/**
 * A small JSON Schema (2020-12) validator for the keywords the export schema uses.
 * An unknown keyword is an error, so a schema change cannot make it pass silently.
 */
function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!annotations.has(key) && !supported.has(key)) errors.push(`${path}: unsupported schema keyword "${key}"`);
  }
  const type = schema.type as string | undefined;
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (type && !(type === actual || (type === 'integer' && Number.isInteger(value)))) {
    return [...errors, `${path}: expected ${type}, got ${actual}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if ('const' in schema && schema.const !== value) errors.push(`${path}: expected const ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && Array.from(value).length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
    if (schema.format === 'uri' && !URL.canParse(value)) errors.push(`${path}: not a URI`);
  }
  if (typeof value === 'number') {
    if (typeof schema.exclusiveMinimum === 'number' && !(value > schema.exclusiveMinimum)) errors.push(`${path}: not > ${schema.exclusiveMinimum}`);
    if (typeof schema.minimum === 'number' && !(value >= schema.minimum)) errors.push(`${path}: not >= ${schema.minimum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, `${path}[${i}]`)));
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!Object.hasOwn(object, key)) errors.push(`${path}: missing required "${key}"`);
    }
    for (const [key, child] of Object.entries(object)) {
      if (schema.propertyNames) errors.push(...validate(schema.propertyNames as Schema, key, `${path}.${key}(name)`));
      if (Object.hasOwn(properties, key)) errors.push(...validate(properties[key]!, child, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property "${key}"`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...validate(schema.additionalProperties as Schema, child, `${path}.${key}`));
    }
  }
  return errors;
}

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const dataset = loadDataset();
const json = JSON.parse(read('matrix.json')) as MatrixExport;
const schema = JSON.parse(read('matrix.schema.json')) as Schema;
/** The built file for a site URL path (the base path, if any, is not part of dist/). */
const basePath = new URL(json.$schema).pathname.replace(/matrix\.schema\.json$/, '');
const distPath = (urlPath: string) => urlPath.slice(basePath.length);

describe('validator', () => {
  it('catches a wrong type, a missing field, an extra field and a bad enum value', () => {
    const broken = structuredClone(json) as unknown as Record<string, unknown> & { features: Record<string, unknown>[] };
    broken.features[0]!.name = 42;
    delete broken.features[0]!.description;
    broken.extra = true;
    (broken.supportLevels as { id: string }[])[0]!.id = 'maybe';
    const errors = validate(schema, broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        '$.features[0].name: expected string, got number',
        '$.features[0]: missing required "description"',
        '$: unexpected property "extra"',
        '$.supportLevels[0].id: "maybe" not in enum',
      ]),
    );
  });
});

describe('/matrix.json', () => {
  it('points to a draft 2020-12 schema that it satisfies', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(new URL(json.$schema).pathname).toMatch(/\/matrix\.schema\.json$/);
    expect(schema.$id).toBe(json.$schema);
    expect(validate(schema, json)).toEqual([]);
  });

  it('round-trips through the zod schema', () => {
    expect(matrixExportSchema.parse(json)).toEqual(json);
  });

  it('holds every feature with a sourced cell for every mesh', () => {
    expect(json.meshes.map((m) => m.id)).toEqual(dataset.meshes.map((m) => m.id));
    expect(json.features.map((f) => f.id).sort()).toEqual(dataset.features.map((f) => f.id).sort());
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const feature of json.features) {
      expect(Object.keys(feature.cells)).toEqual(json.meshes.map((m) => m.id));
      for (const cell of Object.values(feature.cells)) {
        expect(cell.sources.length).toBeGreaterThan(0);
        for (const source of cell.sources) expect(source).toEqual(sources.get(source.id));
      }
      const page = join(distPath(new URL(feature.url).pathname), 'index.html');
      expect(existsSync(join(distDir, page)), page).toBe(true);
    }
  });

  it('is dated from the data', () => {
    const dates = [
      ...dataset.sources.map((s) => s.accessed),
      ...dataset.features.flatMap((f) => Object.values(f.cells).map((c) => c.verified)),
    ];
    expect(json.generatedAt).toBe(latestDate(dates));
  });
});

describe('/matrix.csv', () => {
  const text = read('matrix.csv');
  const rows = parseCsv(text);

  it('is RFC 4180 CSV with a header and one row per feature and mesh', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(1 + json.features.length * json.meshes.length);
    for (const row of rows) expect(row).toHaveLength(csvColumns.length);
  });

  it('agrees with the JSON and has no formula-like cells', () => {
    const column = (name: (typeof csvColumns)[number]) => csvColumns.indexOf(name);
    for (const row of rows.slice(1)) {
      for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
      const feature = json.features.find((f) => f.id === row[column('feature_id')]);
      const cell = feature?.cells[row[column('mesh_id')]!];
      expect(cell, row.join(',')).toBeDefined();
      expect(row[column('support')]).toBe(cell!.support);
      expect(row[column('summary')]!.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(cell!.summary);
      expect(row[column('source_ids')]).toBe(cell!.sources.map((s) => s.id).join(' '));
    }
  });
});

describe('/matrix/ page', () => {
  const html = read('matrix/index.html');

  it('renders a row with a permalink for every feature', () => {
    for (const feature of dataset.features) {
      expect(html).toContain(`<tr id="${feature.id}"`);
      expect(html).toContain(`href="#${feature.id}"`);
    }
  });

  it('embeds filter data that cannot break out of its script element', () => {
    const match = html.match(/<script type="application\/json" id="matrix-data">([\s\S]*?)<\/script>/);
    expect(match).not.toBeNull();
    expect(match![1]).not.toMatch(/</);
    const data = JSON.parse(match![1]!) as { features: { id: string }[] };
    expect(data.features.map((f) => f.id).sort()).toEqual(dataset.features.map((f) => f.id).sort());
  });
});
