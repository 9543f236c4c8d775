import { describe, expect, it } from 'vitest';
import { calculate, defaultInput } from '../../src/lib/calculator';
import type { KnownIds } from '../../src/lib/matrix/types';
import {
  columnEstimate,
  columnVerdicts,
  defaultNeeds,
  embedSnippet,
  inputSummary,
  parseReportQuery,
  releaseFor,
  releaseLine,
  reportLinkQuery,
  reportNotice,
  stateIndexAt,
  supportAt,
  verdictOf,
  verdictSentence,
} from '../../src/lib/report';
import { fixtureFigures } from './calculator-fixture';

const known: KnownIds = {
  categories: ['security', 'traffic'],
  meshes: ['istio', 'istio-ambient', 'linkerd'],
  featureIds: ['automatic-mtls', 'egress-control', 'sidecarless-ambient', 'golden-metrics'],
  products: [
    { id: 'istio', versions: ['1.29', '1.30', '1.31'] },
    { id: 'linkerd', versions: ['2.18', '2.19'] },
  ],
};
const figures = fixtureFigures();

describe('parseReportQuery', () => {
  it('reads needs, columns and versions as the matrix does, and the calculator inputs as the calculator does', () => {
    const query = parseReportQuery('?need=sidecarless-ambient,egress-control&cols=linkerd,istio&v.istio=1.30&pods=300&mode=ambient', known);
    expect(query.need).toEqual(['egress-control', 'sidecarless-ambient']);
    expect(query.defaultNeed).toBe(false);
    expect(query.cols).toEqual(['istio', 'linkerd']);
    expect(query.versions).toEqual({ istio: '1.30' });
    expect(query.input).toEqual({ ...defaultInput, pods: 300, mode: 'ambient', custom: {} });
    expect(query.ignored).toEqual([]);
  });

  it('uses the default needs, all columns and the calculator defaults for an empty URL', () => {
    const query = parseReportQuery('', known);
    expect(query.need).toEqual(defaultNeeds(known.featureIds));
    expect(query.need.length).toBeGreaterThan(0);
    expect(query.defaultNeed).toBe(true);
    expect(query.cols).toEqual(known.meshes);
    expect(query.input).toEqual({ ...defaultInput, custom: {} });
  });

  it('names unknown parameters, unknown features and bad calculator values, and keeps the good ones', () => {
    const query = parseReportQuery('need=egress-control,teleport&pods=lots&nodes=7&colour=blue&v.istio=9.9', known);
    expect(query.need).toEqual(['egress-control']);
    expect(query.input.nodes).toBe(7);
    expect(query.input.pods).toBe(defaultInput.pods);
    const params = query.ignored.map((entry) => entry.param);
    expect(params).toEqual(expect.arrayContaining(['colour', 'need', 'pods', 'v.istio']));
    const notice = reportNotice(query.ignored);
    expect(notice).toContain('"colour" (unknown parameter)');
    expect(notice).toContain('unknown feature "teleport"');
    expect(notice).toContain('"pods"');
  });

  it('falls back to the default needs when no named feature exists', () => {
    const query = parseReportQuery('need=nope', known);
    expect(query.defaultNeed).toBe(true);
    expect(query.need).toEqual(defaultNeeds(known.featureIds));
    expect(reportNotice(query.ignored)).toContain('nope');
  });

  it('accepts matrix view filters silently and never echoes markup as anything but text', () => {
    const query = parseReportQuery('q=mtls&category=security&diff=1&req=1&support.istio=yes&%3Cimg%20src%3Dx%3E=1', known);
    expect(query.ignored).toHaveLength(1);
    expect(query.ignored[0]!.param).toBe('<img src=x>');
    expect(reportNotice([])).toBe('');
  });
});

describe('defaultNeeds', () => {
  it('keeps the preferred features that exist, in data order, else the first five', () => {
    expect(defaultNeeds(['b', 'a', 'c'], ['a', 'b', 'z'])).toEqual(['b', 'a']);
    expect(defaultNeeds(['f1', 'f2', 'f3', 'f4', 'f5', 'f6'], ['z'])).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
  });
});

describe('verdicts', () => {
  it('counts yes as fully, partial and via add-on as partly, and no, unknown or no cell as not', () => {
    expect(verdictOf('yes')).toBe('fully');
    expect(verdictOf('partial')).toBe('partly');
    expect(verdictOf('via-addon')).toBe('partly');
    expect(verdictOf('no')).toBe('not');
    expect(verdictOf('unknown')).toBe('not');
    expect(verdictOf(undefined)).toBe('not');
  });

  it('splits the needs per column and writes them out', () => {
    const support = { a: 'yes', b: 'partial', c: 'no', d: 'yes' } as const;
    const verdicts = columnVerdicts(['a', 'b', 'c', 'd', 'e'], (id) => support[id as keyof typeof support]);
    expect(verdicts).toEqual({ fully: ['a', 'd'], partly: ['b'], not: ['c', 'e'] });
    expect(verdictSentence(verdicts, (id) => id.toUpperCase())).toBe('Meets 2 of 5 fully (A, D), 1 partly (B) and 2 not (C, E).');
    expect(verdictSentence({ fully: [], partly: [], not: [] }, String)).toBe('No needs chosen.');
  });
});

