// Checks the built exports (/matrix.json against /matrix.schema.json, /matrix.csv) and the matrix page's data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/content/load';
import { csvColumns, matrixExportSchema, type MatrixExport } from '../../src/lib/matrix/export';
import { latestDate } from '../../src/lib/matrix/summary';
import { createAjv, schemaValidator } from '../ajv';
import { parseCsv } from '../csv';
import { builtDom, distDir } from './dist';

type Schema = Record<string, unknown>;

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const dataset = loadDataset();
const json = JSON.parse(read('matrix.json')) as MatrixExport;
const schema = JSON.parse(read('matrix.schema.json')) as Schema;
/** The built file for a site URL path (the base path, if any, is not part of dist/). */
const basePath = new URL(json.$schema).pathname.replace(/matrix\.schema\.json$/, '');
const distPath = (urlPath: string) => urlPath.slice(basePath.length);

const validate = schemaValidator(schema);

describe('validator', () => {
  it('catches a wrong type, a missing field, an extra field and a bad enum value, readably', () => {
    const broken = structuredClone(json) as unknown as Record<string, unknown> & { features: Record<string, unknown>[] };
    broken.features[0]!.name = 42;
    delete broken.features[0]!.description;
    broken.extra = true;
    (broken.supportLevels as { id: string }[])[0]!.id = 'maybe';
    const errors = validate(broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        '/features/0/name must be string',
        "/features/0 must have required property 'description'",
        '/ must NOT have additional properties ("extra")',
        expect.stringMatching(/^\/supportLevels\/0\/id must be equal to one of the allowed values \("yes", /),
      ]),
    );
  });

  it('rejects a schema keyword or format it does not know, so a schema change cannot pass silently', () => {
    expect(() => createAjv().compile({ ...schema, maxWidgets: 3 })).toThrow(/unknown keyword: "maxWidgets"/);
    expect(() => createAjv().compile({ type: 'string', format: 'no-such-format' })).toThrow(/unknown format "no-such-format"/);
  });
});

describe('/matrix.json', () => {
  it('points to a draft 2020-12 schema that it satisfies', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(new URL(json.$schema).pathname).toMatch(/\/matrix\.schema\.json$/);
    expect(schema.$id).toBe(json.$schema);
    expect(validate(json)).toEqual([]);
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
  const raw = read('matrix.csv');
  const text = raw.replace(/^\uFEFF/, '');
  const rows = parseCsv(text);

  it('starts with a UTF-8 byte-order mark, so Excel reads it as UTF-8', () => {
    expect(raw.charCodeAt(0)).toBe(0xfeff);
  });

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
  const dom = builtDom('matrix/index.html');

  it('renders a row with a permalink for every feature', () => {
    const rowIds = new Set(dom.querySelectorAll('tr[id]').map((row) => row.id));
    const links = new Set(dom.querySelectorAll('a[href]').map((a) => a.getAttribute('href')));
    for (const feature of dataset.features) {
      expect(rowIds, feature.id).toContain(feature.id);
      expect(links, feature.id).toContain(`#${feature.id}`);
    }
  });

  it('embeds filter data that cannot break out of its script element', () => {
    const script = dom.querySelector('script#matrix-data');
    expect(script).not.toBeNull();
    expect(script!.getAttribute('type')).toBe('application/json');
    // The raw text up to the first </script>: a "<" in it could close the element early.
    const text = script!.rawText;
    expect(text).not.toMatch(/</);
    const data = JSON.parse(text) as { features: { id: string }[] };
    expect(data.features.map((f) => f.id).sort()).toEqual(dataset.features.map((f) => f.id).sort());
  });
});
