import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category, Feature, Mesh, Source } from '../../src/lib/content/schemas';
import { jsonForScript, readClientData, toClientData, withPageText } from '../../src/lib/matrix/client-data';
import { csvField, toCsv } from '../../src/lib/matrix/csv';
import {
  buildMatrixExport,
  csvColumns,
  matrixCsv,
  matrixExportSchema,
  matrixJsonSchema,
  type ExportInput,
} from '../../src/lib/matrix/export';
import { schemaValidator } from '../ajv';
import { parseCsv } from '../csv';
import { fixtureMesh } from '../fixtures/content';

const mesh = (id: string, name: string): Mesh => fixtureMesh(id, { name });

const sources: Source[] = [
  { id: 'doc-a', title: 'Doc A', url: 'https://example.org/a', publisher: 'Example', kind: 'official-docs', accessed: '2026-10-01' },
  { id: 'bench-b', title: 'Bench, "B"', url: 'https://example.org/b?x=1,2', publisher: 'Lab', kind: 'benchmark', accessed: '2026-09-01' },
];
const categories: Category[] = [
  { id: 'traffic', name: 'Traffic', description: 'Routing.' },
  { id: 'security', name: 'Security', description: 'mTLS.' },
];
const features: Feature[] = [
  {
    id: 'automatic-mtls',
    category: 'security',
    name: 'Automatic mTLS',
    description: 'Encrypts traffic.',
    keywords: ['tls'],
    cells: {
      alpha: {
        support: 'yes',
        summary: 'On by default.',
        sources: ['doc-a'],
        verified: '2026-10-30',
        since: 'earlier',
        verifiedRelease: '1.0',
      },
      beta: {
        support: 'partial',
        summary: '=SUM(A1:A2), "quoted"',
        notes: 'Line one.\nLine two, with a comma.',
        since: '2.14',
        history: [{ from: 'earlier', support: 'no', summary: 'None.', sources: ['doc-a'] }],
        sources: ['doc-a', 'bench-b'],
        verified: '2026-10-29',
        verifiedRelease: '2.14',
      },
    },
  },
  {
    id: 'retries',
    category: 'traffic',
    name: 'Retries',
    description: 'Retries failed requests.',
    keywords: [],
    cells: {
      alpha: {
        support: 'yes',
        summary: '+1 retry budget',
        sources: ['bench-b'],
        verified: '2026-10-02',
        since: 'earlier',
        verifiedRelease: '1.0',
      },
      beta: {
        support: 'no',
        summary: '@mention-like text',
        sources: ['doc-a'],
        verified: '2026-10-02',
        since: 'earlier',
        verifiedRelease: '1.0',
      },
    },
  },
];
const releases = [
  { product: 'alpha', version: '1.0', released: '2026-01-01', changes: [], sources: ['doc-a'] },
  { product: 'beta', version: '2.14', released: '2026-01-01', changes: [], sources: ['doc-a'] },
];
const input: ExportInput = { meshes: [mesh('alpha', 'Alpha'), mesh('beta', 'Beta')], categories, features, sources, releases };
const urls = {
  schema: 'https://site.example/matrix.schema.json',
  feature: (id: string) => `https://site.example/features/${id}/`,
};

describe('buildMatrixExport', () => {
  const matrix = buildMatrixExport(input, urls);

  it('is valid against its own zod schema', () => {
    expect(matrixExportSchema.safeParse(matrix).success).toBe(true);
  });

  it('orders features by category, resolves sources and links feature pages', () => {
    expect(matrix.features.map((f) => f.id)).toEqual(['retries', 'automatic-mtls']);
    expect(matrix.features[1]!.cells.beta!.sources.map((s) => s.title)).toEqual(['Doc A', 'Bench, "B"']);
    expect(matrix.features[0]!.url).toBe('https://site.example/features/retries/');
    expect(matrix.$schema).toBe(urls.schema);
  });

  it('dates the export from the data, not the clock', () => {
    expect(matrix.generatedAt).toBe('2026-10-30');
    expect(buildMatrixExport(input, urls)).toEqual(matrix);
  });

  it('lists the support levels with labels and meanings', () => {
    expect(matrix.supportLevels.map((level) => level.id)).toEqual(['yes', 'partial', 'via-addon', 'no', 'unknown']);
    expect(matrix.supportLevels.every((level) => level.label && level.meaning)).toBe(true);
  });

  it('fails loudly on an unknown source id', () => {
    const broken = { ...input, sources: sources.slice(0, 1) };
    expect(() => buildMatrixExport(broken, urls)).toThrow(/unknown source id "bench-b"/);
  });

  it('is valid against the published JSON Schema (Ajv)', () => {
    expect(schemaValidator(matrixJsonSchema(urls.schema))(matrix)).toEqual([]);
  });

  it('is rejected by the schema when a field is wrong', () => {
    const bad = structuredClone(matrix) as unknown as { features: { cells: Record<string, { support: string }> }[] };
    bad.features[0]!.cells.alpha!.support = 'maybe';
    expect(matrixExportSchema.safeParse(bad).success).toBe(false);
    expect(schemaValidator(matrixJsonSchema(urls.schema))(bad)).toEqual([
      expect.stringMatching(/^\/features\/0\/cells\/alpha\/support must be equal to one of the allowed values/),
    ]);
  });
});

