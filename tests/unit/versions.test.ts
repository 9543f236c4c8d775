import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supportLevels } from '../../src/lib/support';
import { cellAsOf, cellStates, changedSince, compareMinor, minorOf } from '../../src/lib/versions';

const minors = Array.from({ length: 14 }, (_, i) => `2.${i + 10}`);

/** A cell with a strictly increasing history before `since`. */
const versionedCell = fc.uniqueArray(fc.integer({ min: 0, max: minors.length - 1 }), { minLength: 1, maxLength: 5 }).chain((indexes) => {
  const sorted = [...indexes].sort((a, b) => a - b).map((i) => minors[i]!);
  const since = sorted.at(-1)!;
  return fc.record({
    since: fc.constant(since),
    support: fc.constantFrom(...supportLevels),
    summary: fc.string({ minLength: 1 }),
    history: fc.tuple(
      ...sorted
        .slice(0, -1)
        .map((from) =>
          fc.record({ from: fc.constant(from), support: fc.constantFrom(...supportLevels), summary: fc.string({ minLength: 1 }) }),
        ),
    ),
  });
});

describe('compareMinor', () => {
  it('orders numerically, with earlier first', () => {
    expect(['1.10', '1.9', 'earlier', '2.0', '1.31'].sort(compareMinor)).toEqual(['earlier', '1.9', '1.10', '1.31', '2.0']);
    expect(minorOf('1.31.2')).toBe('1.31');
  });
});

describe('cellAsOf', () => {
  it('Linkerd egress: not supported in 2.16, supported from 2.17', () => {
    const cell = {
      support: 'yes' as const,
      summary: 'EgressNetwork',
      since: '2.17',
      history: [{ from: 'earlier', support: 'no' as const, summary: 'None' }],
    };
    expect(cellAsOf(cell, '2.16').support).toBe('no');
    expect(cellAsOf(cell, '2.17').support).toBe('yes');
    expect(changedSince(cell, '2.16')).toBe(true);
    expect(changedSince(cell, '2.20')).toBe(false);
  });

  it('before the first known state, a feature is not available', () => {
    const state = cellAsOf({ support: 'yes', summary: 'x', since: '2.17' }, '2.12');
    expect(state).toMatchObject({ support: 'no', summary: 'Not available before 2.17.' });
  });

  it('for any version, equals the last state at or before it (property)', () => {
    fc.assert(
      fc.property(versionedCell, fc.constantFrom(...minors), (cell, version) => {
        const states = cellStates(cell);
        const expected = states.filter((state) => compareMinor(state.from, version) <= 0).at(-1);
        const actual = cellAsOf(cell, version);
        if (expected) expect(actual).toEqual(expected);
        else expect(actual.support).toBe('no');
        // The newest release always shows the current state.
        expect(cellAsOf(cell, minors.at(-1)!)).toMatchObject({ support: cell.support, summary: cell.summary });
      }),
    );
  });
});
