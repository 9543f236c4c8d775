// Pure layout of the release timeline on /releases/: a date scale, one lane per minor release grouped
// by product, and one bar per support window (released → end of life). No DOM, no zod: the page renders
// the result as an SVG at build time, and the unit tests check the geometry.
import type { Release } from './content/schemas';
import { releasesOf } from './releases';
import { compareMinor } from './versions';
import { releaseAnchor } from './citations';

/** How a bar ends: a past or announced end of life, an expected one, or none published (open). */
export type BarEnd = 'actual' | 'announced' | 'expected' | 'open';

export interface TimelineBar {
  product: string;
  version: string;
  /** Fragment id of the release's table row. */
  anchor: string;
  start: string;
  /** The end of life, or undefined when none is published (the bar runs to the chart's right edge). */
  end: string | undefined;
  endKind: BarEnd;
  /** Whether the end of life is on or before today. */
  ended: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Lane centre, for the version label. */
  labelY: number;
}

export interface TimelineGroup {
  product: string;
  name: string;
  /** Top of the group's heading line. */
  y: number;
  /** Baseline of the group's heading. */
  labelY: number;
  /** Position of the product's colour in the palette (1-based). */
  slot: number;
  bars: TimelineBar[];
}

export interface TimelineTick {
  date: string;
  x: number;
  /** "2024" on a year boundary; empty on a quarter line. */
  label: string;
  major: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Left edge of the plot area (version labels sit left of it). */
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  domain: { start: string; end: string };
  ticks: TimelineTick[];
  today: { date: string; x: number };
  groups: TimelineGroup[];
}

export interface TimelineOptions {
  /** The day marked as today (YYYY-MM-DD): the build date on the site, fixed in tests. */
  today: string;
  width?: number;
  /** Room for the version labels. */
  gutter?: number;
  laneHeight?: number;
  barHeight?: number;
  groupHeading?: number;
  axisHeight?: number;
  /** Newest release first within a product (the table's order); default oldest first. */
  newestFirst?: boolean;
}

const dayMs = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date (UTC). */
export function dayNumber(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`releases timeline: not a date "${date}"`);
  return Math.round(time / dayMs);
}