describe('cell states at a release', () => {
  const states = [
    { from: 'earlier', support: 'no' as const },
    { from: '1.30', support: 'partial' as const },
    { from: '1.31', support: 'yes' as const },
  ];
  it('is the newest state without a version and the last state at or before a chosen one', () => {
    expect(stateIndexAt(states, undefined)).toBe(2);
    expect(stateIndexAt(states, '1.31')).toBe(2);
    expect(stateIndexAt(states, '1.30')).toBe(1);
    expect(stateIndexAt(states, '1.29')).toBe(0);
    expect(supportAt(states, '1.30')).toBe('partial');
  });
  it('is not available before the first state, and unknown without a cell', () => {
    expect(stateIndexAt([{ from: '1.30', support: 'yes' }], '1.29')).toBe(-1);
    expect(supportAt([{ from: '1.30', support: 'yes' }], '1.29')).toBe('no');
    expect(supportAt(undefined, undefined)).toBeUndefined();
    expect(stateIndexAt([], undefined)).toBe(-1);
  });
});

describe('columnEstimate', () => {
  it('computes each column in its own data-plane mode with the calculator', () => {
    const input = { ...defaultInput, pods: 300, custom: {} };
    expect(columnEstimate({ product: 'istio', mode: 'sidecar' }, input, figures)).toEqual(
      calculate({ ...input, mode: 'sidecar' }, figures).istio,
    );
    expect(columnEstimate({ product: 'istio', mode: 'ambient' }, input, figures)).toEqual(
      calculate({ ...input, mode: 'ambient' }, figures).istio,
    );
    expect(columnEstimate({ product: 'linkerd' }, input, figures)).toEqual(calculate(input, figures).linkerd);
    expect(columnEstimate({ product: 'cilium' }, input, figures)).toBeUndefined();
  });

  it('describes the inputs in words', () => {
    expect(inputSummary({ ...defaultInput, pods: 300, custom: {} })).toBe(
      '300 pods on 5 nodes, 1 proxy per pod, 1 waypoint replica, 1 ingress replica, 1 control-plane replica, typical preset',
    );
    expect(inputSummary({ ...defaultInput, pods: 1, proxiesPerPod: 2, custom: { 'istio-sidecar': 40 } })).toContain('2 proxies per pod');
    expect(inputSummary({ ...defaultInput, custom: { 'istio-sidecar': 40 } })).toContain('with 1 figure of your own');
  });
});

describe('releases', () => {
  const releases = [
    { version: '1.30', released: '2025-11-01', endOfLife: '2026-08-01', eolStatus: 'expected' },
    { version: '1.31', released: '2026-02-10', latestPatch: '1.31.2' },
  ];
  it('picks the chosen release, else the newest', () => {
    expect(releaseFor(releases, '1.30')?.version).toBe('1.30');
    expect(releaseFor(releases, undefined)?.version).toBe('1.31');
    expect(releaseFor(releases, '0.1')?.version).toBe('1.31');
    expect(releaseFor([], undefined)).toBeUndefined();
  });
  it('writes a release out', () => {
    expect(releaseLine('Istio', releases[1])).toBe('Istio 1.31: released 2026-02-10, newest patch read 1.31.2.');
    expect(releaseLine('Istio', releases[0])).toBe('Istio 1.30: released 2025-11-01, end of life 2026-08-01 (expected).');
    expect(releaseLine('Istio', undefined, '1.2')).toBe('Istio 1.2: no release data.');
  });
});

describe('links and embeds', () => {
  it('carries the matrix requirements but not its view filters', () => {
    expect(reportLinkQuery('?q=tls&req=1&need=a,b&cols=istio&v.istio=1.30&category=x', 'matrix')).toBe('need=a,b&cols=istio&v.istio=1.30');
    expect(reportLinkQuery('', 'matrix')).toBe('');
  });
  it('carries the calculator query', () => {
    expect(reportLinkQuery('?pods=300&mode=ambient', 'calculator')).toBe('pods=300&mode=ambient');
  });
  it('builds an iframe snippet with escaped attributes', () => {
    const snippet = embedSnippet('https://example.org/embed/features/x/?a=1&b="2"', 'A <b> & "c"', 300);
    expect(snippet).toBe(
      '<iframe src="https://example.org/embed/features/x/?a=1&amp;b=&quot;2&quot;" title="A &lt;b&gt; &amp; &quot;c&quot;" width="100%" height="300" style="border:0" loading="lazy"></iframe>',
    );
  });
});
