import { describe, expect, it } from 'vitest';
import {
  attributeFigures,
  citedIdsInMdx,
  formatFigure,
  indexCitations,
  uniqueFigures,
  usageRange,
  type FeatureCellClaim,
  type OverheadFigureClaim,
} from '../../src/lib/citations';
import type { Dataset, Figure, Overhead } from '../../src/lib/content/schemas';
import { loadDataset } from '../../src/lib/content/load';
import { fixtureMesh } from '../fixtures/content';

const figure = (mb: number, sources: string[], extra: Partial<Figure> = {}): Figure => ({
  mb,
  unit: 'MB',
  kind: 'measured',
  conditions: `${mb} MB test`,
  version: '1.0',
  sources,
  ...extra,
});

function overhead(): Overhead {
  const typical = figure(50, ['bench']);
  return {
    id: 'alpha-sidecar',
    mesh: 'alpha',
    component: 'sidecar',
    mode: 'sidecar',
    label: 'Alpha sidecar',
    scalesWith: 'config',
    presets: { low: figure(40, ['doc']), typical, high: figure(128, ['doc'], { kind: 'request', unit: 'MiB' }) },
    measurements: [figure(40, ['doc']), { ...typical }, figure(60, ['doc', 'bench'])],
  };
}

function dataset(): Dataset {
  const cell = (sources: string[]) => ({
    support: 'yes' as const,
    summary: 'Works.',
    since: 'earlier',
    sources,
    verified: '2026-10-30',
    verifiedRelease: '1.0',
  });
  return {
    meshes: ['alpha', 'beta'].map((id) =>
      fixtureMesh(id, { name: id.toUpperCase(), sources: id === 'alpha' ? ['doc'] : ['doc', 'bench'] }),
    ),
    sources: [
      {
        id: 'doc',
        title: 'Doc',
        url: 'https://example.org/doc',
        publisher: 'Alpha project',
        kind: 'official-docs',
        accessed: '2026-10-30',
      },
      {
        id: 'bench',
        title: 'Bench',
        url: 'https://example.org/b',
        publisher: 'Independent lab',
        kind: 'benchmark',
        accessed: '2026-10-30',
      },
      { id: 'unused', title: 'Unused', url: 'https://example.org/u', publisher: 'Someone', kind: 'seed', accessed: '2026-10-30' },
    ],
    categories: [{ id: 'security', name: 'Security', description: 'Security.' }],
    features: [
      {
        id: 'mtls',
        category: 'security',
        name: 'mTLS',
        description: 'Encrypts.',
        keywords: [],
        cells: { alpha: cell(['doc', 'doc']), beta: cell(['bench']) },
      },
    ],
    overhead: [overhead()],
    releases: ['alpha', 'beta'].map((product) => ({ product, version: '1.0', released: '2026-01-01', changes: [], sources: ['doc'] })),
    changes: [],
  };
}

describe('citedIdsInMdx', () => {
  it('finds ids in Cite tags with either quote style, once each, in order', () => {
    const body = `Text <Cite ids={['a', "b-2"]} /> more <Cite ids={[ 'b-2','c' ]}/>\n<Cite
      ids={['d']} />`;
    expect(citedIdsInMdx(body)).toEqual(['a', 'b-2', 'c', 'd']);
  });

  it('ignores other components and plain text', () => {
    expect(citedIdsInMdx(`<Citations ids={['x']} /> ids={['y']} <FeatureTable ids={['z']} />`)).toEqual([]);
  });
});

