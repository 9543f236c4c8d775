import { describe, expect, it } from 'vitest';
import { supportLevels } from '../../src/lib/content/schemas';
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
import { prng } from '../../src/lib/matrix/synthetic';
import { supportOrder, type KnownIds } from '../../src/lib/matrix/types';

const known: KnownIds = {
  categories: ['security', 'traffic', 'observability'],
  meshes: ['istio', 'linkerd'],
  featureIds: ['automatic-mtls', 'retries', 'timeouts', 'tracing'],
};

const state = (overrides: Partial<FilterState>): FilterState => ({ ...emptyFilterState(known.meshes), ...overrides });

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
    expect(parsed).toEqual({
      q: 'mutual TLS',
      category: 'security',
      support: { istio: ['yes', 'partial'], linkerd: ['no'] },
      diff: true,
      req: true,
      need: ['automatic-mtls', 'timeouts'],
    });
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
      { param: 'support.consul', reason: 'unknown mesh' },
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
    'q', 'category', 'diff', 'req', 'need', 'support.istio', 'support.linkerd', 'support.', 'support.__proto__',
    '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'security', 'traffic', 'retries',
    'timeouts', 'yes', 'no', 'partial', 'via-addon', '1', '0', 'true', '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>', '"\'><svg onload=alert(1)>', 'javascript:alert(1)', '%', '%E0%A4%A', '%00', '%2C',
    '%26', '%3D', '+', ',', ',,', '=', '&', '&&', '?', '#', ' ', '\t', '\n', 'é', 'Ω', '😀', '\u202E', '\uFEFF', '\uD800',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'x'.repeat(300), '9'.repeat(400),
  ];

  const names = ['q', 'category', 'diff', 'req', 'need', 'support.istio', 'support.linkerd'];
  const values = ['security', 'traffic', 'retries', 'timeouts,tracing', 'yes', 'no,partial', 'via-addon', '1', 'mtls'];

  /** Mostly well-formed name=value pairs (valid or hostile), sometimes raw junk. */
  function randomQuery(random: ReturnType<typeof prng>): string {
    const pairs = Array.from({ length: random.int(8) }, () => {
      if (random.next() < 0.2) return Array.from({ length: 1 + random.int(4) }, () => random.pick(pieces)).join('');
      const name = random.next() < 0.7 ? random.pick(names) : random.pick(pieces);
      const value = random.next() < 0.6 ? random.pick(values) : random.pick(pieces) + random.pick(pieces);
      return `${name}=${value}`;
    });
    return (random.next() < 0.5 ? '?' : '') + pairs.join('&');
  }

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
  }

  it('never throws, keeps only known values, and round-trips (2000 random queries)', () => {
    const random = prng(20261030);
    let nonEmpty = 0;
    let withIgnored = 0;
    for (let run = 0; run < 2000; run += 1) {
      const query = randomQuery(random);
      const { state: parsed, ignored } = parseFilterState(query, known);
      checkState(parsed);
      if (serializeFilterState(parsed) !== '') nonEmpty += 1;
      if (ignored.length > 0) withIgnored += 1;
      for (const entry of ignored) expect(Array.from(entry.param).length).toBeLessThanOrEqual(41);
      const canonical = serializeFilterState(parsed);
      const again = parseFilterState(canonical, known);
      expect(again, `query ${JSON.stringify(query)}`).toEqual({ state: parsed, ignored: [] });
      expect(serializeFilterState(again.state)).toBe(canonical);
    }
    // The generator reaches both valid and invalid parameters.
    expect(nonEmpty).toBeGreaterThan(100);
    expect(withIgnored).toBeGreaterThan(100);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('round-trips random valid states exactly', () => {
    const random = prng(7);
    const texts = ['', 'mtls', 'a,b & c=d', '100% + more', '<b>bold</b>', 'ünïcödé 😀', '#hash ?query'];
    for (let run = 0; run < 500; run += 1) {
      const original: FilterState = {
        q: normalizeQuery(random.pick(texts)),
        category: random.pick(['', ...known.categories]),
        support: Object.fromEntries(known.meshes.map((mesh) => [mesh, supportOrder.filter(() => random.next() < 0.3)])),
        diff: random.next() < 0.5,
        req: random.next() < 0.5,
        need: known.featureIds.filter(() => random.next() < 0.4),
      };
      expect(parseFilterState(serializeFilterState(original), known)).toEqual({ state: original, ignored: [] });
    }
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
