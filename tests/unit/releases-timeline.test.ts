import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/lib/content/schemas';
import {
  barEnd,
  dateScale,
  dayNumber,
  describeTimeline,
  endOfLifeText,
  layoutTimeline,
  nextQuarterStart,
  quarterStart,
  timelineDomain,
} from '../../src/lib/releases-timeline';

const release = (product: string, version: string, released: string, extra: Partial<Release> = {}): Release => ({
  product,
  version,
  released,
  changes: [],
  sources: ['doc-a'],
  ...extra,
});

const releases: Release[] = [
  release('istio', '1.30', '2026-05-18', { kubernetes: { min: '1.32', max: '1.36' } }),
  release('istio', '1.28', '2025-11-05', { endOfLife: '2026-07-01', eolStatus: 'actual' }),
  release('istio', '1.29', '2026-02-16', { endOfLife: '2027-01-15', eolStatus: 'expected' }),
  release('linkerd', '2.19', '2025-10-31'),
  release('linkerd', '2.20', '2026-06-23'),
];
const products = [
  { id: 'istio', name: 'Istio', slot: 1 },
  { id: 'linkerd', name: 'Linkerd', slot: 3 },
];
const today = '2026-12-02';

describe('dates and scale', () => {
  it('counts days in UTC and rejects non-dates', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2); // leap year
    expect(() => dayNumber('2026-13-45')).toThrow(/not a date/);
  });

  it('rounds to quarters', () => {
    expect(quarterStart('2025-11-05')).toBe('2025-10-01');
    expect(quarterStart('2025-01-01')).toBe('2025-01-01');
    expect(nextQuarterStart('2025-11-05')).toBe('2026-01-01');
    expect(nextQuarterStart('2025-05-31')).toBe('2025-07-01');
  });

  it('maps dates linearly and clamps outside the domain', () => {
    const x = dateScale({ start: '2025-01-01', end: '2026-01-01' }, [100, 465]);
    expect(x('2025-01-01')).toBe(100);
    expect(x('2026-01-01')).toBe(465);
    expect(x('2025-01-02')).toBe(101);
    expect(x('2024-06-01')).toBe(100);
    expect(x('2027-06-01')).toBe(465);
    expect(() => dateScale({ start: '2025-01-01', end: '2025-01-01' }, [0, 1])).toThrow();
  });

  it('spans the first release to past today and every end of life', () => {
    expect(timelineDomain(releases, today)).toEqual({ start: '2025-10-01', end: '2027-04-01' });
    expect(timelineDomain(releases, '2025-12-01')).toEqual({ start: '2025-10-01', end: '2027-04-01' }); // the 2027-01-15 end of life
    expect(timelineDomain([], today)).toEqual({ start: '2026-10-01', end: '2027-01-01' });
  });
});

describe('layoutTimeline', () => {
  const layout = layoutTimeline(releases, products, { today, width: 1000, gutter: 100 });
  const bar = (product: string, version: string) =>
    layout.groups.find((g) => g.product === product)!.bars.find((b) => b.version === version)!;

  it('has one group per product, in order, with one lane per minor release oldest first', () => {
    expect(layout.groups.map((g) => [g.product, g.name, g.slot])).toEqual([
      ['istio', 'Istio', 1],
      ['linkerd', 'Linkerd', 3],
    ]);
    expect(layout.groups[0]!.bars.map((b) => b.version)).toEqual(['1.28', '1.29', '1.30']);
    const ys = layout.groups.flatMap((g) => g.bars.map((b) => b.y));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys); // lanes go down the page
    expect(new Set(ys).size).toBe(ys.length);
    expect(layout.groups[1]!.y).toBeGreaterThan(bar('istio', '1.30').y);
    expect(layout.height).toBeGreaterThan(bar('linkerd', '2.20').y + bar('linkerd', '2.20').height);
  });

  it('can list the newest release first', () => {
    const newest = layoutTimeline(releases, products, { today, newestFirst: true });
    expect(newest.groups[0]!.bars.map((b) => b.version)).toEqual(['1.30', '1.29', '1.28']);
  });

  it('draws a bar from release to end of life on the date scale', () => {
    const x = dateScale(layout.domain, [layout.plotLeft, layout.plotRight]);
    const b = bar('istio', '1.28');
    expect(b.x).toBe(x('2025-11-05'));
    expect(b.x + b.width).toBeCloseTo(x('2026-07-01'), 0);
    expect(b).toMatchObject({ endKind: 'actual', ended: true, end: '2026-07-01', anchor: 'istio-1-28' });
    expect(layout.plotLeft).toBe(100);
  });

  it('marks expected and open-ended windows distinctly', () => {
    expect(bar('istio', '1.29')).toMatchObject({ endKind: 'expected', ended: false });
    const open = bar('linkerd', '2.20');
    expect(open).toMatchObject({ endKind: 'open', ended: false, end: undefined });
    expect(open.x + open.width).toBeCloseTo(layout.plotRight, 0);
  });

  it('puts today where the scale says, inside the plot', () => {
    const x = dateScale(layout.domain, [layout.plotLeft, layout.plotRight]);
    expect(layout.today).toEqual({ date: today, x: x(today) });
    expect(layout.today.x).toBeGreaterThan(bar('istio', '1.28').x + bar('istio', '1.28').width);
    expect(layout.today.x).toBeLessThan(layout.plotRight);
    const later = layoutTimeline(releases, products, { today: '2027-02-01' });
    expect(later.today.x).toBeGreaterThan(later.groups[0]!.bars[1]!.x + later.groups[0]!.bars[1]!.width);
    expect(() => layoutTimeline(releases, products, { today: 'soon' })).toThrow();
  });

  it('ticks every quarter, with a labelled year line each January', () => {
    expect(layout.ticks[0]).toMatchObject({ date: '2025-10-01', major: false, label: '', x: layout.plotLeft });
    expect(layout.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2026', '2027']);
    expect(layout.ticks.at(-1)).toMatchObject({ date: '2027-04-01', x: layout.plotRight });
  });

  it('skips a product with no releases', () => {
    const only = layoutTimeline(releases, [...products, { id: 'kuma', name: 'Kuma' }], { today });
    expect(only.groups.map((g) => g.product)).toEqual(['istio', 'linkerd']);
  });

  it('describes the chart in words', () => {
    const text = describeTimeline(layout);
    expect(text).toContain('today (2026-12-02)');
    expect(text).toContain('Istio 1.28 to 1.30');
    expect(text).toContain('1.29 until 2027-01-15');
    expect(text).toContain('no end of life published for 1.30');
    expect(text).toContain('Linkerd 2.19 to 2.20');
  });
});

describe('end of life text', () => {
  it('says whether the end is past, announced, expected or unpublished', () => {
    expect(barEnd({})).toBe('open');
    expect(barEnd({ endOfLife: '2026-01-01' })).toBe('actual');
    expect(endOfLifeText({ endOfLife: '2026-07-01', eolStatus: 'actual' }, today)).toEqual({ date: '2026-07-01', status: 'Ended' });
    expect(endOfLifeText({ endOfLife: '2027-01-15', eolStatus: 'expected' }, today)).toEqual({ date: '2027-01-15', status: 'Expected' });
    expect(endOfLifeText({ endOfLife: '2027-01-15', eolStatus: 'announced' }, today)).toEqual({ date: '2027-01-15', status: 'Announced' });
    expect(endOfLifeText({}, today)).toEqual({ status: 'No end of life published' });
  });
});
