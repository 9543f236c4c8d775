import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterFeatures, foldText, formatRequirementsSummary, meshesDiffer, requirementsSummary } from '../../src/lib/matrix/filter';
import { emptyFilterState, type FilterState } from '../../src/lib/matrix/filter-state';
import { formatSupportCounts, groupByCategory, latestDate, supportCounts } from '../../src/lib/matrix/summary';
import { syntheticItems } from '../bench/synthetic-items';
import { supportOrder, type MatrixItem } from '../../src/lib/matrix/types';
import type { SupportLevel } from '../../src/lib/content/schemas';

const meshes = ['istio', 'linkerd'];

function item(id: string, category: string, istio: SupportLevel, linkerd: SupportLevel, extra: Partial<MatrixItem> = {}): MatrixItem {
  return {
    id,
    category,
    name: id.replace(/-/g, ' '),
    description: `About ${id}.`,
    keywords: [],
    cells: { istio: { support: istio, summary: `Istio ${istio}` }, linkerd: { support: linkerd, summary: `Linkerd ${linkerd}` } },
    ...extra,
  };
}

const features: MatrixItem[] = [
  item('automatic-mtls', 'security', 'yes', 'yes', { name: 'Automatic mTLS', keywords: ['encryption'] }),
  item('spiffe-identity', 'security', 'yes', 'partial', { description: 'Workload identity in SPIFFE format.' }),
  item('retries', 'traffic', 'yes', 'yes'),
  item('circuit-breaking', 'traffic', 'yes', 'partial'),
  item('fault-injection', 'traffic', 'yes', 'via-addon'),
  item('rate-limiting', 'traffic', 'partial', 'no', { keywords: ['rate limit', 'throttling'] }),
  item('dashboards', 'observability', 'via-addon', 'via-addon', {
    cells: {
      istio: { support: 'via-addon', summary: 'Kiali and Grafana samples.' },
      linkerd: { support: 'via-addon', summary: 'The viz extension (Protocolo de métricas).' },
    },
  }),
];

const state = (overrides: Partial<FilterState>): FilterState => ({ ...emptyFilterState(meshes), ...overrides });
const ids = (overrides: Partial<FilterState>) => filterFeatures(features, state(overrides));