function isoOf(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The first day of the quarter that contains `date`. */
export function quarterStart(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/** The first day of the quarter after the one that contains `date`. */
export function nextQuarterStart(date: string): string {
  const [year, month] = quarterStart(date).split('-').map(Number) as [number, number];
  return month === 10 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, '0')}-01`;
}

/** A linear scale from dates to x positions; dates outside the domain are clamped to its edges. */
export function dateScale(domain: { start: string; end: string }, range: [number, number]): (date: string) => number {
  const d0 = dayNumber(domain.start);
  const d1 = dayNumber(domain.end);
  if (d1 <= d0) throw new Error('releases timeline: the domain must end after it starts');
  const [r0, r1] = range;
  return (date: string) => {
    const t = Math.min(1, Math.max(0, (dayNumber(date) - d0) / (d1 - d0)));
    return Math.round((r0 + t * (r1 - r0)) * 10) / 10;
  };
}

/**
 * The chart's date range: from the start of the quarter of the first release to the start of the quarter
 * after the latest date shown (today or an end of life) plus a month, so open bars visibly continue past today.
 */
export function timelineDomain(
  releases: readonly Pick<Release, 'released' | 'endOfLife'>[],
  today: string,
): { start: string; end: string } {
  if (releases.length === 0) return { start: quarterStart(today), end: nextQuarterStart(today) };
  const starts = releases.map((release) => release.released).sort();
  const ends = [today, ...releases.flatMap((release) => (release.endOfLife ? [release.endOfLife] : []))].sort();
  const last = isoOf(dayNumber(ends.at(-1)!) + 31);
  return { start: quarterStart(starts[0]!), end: nextQuarterStart(last) };
}

/** How a release's support window ends. */
export function barEnd(release: Pick<Release, 'endOfLife' | 'eolStatus'>): BarEnd {
  if (!release.endOfLife) return 'open';
  return release.eolStatus ?? 'actual';
}

/** Lays out the timeline: products in the given order, one lane per minor release. */
export function layoutTimeline(
  releases: readonly Release[],
  products: readonly { id: string; name: string; slot?: number }[],
  options: TimelineOptions,
): TimelineLayout {
  const {
    today,
    width = 960,
    gutter = 96,
    laneHeight = 18,
    barHeight = 12,
    groupHeading = 24,
    axisHeight = 28,
    newestFirst = false,
  } = options;
  dayNumber(today); // validates
  const shown = products.flatMap((product) => releasesOf(releases, product.id));
  const domain = timelineDomain(shown, today);
  const plotLeft = gutter;
  const plotRight = width - 12;
  const x = dateScale(domain, [plotLeft, plotRight]);
  const plotTop = axisHeight;

  let y = plotTop;
  const groups: TimelineGroup[] = [];
  products.forEach((product, index) => {
    const ordered = releasesOf(releases, product.id);
    if (newestFirst) ordered.reverse();
    if (ordered.length === 0) return;
    const group: TimelineGroup = {
      product: product.id,
      name: product.name,
      y,
      labelY: y + groupHeading - 8,
      slot: product.slot ?? index + 1,
      bars: [],
    };
    y += groupHeading;
    for (const release of ordered) {
      const endKind = barEnd(release);
      const x0 = x(release.released);
      const x1 = release.endOfLife ? x(release.endOfLife) : plotRight;
      group.bars.push({
        product: product.id,
        version: release.version,
        anchor: releaseAnchor(product.id, release.version),
        start: release.released,
        end: release.endOfLife,
        endKind,
        ended: release.endOfLife !== undefined && release.endOfLife <= today,
        x: x0,
        y: Math.round((y + (laneHeight - barHeight) / 2) * 10) / 10,
        width: Math.max(1, Math.round((x1 - x0) * 10) / 10),
        height: barHeight,
        labelY: y + laneHeight / 2,
      });
      y += laneHeight;
    }
    groups.push(group);
  });
  const plotBottom = y + 4;

  const ticks: TimelineTick[] = [];
  for (let date = domain.start; date <= domain.end; date = nextQuarterStart(date)) {
    const major = date.endsWith('-01-01');
    ticks.push({ date, x: x(date), label: major ? date.slice(0, 4) : '', major });
  }

  return {
    width,
    height: plotBottom + 4,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    domain,
    ticks,
    today: { date: today, x: x(today) },
    groups,
  };
}

/** One-paragraph text equivalent of the chart, for the SVG's <desc>. */
export function describeTimeline(layout: TimelineLayout): string {
  const parts = layout.groups.map((group) => {
    const versions = group.bars.map((bar) => bar.version);
    const first = group.bars.reduce((a, b) => (a.start <= b.start ? a : b));
    const live = group.bars.filter((bar) => !bar.ended);
    const open = live.filter((bar) => bar.endKind === 'open').map((bar) => bar.version);
    const dated = live.filter((bar) => bar.endKind !== 'open').map((bar) => `${bar.version} until ${bar.end}`);
    const sorted = [...versions].sort(compareMinor);
    return (
      `${group.name} ${sorted[0]} to ${sorted.at(-1)}, first released ${first.start}: ` +
      [
        dated.length > 0 ? `end of life ahead for ${dated.join(', ')}` : '',
        open.length > 0 ? `no end of life published for ${open.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ') +
      '.'
    );
  });
  return `Support windows by minor release, ${layout.domain.start} to ${layout.domain.end}, with today (${layout.today.date}) marked. ${parts.join(' ')}`;
}

/** The end-of-life cell of the releases table: the date and what it means today. */
export function endOfLifeText(release: Pick<Release, 'endOfLife' | 'eolStatus'>, today: string): { date?: string; status: string } {
  if (!release.endOfLife) return { status: 'No end of life published' };
  const kind = release.eolStatus ?? 'actual';
  if (release.endOfLife <= today) return { date: release.endOfLife, status: 'Ended' };
  return { date: release.endOfLife, status: kind === 'expected' ? 'Expected' : 'Announced' };
}
