import { describe, expect, it } from 'vitest';
import { ContentError, validateContent, type RawContent } from '../../src/lib/content/validate';
import { loadDataset } from '../../src/lib/content/load';
import { fixtureMesh } from '../fixtures/content';

function validRaw(): RawContent {
  const cell = (source = 'doc-a') => ({
    support: 'yes',
    summary: 'Works.',
    since: '1.1',
    sources: [source],
    verified: '2026-10-30',
    verifiedRelease: '1.2',
  });
  const release = (product: string, version: string) => ({ product, version, released: '2026-01-01', sources: ['doc-a'] });
  return {
    meshes: {
      path: 'content/meshes.yaml',
      data: ['alpha', 'beta'].map((id) => fixtureMesh(id)),
    },
    sources: [
      {
        path: 'content/sources.yaml',
        data: [
          {
            id: 'doc-a',
            title: 'Doc A',
            url: 'https://example.org/a',
            publisher: 'Example',
            kind: 'official-docs',
            accessed: '2026-10-30',
          },
        ],
      },
    ],
    releases: {
      path: 'content/releases.yaml',
      data: ['alpha', 'beta'].flatMap((product) => ['1.1', '1.2'].map((v) => release(product, v))),
    },
    changes: { path: 'content/changes.yaml', data: [] },
    categories: { path: 'content/categories.yaml', data: [{ id: 'security', name: 'Security', description: 'Security.' }] },
    overhead: { path: 'content/overhead.yaml', data: [] },
    features: [
      {
        path: 'content/features/security.yaml',
        data: {
          features: [{ id: 'mtls', category: 'security', name: 'mTLS', description: 'Encrypts.', cells: { alpha: cell(), beta: cell() } }],
        },
      },
    ],
  };
}

