import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeIgnoredK8s, matchK8sRange, parseK8sParam, serializeK8sParam } from '../../src/lib/k8s-picker';

const known = ['1.36', '1.35', '1.34', '1.33', '1.9'];

describe('parseK8sParam', () => {
  it('reads a known minor', () => {
    expect(parseK8sParam('?k8s=1.33', known)).toEqual({ value: '1.33' });
    expect(parseK8sParam('k8s=1.33&x=1', known)).toEqual({ value: '1.33' });
    expect(parseK8sParam('?k8s=1.09', known)).toEqual({ value: '1.9' });
  });

  it('treats a missing or empty value as none', () => {
    expect(parseK8sParam('', known)).toEqual({ value: '' });
    expect(parseK8sParam('?k8s=', known)).toEqual({ value: '' });
    expect(parseK8sParam('?other=1', known)).toEqual({ value: '' });
  });

  it('reports malformed and unknown values, unchanged, and ignores them', () => {
    expect(parseK8sParam('?k8s=1.99', known)).toEqual({ value: '', ignored: '1.99' });
    expect(parseK8sParam('?k8s=1.33.2', known)).toEqual({ value: '', ignored: '1.33.2' });
    expect(parseK8sParam(`?k8s=${encodeURIComponent('<b>x</b>')}`, known)).toEqual({ value: '', ignored: '<b>x</b>' });
    expect(parseK8sParam('?k8s=<b>x</b>', known)).toEqual({ value: '', ignored: '<b>x</b>' });
  });

  it('round-trips every known value and keeps other parameters', () => {
    fc.assert(
      fc.property(fc.constantFrom('', ...known), fc.constantFrom('', '?a=1', '?a=1&k8s=1.2'), (value, search) => {
        const out = serializeK8sParam(search, value);
        expect(parseK8sParam(out, known)).toEqual({ value });
        if (search.includes('a=1')) expect(new URLSearchParams(out).get('a')).toBe('1');
      }),
    );
    expect(serializeK8sParam('?k8s=1.33', '')).toBe('');
    expect(serializeK8sParam('', '1.34')).toBe('?k8s=1.34');
  });

  it('never returns an unknown value for any input', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const parsed = parseK8sParam(`?k8s=${encodeURIComponent(raw)}`, known);
        expect(parsed.value === '' || known.includes(parsed.value)).toBe(true);
        if (parsed.ignored !== undefined) expect(parsed.ignored).toBe(raw);
      }),
    );
  });
});

describe('describeIgnoredK8s', () => {
  it('quotes the raw value as text, shortened when long', () => {
    expect(describeIgnoredK8s('<b>x</b>')).toContain('“<b>x</b>”');
    expect(describeIgnoredK8s('x'.repeat(100))).toContain(`${'x'.repeat(40)}…”`);
  });
});

describe('matchK8sRange', () => {
  it('includes both ends and compares numerically', () => {
    expect(matchK8sRange('1.32', '1.36', '1.32')).toBe('yes');
    expect(matchK8sRange('1.32', '1.36', '1.36')).toBe('yes');
    expect(matchK8sRange('1.32', '1.36', '1.31')).toBe('no');
    expect(matchK8sRange('1.32', '1.36', '1.37')).toBe('no');
    expect(matchK8sRange('1.9', '1.12', '1.10')).toBe('yes');
    expect(matchK8sRange(undefined, undefined, '1.33')).toBe('unknown');
  });
});