describe('matrixJsonSchema', () => {
  it('is draft 2020-12 with an $id and closed objects', () => {
    const schema = matrixJsonSchema(urls.schema) as { $schema: string; $id: string; additionalProperties: boolean; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(urls.schema);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['$schema', 'generatedAt', 'meshes', 'categories', 'features']));
  });
});

describe('CSV', () => {
  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('');
  });

  it('neutralises formula-like cells', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes CRLF rows that parse back (random fields)', () => {
    const alphabet = ['a', 'Z', ' ', ',', '"', '\n', '\r', '\r\n', '=', '+', '-', '@', 'é', '😀', "'", ';'];
    const field = fc.array(fc.constantFrom(...alphabet), { maxLength: 7 }).map((parts) => parts.join(''));
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(rows, (rows) => {
        const text = toCsv(rows);
        expect(text.endsWith('\r\n')).toBe(true);
        const expected = rows.map((row) => row.map((field) => (/^[=+\-@\t\r]/.test(field) ? `'${field}` : field)));
        expect(parseCsv(text)).toEqual(expected);
      }),
      { numRuns: 300, seed: 4180 },
    );
  });

  it('the test CSV reader rejects malformed quoting and bare line breaks', () => {
    expect(() => parseCsv('"open\r\n')).toThrow(/Quote Not Closed/);
    expect(() => parseCsv('a"b\r\n')).toThrow(/Invalid Opening Quote/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/Invalid Closing Quote/);
    expect(() => parseCsv('a\nb\r\n')).toThrow(/bare CR or LF/);
    expect(() => parseCsv('a\rb\r\n')).toThrow(/bare CR or LF/);
    expect(parseCsv('a,""\r\n""')).toEqual([['a', ''], ['']]);
  });

  it('exports one row per feature and mesh under a header', () => {
    const rows = parseCsv(matrixCsv(buildMatrixExport(input, urls)));
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(1 + features.length * 2);
    const byKey = new Map(rows.slice(1).map((row) => [`${row[0]}/${row[4]}`, row]));
    const beta = byKey.get('automatic-mtls/beta')!;
    expect(beta[csvColumns.indexOf('summary')]).toBe('\'=SUM(A1:A2), "quoted"');
    expect(beta[csvColumns.indexOf('notes')]).toBe('Line one.\nLine two, with a comma.');
    expect(beta[csvColumns.indexOf('source_ids')]).toBe('doc-a bench-b');
    expect(byKey.get('retries/beta')![csvColumns.indexOf('summary')]).toBe("'@mention-like text");
    expect(byKey.get('retries/alpha')![csvColumns.indexOf('mesh_name')]).toBe('Alpha');
  });
});

describe('client data', () => {
  it('keeps only what the filters need', () => {
    const data = toClientData(input.meshes, categories, features, releases);
    expect(data.meshes).toEqual([
      { id: 'alpha', name: 'Alpha', product: 'alpha' },
      { id: 'beta', name: 'Beta', product: 'beta' },
    ]);
    expect(data.products).toEqual([
      { id: 'alpha', name: 'Alpha', versions: ['1.0'] },
      { id: 'beta', name: 'Beta', versions: ['2.14'] },
    ]);
    expect(data.categories).toEqual(['traffic', 'security']);
    // since and history drive the as-of view; sources and dates stay on the server-rendered page.
    // Text the page already shows (names, descriptions, summaries) is read from the rows, not embedded twice.
    expect(data.features[0]).toEqual({
      id: 'automatic-mtls',
      category: 'security',
      keywords: ['tls'],
      cells: {
        alpha: { support: 'yes' },
        beta: { support: 'partial', since: '2.14', history: [{ from: 'earlier', support: 'no', summary: 'None.' }] },
      },
    });
    const item = withPageText(data.features[0]!, {
      name: 'Automatic mTLS',
      description: 'Encrypts.',
      categoryName: 'Security',
      summaries: { alpha: 'On.', beta: 'Partly.' },
    });
    expect(item.cells.beta).toEqual({
      support: 'partial',
      summary: 'Partly.',
      since: '2.14',
      history: [{ from: 'earlier', support: 'no', summary: 'None.' }],
    });
    expect(item).toMatchObject({ name: 'Automatic mTLS', categoryName: 'Security' });
  });

  it('escapes JSON so it cannot end the script element', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script> & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script> & \u2028' });
  });

  it('readClientData returns undefined for missing or malformed data', () => {
    expect(readClientData(null)).toBeUndefined();
    expect(readClientData('{not json')).toBeUndefined();
    expect(readClientData('{"meshes": []}')).toBeUndefined();
    expect(readClientData('{"meshes": [], "categories": [], "features": []}')).toEqual({
      products: [],
      meshes: [],
      categories: [],
      features: [],
    });
  });
});