function problemsOf(raw: RawContent): string[] {
  try {
    validateContent(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected validation to fail');
}

type FeatureData = { features: Array<Record<string, any>> };
const featuresOf = (raw: RawContent) => (raw.features[0]!.data as FeatureData).features;

describe('validateContent', () => {
  it('accepts valid content and returns typed data with defaults', () => {
    const dataset = validateContent(validRaw());
    expect(dataset.features[0]!.keywords).toEqual([]);
    expect(dataset.meshes.map((m) => m.id)).toEqual(['alpha', 'beta']);
  });

  it('names the file and field of an unknown source id', () => {
    const raw = validRaw();
    featuresOf(raw)[0]!.cells.beta.sources = ['nope'];
    expect(problemsOf(raw)).toEqual(['content/features/security.yaml: features[0].cells.beta.sources[0]: unknown source id "nope"']);
  });

  it('names an unknown mesh in a cell and a missing cell', () => {
    const raw = validRaw();
    const cells = featuresOf(raw)[0]!.cells;
    cells.gamma = cells.beta;
    delete cells.beta;
    expect(problemsOf(raw)).toEqual([
      'content/features/security.yaml: features[0].cells.gamma: unknown mesh "gamma"',
      'content/features/security.yaml: features[0].cells.beta: missing cell for mesh "beta"',
    ]);
  });

  it('rejects an unknown support value', () => {
    const raw = validRaw();
    featuresOf(raw)[0]!.cells.alpha.support = 'maybe';
    const [problem] = problemsOf(raw);
    expect(problem).toMatch(/^content\/features\/security\.yaml: features\[0\]\.cells\.alpha\.support: /);
    expect(problem).toContain('"yes"');
  });

  it('rejects a cell with no source', () => {
    const raw = validRaw();
    featuresOf(raw)[0]!.cells.alpha.sources = [];
    expect(problemsOf(raw)).toEqual([
      'content/features/security.yaml: features[0].cells.alpha.sources: a cell needs at least one source id',
    ]);
  });

  it('rejects a duplicate feature id across files, naming both files', () => {
    const raw = validRaw();
    raw.features.push({ path: 'content/features/other.yaml', data: structuredClone(raw.features[0]!.data) });
    expect(problemsOf(raw)).toEqual([
      'content/features/other.yaml: features[0].id: duplicate feature id "mtls" (first in content/features/security.yaml)',
    ]);
  });

  it('rejects an unknown category and an id that is not kebab-case', () => {
    const raw = validRaw();
    featuresOf(raw)[0]!.category = 'nope';
    featuresOf(raw)[0]!.id = 'Bad Id';
    const problems = problemsOf(raw);
    expect(problems).toContain('content/features/security.yaml: features[0].id: must be lowercase kebab-case (a-z, 0-9, single dashes)');
  });

  it('rejects an unknown mesh, bad ordering and an unknown source in overhead figures', () => {
    const raw = validRaw();
    const figure = (mb: number, source = 'doc-a') => ({ mb, kind: 'measured', conditions: 'load', version: '1', sources: [source] });
    raw.overhead.data = [
      {
        id: 'x',
        mesh: 'gamma',
        component: 'sidecar',
        mode: 'sidecar',
        label: 'X',
        scalesWith: 'load',
        presets: { low: figure(50), typical: figure(40), high: figure(60, 'nope') },
      },
    ];
    expect(problemsOf(raw)).toEqual([
      'content/overhead.yaml: [0].mesh: unknown mesh "gamma"',
      'content/overhead.yaml: [0].presets.high.sources[0]: unknown source id "nope"',
      'content/overhead.yaml: [0].presets: low <= typical <= high does not hold (50, 40, 60)',
    ]);
  });

  it('rejects non-numeric and negative figures', () => {
    const raw = validRaw();
    const figure = (mb: unknown) => ({ mb, kind: 'measured', conditions: 'load', version: '1', sources: ['doc-a'] });
    raw.overhead.data = [
      {
        id: 'x',
        mesh: 'alpha',
        component: 'sidecar',
        mode: 'sidecar',
        label: 'X',
        scalesWith: 'load',
        presets: { low: figure('lots'), typical: figure(-1), high: figure(60) },
      },
    ];
    const problems = problemsOf(raw);
    expect(problems.some((p) => p.startsWith('content/overhead.yaml: [0].presets.low.mb: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('content/overhead.yaml: [0].presets.typical.mb: '))).toBe(true);
  });

  it('reports a malformed source URL and date', () => {
    const raw = validRaw();
    (raw.sources[0]!.data as Array<Record<string, unknown>>)[0]!.url = 'javascript:alert(1)';
    (raw.sources[0]!.data as Array<Record<string, unknown>>)[0]!.accessed = 'yesterday';
    expect(problemsOf(raw)).toEqual([
      'content/sources.yaml: [0].url: must be an http(s) URL',
      'content/sources.yaml: [0].accessed: must be a date written YYYY-MM-DD',
    ]);
  });
});

describe('version data', () => {
  it('names a since, history version or verified release missing from releases.yaml', () => {
    const raw = validRaw();
    const alpha = featuresOf(raw)[0]!.cells.alpha;
    alpha.since = '1.9';
    alpha.verifiedRelease = '3.0';
    alpha.history = [{ from: '1.7', support: 'no', summary: 'None.', sources: ['doc-a'] }];
    expect(problemsOf(raw)).toEqual([
      'content/features/security.yaml: features[0].cells.alpha.since: "1.9" is not a release in releases.yaml',
      'content/features/security.yaml: features[0].cells.alpha.verifiedRelease: "3.0" is not a release in releases.yaml',
      'content/features/security.yaml: features[0].cells.alpha.history[0].from: "1.7" is not a release in releases.yaml',
    ]);
  });

  it('rejects history out of order or not before since', () => {
    const raw = validRaw();
    const alpha = featuresOf(raw)[0]!.cells.alpha;
    alpha.since = '1.1';
    alpha.history = [
      { from: '1.2', support: 'no', summary: 'None.', sources: ['doc-a'] },
      { from: 'earlier', support: 'partial', summary: 'Some.', sources: ['doc-a'] },
    ];
    expect(problemsOf(raw)).toEqual([
      'content/features/security.yaml: features[0].cells.alpha.history[0].from: "1.2" must be before the cell\'s since "1.1"',
      'content/features/security.yaml: features[0].cells.alpha.history[1].from: history must be in release order, oldest first ("earlier" after "1.2")',
    ]);
  });

  it('rejects a release of an unknown product, a duplicate and a patch of another minor', () => {
    const raw = validRaw();
    (raw.releases.data as Array<Record<string, unknown>>).push(
      { product: 'gamma', version: '1.0', released: '2026-01-01', sources: ['doc-a'] },
      { product: 'alpha', version: '1.2', released: '2026-01-01', latestPatch: '1.3.1', sources: ['doc-a'] },
    );
    expect(problemsOf(raw)).toEqual([
      'content/releases.yaml: [4].product: unknown product "gamma"',
      'content/releases.yaml: [5].version: duplicate release "alpha 1.2"',
      'content/releases.yaml: [5].latestPatch: "1.3.1" is not a patch of 1.2',
    ]);
  });
});

describe('project content', () => {
  it('loads and validates the real content/ directory', () => {
    const dataset = loadDataset();
    expect(dataset.meshes.map((m) => m.id)).toEqual(['istio', 'istio-ambient', 'linkerd']);
    expect(dataset.features.length).toBeGreaterThan(0);
  });
});

describe('source URLs', () => {
  const withSource = (source: Record<string, unknown>) => {
    const raw = validRaw();
    (raw.sources[0]!.data as Array<Record<string, unknown>>).push(source);
    return raw;
  };
  const base = { title: 'T', publisher: 'P', accessed: '2026-10-30' };

  it('lets only a seed omit its URL', () => {
    expect(() => validateContent(withSource({ ...base, id: 'seed-x', kind: 'seed' }))).not.toThrow();
    expect(problemsOf(withSource({ ...base, id: 'doc-b', kind: 'official-docs' }))).toEqual([
      'content/sources.yaml: [1].url: a source needs a URL (only seeds may omit it)',
    ]);
  });
});
