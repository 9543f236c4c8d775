import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supportLevels } from '../../src/lib/support';
import {
  describeIgnored,
  emptyFilterState,
  isUnfiltered,
  maxQueryLength,
  normalizeQuery,
  parseFilterState,
  serializeFilterState,
  type FilterState,
} from '../../src/lib/matrix/filter-state';
import { supportOrder, type KnownIds } from '../../src/lib/matrix/types';

const known: KnownIds = {
  categories: ['security', 'traffic', 'observability'],
  meshes: ['istio', 'istio-ambient', 'linkerd'],
  featureIds: ['automatic-mtls', 'retries', 'timeouts', 'tracing'],
  products: [
    { id: 'istio', versions: ['1.29', '1.30', '1.31'] },
    { id: 'linkerd', versions: ['2.16', '2.17', '2.20'] },
  ],
};

const state = (overrides: Partial<FilterState>): FilterState => {
  const empty = emptyFilterState(known.meshes);
  return { ...empty, ...overrides, support: { ...empty.support, ...overrides.support } };
};

describe('parseFilterState', () => {
  it('gives the empty state for an empty query', () => {
    expect(parseFilterState('', known)).toEqual({ state: emptyFilterState(known.meshes), ignored: [] });
    expect(parseFilterState('?', known).state).toEqual(emptyFilterState(known.meshes));
  });

  it('reads every parameter', () => {
    const { state: parsed, ignored } = parseFilterState(
      '?q=mutual+TLS&category=security&support.istio=partial,yes&support.linkerd=no&diff=1&req=1&need=timeouts,automatic-mtls',
      known,
    );
    expect(ignored).toEqual([]);
    expect(parsed).toEqual(
      state({
        q: 'mutual TLS',
        category: 'security',
        support: { istio: ['yes', 'partial'], linkerd: ['no'] },
        diff: true,
        req: true,
        need: ['automatic-mtls', 'timeouts'],
      }),
    );
  });

  it('accepts a URLSearchParams object and repeated list parameters', () => {
    const params = new URLSearchParams();
    params.append('need', 'retries');
    params.append('need', 'automatic-mtls,retries');
    params.append('support.istio', 'no');
    params.append('support.istio', 'yes');
    const { state: parsed, ignored } = parseFilterState(params, known);
    expect(parsed.need).toEqual(['automatic-mtls', 'retries']);
    expect(parsed.support.istio).toEqual(['yes', 'no']);
    expect(ignored).toEqual([]);
  });

  it('ignores unknown values and parameters, and says why', () => {
    const { state: parsed, ignored } = parseFilterState(
      '?category=__proto__&support.istio=maybe,yes&support.consul=yes&need=nope&utm_source=x&diff=perhaps',
      known,
    );
    expect(parsed).toEqual(state({ support: { istio: ['yes'], linkerd: [] } }));
    expect(ignored).toEqual([
      { param: 'category', reason: 'unknown category "__proto__"' },
      { param: 'support.istio', reason: 'unknown support level "maybe"' },
      { param: 'support.consul', reason: 'unknown column' },
      { param: 'need', reason: 'unknown feature "nope"' },
      { param: 'utm_source', reason: 'unknown parameter' },
      { param: 'diff', reason: '"perhaps" is not on or off' },
    ]);
  });

  it('uses the first of repeated single-value parameters', () => {
    const { state: parsed, ignored } = parseFilterState('?q=one&q=two&category=traffic&category=security', known);
    expect(parsed.q).toBe('one');
    expect(parsed.category).toBe('traffic');
    expect(ignored.map((entry) => entry.param)).toEqual(['q', 'category']);
  });

  it('accepts common spellings of on and off', () => {
    expect(parseFilterState('?diff=true&req=on', known).state).toMatchObject({ diff: true, req: true });
    expect(parseFilterState('?diff=0&req=', known)).toEqual({ state: emptyFilterState(known.meshes), ignored: [] });
  });

  it('cleans and shortens the text filter', () => {
    expect(parseFilterState('?q=%20%20a%09%0Ab%00c%20', known).state.q).toBe('a b c');
    const long = parseFilterState(`?q=${'ab '.repeat(500)}`, known);
    expect(Array.from(long.state.q).length).toBeLessThanOrEqual(maxQueryLength);
    expect(long.ignored).toEqual([{ param: 'q', reason: `shortened to ${maxQueryLength} characters` }]);
    // Emoji are not cut in half.
    const emoji = parseFilterState(`?q=${'😀'.repeat(300)}`, known).state.q;
    expect(emoji).toBe('😀'.repeat(maxQueryLength));
  });

  it('keeps HTML in the text filter as plain text', () => {
    const { state: parsed } = parseFilterState('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', known);
    expect(parsed.q).toBe('<img src=x onerror=alert(1)>');
  });

  it('does not pollute prototypes', () => {
    parseFilterState('?__proto__=x&constructor=y&support.__proto__=yes&support.constructor=no&need=__proto__', known);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('serializeFilterState', () => {
  it('writes nothing for the empty state', () => {
    expect(serializeFilterState(emptyFilterState(known.meshes))).toBe('');
  });

  it('writes parameters in canonical order with readable commas', () => {
    const query = serializeFilterState(
      state({ need: ['retries'], req: true, diff: true, q: 'a+b c', category: 'traffic', support: { istio: ['yes', 'no'], linkerd: [] } }),
    );
    expect(query).toBe('q=a%2Bb+c&category=traffic&support.istio=yes,no&diff=1&req=1&need=retries');
  });
});

describe('helpers', () => {
  it('normalizeQuery is idempotent and replaces lone surrogates', () => {
    expect(normalizeQuery('x\uD800y')).toBe('x\uFFFDy');
    for (const text of ['  a  b ', 'x'.repeat(500), '\u0000\u0085', '😀 '.repeat(150)]) {
      expect(normalizeQuery(normalizeQuery(text))).toBe(normalizeQuery(text));
    }
  });

  it('isUnfiltered ignores requirements', () => {
    expect(isUnfiltered(state({ req: true, need: ['retries'] }))).toBe(true);
    expect(isUnfiltered(state({ diff: true }))).toBe(false);
    expect(isUnfiltered(state({ support: { istio: ['no'], linkerd: [] } }))).toBe(false);
  });

  it('describeIgnored lists a few parameters and counts the rest', () => {
    expect(describeIgnored([])).toBe('');
    expect(describeIgnored([{ param: 'x', reason: 'unknown parameter' }])).toBe('Ignored a link parameter: "x" (unknown parameter).');
    const many = Array.from({ length: 5 }, (_, i) => ({ param: `p${i}`, reason: 'unknown parameter' }));
    expect(describeIgnored(many)).toBe(
      'Ignored 5 link parameters: "p0" (unknown parameter), "p1" (unknown parameter), "p2" (unknown parameter), and 2 more.',
    );
  });

  it('supportOrder matches the content schema', () => {
    expect(supportOrder).toEqual([...supportLevels]);
  });
});

describe('fuzzing', () => {
  const pieces = [
    'q',
    'category',
    'diff',
    'req',
    'need',
    'support.istio',
    'support.linkerd',
    'support.',
    'support.__proto__',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'security',
    'traffic',
    'retries',
    'timeouts',
    'yes',
    'no',
    'partial',
    'via-addon',
    '1',
    '0',
    'true',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"\'><svg onload=alert(1)>',
    'javascript:alert(1)',
    '%',
    '%E0%A4%A',
    '%00',
    '%2C',
    '%26',
    '%3D',
    '+',
    ',',
    ',,',
    '=',
    '&',
    '&&',
    '?',
    '#',
    ' ',
    '\t',
    '\n',
    'é',
    'Ω',
    '😀',
    '\u202E',
    '\uFEFF',
    '\uD800',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    'x'.repeat(300),
    '9'.repeat(400),
  ];

  const names = ['q', 'category', 'diff', 'req', 'need', 'support.istio', 'support.linkerd', 'cols', 'v.istio', 'v.linkerd'];
  const values = [
    'security',
    'traffic',
    'retries',
    'timeouts,tracing',
    'yes',
    'no,partial',
    'via-addon',
    '1',
    'mtls',
    'istio,linkerd',
    '2.16',
    '1.30',
  ];

  /** Mostly well-formed name=value pairs (valid or hostile), sometimes raw junk. */
  const junk = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
  const pair = fc.oneof(
    { weight: 1, arbitrary: junk },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.oneof({ weight: 7, arbitrary: fc.constantFrom(...names) }, { weight: 3, arbitrary: fc.constantFrom(...pieces) }),
          fc.oneof(fc.constantFrom(...values), junk, fc.string()),
        )
        .map(([name, value]) => `${name}=${value}`),
    },
  );
  const query = fc.tuple(fc.boolean(), fc.array(pair, { maxLength: 8 })).map(([mark, pairs]) => (mark ? '?' : '') + pairs.join('&'));

  function checkState(parsed: FilterState) {
    expect(Array.from(parsed.q).length).toBeLessThanOrEqual(maxQueryLength);
    expect(parsed.q).toBe(normalizeQuery(parsed.q));
    expect(['', ...known.categories]).toContain(parsed.category);
    expect(Object.keys(parsed.support)).toEqual([...known.meshes]);
    for (const wanted of Object.values(parsed.support)) {
      expect(wanted).toEqual(supportOrder.filter((level) => wanted.includes(level)));
    }
    expect(parsed.need).toEqual(known.featureIds.filter((id) => parsed.need.includes(id)));
    expect(typeof parsed.diff).toBe('boolean');
    expect(typeof parsed.req).toBe('boolean');
    expect(parsed.cols.length).toBeGreaterThan(0);
    expect(parsed.cols).toEqual(known.meshes.filter((id) => parsed.cols.includes(id)));
    for (const [product, version] of Object.entries(parsed.versions)) {
      expect(known.products!.find((p) => p.id === product)?.versions).toContain(version);
    }
  }

  it('never throws, keeps only known values, and round-trips (property)', () => {
    fc.assert(
      fc.property(query, (text) => {
        const { state: parsed, ignored } = parseFilterState(text, known);
        checkState(parsed);
        for (const entry of ignored) expect(Array.from(entry.param).length).toBeLessThanOrEqual(41);
        const canonical = serializeFilterState(parsed);
        const again = parseFilterState(canonical, known);
        expect(again).toEqual({ state: parsed, ignored: [] });
        expect(serializeFilterState(again.state)).toBe(canonical);
      }),
      { numRuns: 2000 },
    );
    // The generator reaches both valid and invalid parameters.
    const samples = fc.sample(query, { numRuns: 500, seed: 20261030 }).map((text) => parseFilterState(text, known));
    expect(samples.filter((parsed) => serializeFilterState(parsed.state) !== '').length).toBeGreaterThan(50);
    expect(samples.filter((parsed) => parsed.ignored.length > 0).length).toBeGreaterThan(50);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('round-trips any valid state exactly (property)', () => {
    const subset = <T>(items: readonly T[]) => fc.subarray([...items]);
    const validState = fc.record({
      q: fc.string({ maxLength: 300 }).map(normalizeQuery),
      category: fc.constantFrom('', ...known.categories),
      support: fc
        .tuple(...known.meshes.map(() => subset(supportOrder)))
        .map((levels) => Object.fromEntries(known.meshes.map((mesh, i) => [mesh, levels[i]!]))),
      diff: fc.boolean(),
      req: fc.boolean(),
      need: subset(known.featureIds),
      cols: subset(known.meshes).filter((cols) => cols.length > 0),
      versions: fc.record({ istio: fc.constantFrom('1.29', '1.30'), linkerd: fc.constantFrom('2.16', '2.17') }, { requiredKeys: [] }),
    });
    fc.assert(
      fc.property(validState, (original: FilterState) => {
        expect(parseFilterState(serializeFilterState(original), known)).toEqual({ state: original, ignored: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('reads columns and versions, naming what it ignores', () => {
    const { state: parsed, ignored } = parseFilterState('cols=linkerd,nope,istio&v.linkerd=2.16&v.istio=9.9&v.cilium=1.0', known);
    expect(parsed.cols).toEqual(['istio', 'linkerd']);
    expect(parsed.versions).toEqual({ linkerd: '2.16' });
    expect(ignored.map((entry) => entry.reason)).toEqual([
      'unknown column "nope"',
      'unknown version "9.9"; showing the newest',
      'unknown product',
    ]);
    expect(serializeFilterState(parsed)).toBe('cols=istio,linkerd&v.linkerd=2.16');
    // The newest release is the default, so it is not written.
    expect(parseFilterState('v.istio=1.31', known).state.versions).toEqual({});
    expect(parseFilterState('cols=nope', known).state.cols).toEqual(known.meshes);
  });

  it('accepts support levels in any case', () => {
    expect(parseFilterState('support.istio=YES,Partial', known)).toEqual({
      state: state({ support: { istio: ['yes', 'partial'], 'istio-ambient': [], linkerd: [] } }),
      ignored: [],
    });
  });

  it('copes with huge and hostile input', () => {
    const huge = `q=${'a'.repeat(1_000_000)}&need=${'retries,'.repeat(50_000)}&${'x=1&'.repeat(10_000)}`;
    const { state: parsed, ignored } = parseFilterState(huge, known);
    expect(parsed.q).toBe('a'.repeat(maxQueryLength));
    expect(parsed.need).toEqual(['retries']);
    expect(ignored.length).toBe(10_001);
    expect(describeIgnored(ignored)).toMatch(/and 9998 more\.$/);
    const surrogates = new URLSearchParams();
    surrogates.set('q', '\uDC00 lone \uD83D');
    expect(() => serializeFilterState(parseFilterState(surrogates, known).state)).not.toThrow();
  });
});