describe('filterFeatures', () => {
  it('returns every feature, in order, without filters', () => {
    expect(ids({})).toEqual(features.map((f) => f.id));
  });

  it('filters by category', () => {
    expect(ids({ category: 'security' })).toEqual(['automatic-mtls', 'spiffe-identity']);
    expect(ids({ category: 'no-such-category' })).toEqual([]);
  });

  it('matches text in names, descriptions, keywords and summaries, ignoring case and accents', () => {
    expect(ids({ q: 'MTLS' })).toEqual(['automatic-mtls']);
    expect(ids({ q: 'spiffe' })).toEqual(['spiffe-identity']);
    expect(ids({ q: 'throttling' })).toEqual(['rate-limiting']);
    expect(ids({ q: 'kiali' })).toEqual(['dashboards']);
    expect(ids({ q: 'metricas' })).toEqual(['dashboards']);
    expect(ids({ q: 'métricas' })).toEqual(['dashboards']);
  });

  it('needs every word of the text filter to match', () => {
    // Words may match different fields: "Istio partial" + "Linkerd no" matches too.
    expect(ids({ q: 'linkerd partial' })).toEqual(['spiffe-identity', 'circuit-breaking', 'rate-limiting']);
    expect(ids({ q: 'linkerd partial spiffe' })).toEqual(['spiffe-identity']);
    expect(ids({ q: '<script>' })).toEqual([]);
  });

  it('filters by support level per mesh: any listed level, every filtered mesh', () => {
    expect(ids({ support: { istio: ['partial', 'via-addon'], linkerd: [] } })).toEqual(['rate-limiting', 'dashboards']);
    expect(ids({ support: { istio: ['yes'], linkerd: ['partial'] } })).toEqual(['spiffe-identity', 'circuit-breaking']);
    expect(ids({ support: { istio: [], linkerd: ['no'] } })).toEqual(['rate-limiting']);
  });

  it('keeps only differences', () => {
    expect(ids({ diff: true })).toEqual(['spiffe-identity', 'circuit-breaking', 'fault-injection', 'rate-limiting']);
  });

  it('combines filters', () => {
    expect(ids({ diff: true, category: 'traffic', q: 'fault' })).toEqual(['fault-injection']);
  });

  it('does not filter by requirements', () => {
    expect(ids({ req: true, need: ['retries'] })).toHaveLength(features.length);
  });

  it('treats a missing cell as matching no support level and as a difference', () => {
    const partial = { ...item('x', 'traffic', 'yes', 'yes'), cells: { istio: { support: 'yes' as const, summary: 'ok' } } };
    expect(filterFeatures([partial], state({ support: { istio: [], linkerd: ['yes'] } }))).toEqual([]);
    expect(meshesDiffer(partial)).toBe(false);
    expect(meshesDiffer({ ...partial, cells: { istio: partial.cells.istio, linkerd: undefined } })).toBe(true);
  });

  it('never adds features when a filter is added (random states on synthetic data)', () => {
    const data = syntheticItems(300, ['istio', 'linkerd', 'kuma'], ['a', 'b', 'c'], 5);
    const query = fc.oneof(fc.constant(''), fc.constantFrom('mtls', 'proxy', 'rate limit', 'zzz'));
    const category = fc.oneof({ weight: 7, arbitrary: fc.constant('') }, { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(query, category, fc.subarray([...supportOrder]), (q, category, kuma) => {
        const base: FilterState = { ...emptyFilterState(['istio', 'linkerd', 'kuma']), q, category };
        const before = filterFeatures(data, base);
        const narrower = filterFeatures(data, { ...base, diff: true, support: { ...base.support, kuma } });
        expect(narrower.every((id) => before.includes(id))).toBe(true);
        expect(before.every((id) => data.some((f) => f.id === id))).toBe(true);
      }),
      { numRuns: 200, seed: 99 },
    );
  });
});

describe('foldText', () => {
  it('lowercases and removes accents', () => {
    expect(foldText('ÉLAN Ümlaut ﬁ')).toBe('elan umlaut ﬁ');
  });
});

describe('requirementsSummary', () => {
  it('counts how each mesh supports the needed features', () => {
    const summary = requirementsSummary(features, ['automatic-mtls', 'circuit-breaking', 'rate-limiting', 'dashboards', 'unknown'], meshes);
    expect(summary).toEqual({
      total: 4,
      meshes: [
        { mesh: 'istio', met: 2, partial: 1, viaAddon: 1, missing: 0 },
        { mesh: 'linkerd', met: 1, partial: 1, viaAddon: 1, missing: 1 },
      ],
    });
    expect(formatRequirementsSummary(summary, { istio: 'Istio', linkerd: 'Linkerd' })).toBe(
      'Istio meets 2 of 4 (1 partial, 1 via add-on); Linkerd meets 1 of 4 (1 partial, 1 via add-on).',
    );
  });

  it('counts duplicates once and a missing mesh cell as missing', () => {
    const summary = requirementsSummary(features, ['retries', 'retries'], ['istio', 'consul']);
    expect(summary.total).toBe(1);
    expect(summary.meshes[1]).toEqual({ mesh: 'consul', met: 0, partial: 0, viaAddon: 0, missing: 1 });
    expect(formatRequirementsSummary(summary, { istio: 'Istio' })).toBe('Istio meets 1 of 1; consul meets 0 of 1.');
  });

  it('asks for ticks when nothing is needed', () => {
    expect(formatRequirementsSummary(requirementsSummary(features, [], meshes), {})).toMatch(/^Tick the features/);
  });
});

describe('summary helpers', () => {
  it('counts support per mesh', () => {
    const counts = supportCounts(features, meshes);
    expect(counts.istio).toEqual({ yes: 5, partial: 1, 'via-addon': 1, no: 0, unknown: 0 });
    expect(counts.linkerd).toEqual({ yes: 2, partial: 2, 'via-addon': 2, no: 1, unknown: 0 });
    expect(formatSupportCounts('Linkerd', counts.linkerd!)).toBe('Linkerd: 2 yes, 2 partial, 2 via add-on, 1 no');
    expect(formatSupportCounts('Istio', { ...counts.istio!, unknown: 2 })).toBe('Istio: 5 yes, 1 partial, 1 via add-on, 0 no, 2 unknown');
  });

  it('groups by category in category order and drops empty categories', () => {
    const groups = groupByCategory([{ id: 'traffic' }, { id: 'empty' }, { id: 'security' }], features);
    expect(groups.map((g) => [g.category.id, g.features.map((f) => f.id)])).toEqual([
      ['traffic', ['retries', 'circuit-breaking', 'fault-injection', 'rate-limiting']],
      ['security', ['automatic-mtls', 'spiffe-identity']],
    ]);
  });

  it('finds the latest date', () => {
    expect(latestDate(['2026-01-02', '2026-10-30', '2025-12-31'])).toBe('2026-10-30');
    expect(latestDate([])).toBe('');
  });
});