describe('indexCitations', () => {
  it('gives every source an entry and lists the claims that cite it', () => {
    const index = indexCitations(dataset());
    expect([...index.keys()]).toEqual(['doc', 'bench', 'unused']);
    expect(index.get('unused')).toEqual([]);
    const kinds = index.get('doc')!.map((claim) => claim.kind);
    expect(kinds).toEqual(['mesh', 'mesh', 'feature-cell', 'release', 'release', 'overhead-figure', 'overhead-figure', 'overhead-figure']);
  });

  it('links feature cells to the feature page section of the mesh', () => {
    const cell = indexCitations(dataset())
      .get('bench')!
      .find((c) => c.kind === 'feature-cell') as FeatureCellClaim;
    expect(cell).toMatchObject({ featureId: 'mtls', meshId: 'beta', meshName: 'BETA', href: 'features/mtls/#beta' });
  });

  it('counts a cell citing the same source twice once', () => {
    const cells = indexCitations(dataset())
      .get('doc')!
      .filter((c) => c.kind === 'feature-cell');
    expect(cells).toHaveLength(1);
  });

  it('links overhead figures to the overhead article and records preset use without duplicates', () => {
    const figures = indexCitations(dataset())
      .get('bench')!
      .filter((c): c is OverheadFigureClaim => c.kind === 'overhead-figure');
    expect(figures.map((c) => [c.figure.mb, c.presets])).toEqual([
      [50, ['typical']],
      [60, []],
    ]);
    expect(figures[0]!.href).toBe('articles/resource-overhead/#overhead-alpha-sidecar');
    expect(figures[0]!.meshName).toBe('ALPHA');
  });

  it('links mesh facts to the releases article', () => {
    const mesh = indexCitations(dataset())
      .get('bench')!
      .find((c) => c.kind === 'mesh');
    expect(mesh?.href).toBe('articles/releases/#mesh-beta');
  });

  it('indexes articles by the ids their Cite tags use', () => {
    const index = indexCitations(dataset(), [{ slug: 'intro', title: 'Intro', body: `<Cite ids={['unused']} />` }]);
    expect(index.get('unused')).toEqual([{ kind: 'article', slug: 'intro', title: 'Intro', href: 'articles/intro/' }]);
  });

  it('names the article and id when an article cites an unknown source', () => {
    expect(() => indexCitations(dataset(), [{ slug: 'intro', title: 'Intro', body: `<Cite ids={['nope']} />` }])).toThrow(
      'article "intro": unknown source id "nope"',
    );
  });

  it('indexes the real dataset: every cited id is a known source', () => {
    const real = loadDataset();
    const index = indexCitations(real);
    expect(index.size).toBe(real.sources.length);
    const cellClaims = [...index.values()].flat().filter((c) => c.kind === 'feature-cell');
    expect(cellClaims.length).toBeGreaterThanOrEqual(real.features.length * real.meshes.length);
  });
});

describe('uniqueFigures', () => {
  it('merges presets into equal measurements and appends the rest', () => {
    const result = uniqueFigures(overhead());
    expect(result.map(({ figure: f, presets }) => [f.mb, f.kind, presets])).toEqual([
      [40, 'measured', ['low']],
      [50, 'measured', ['typical']],
      [60, 'measured', []],
      [128, 'request', ['high']],
    ]);
  });
});

describe('figure ranges and attribution', () => {
  it('formats figures in the unit reported, without float noise', () => {
    expect(formatFigure({ mb: 50.64, unit: 'MiB' })).toBe('50.64 MiB');
    expect(formatFigure({ mb: 12, unit: 'MB' })).toBe('12 MB');
    expect(formatFigure({ mb: 0.1 + 0.2, unit: 'MB' })).toBe('0.3 MB');
  });

  it('ranges over usage figures only, ignoring requests and limits', () => {
    const range = usageRange([
      figure(40, ['doc']),
      figure(1024, ['doc'], { kind: 'limit' }),
      figure(11.77, ['b'], { unit: 'MiB', kind: 'derived' }),
    ]);
    expect(range?.text).toBe('11.77 MiB – 40 MB');
    expect(usageRange([figure(128, ['doc'], { kind: 'request' })])).toBeUndefined();
    expect(usageRange([figure(12, ['doc'])])?.text).toBe('12 MB');
  });

  it('groups usage figures by the publisher of their first source', () => {
    const sources = dataset().sources;
    const result = attributeFigures(
      [figure(40, ['doc']), figure(60, ['doc', 'bench']), figure(50, ['bench']), figure(128, ['bench'], { kind: 'request' })],
      sources,
    );
    expect(result).toEqual([
      { publisher: 'Alpha project', sourceIds: ['doc'], text: '40 MB – 60 MB', count: 2 },
      { publisher: 'Independent lab', sourceIds: ['bench'], text: '50 MB', count: 1 },
    ]);
  });

  it('throws a clear error for an unknown source', () => {
    expect(() => attributeFigures([figure(1, ['ghost'])], [])).toThrow('unknown source id "ghost"');
  });
});
