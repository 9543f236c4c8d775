// The decision report (/report/): requirements from the matrix (need=, cols=, v.<product>=) and the calculator's
// inputs (pods=, nodes=, …) read from one URL. Pure and zod-free: the page renders with it at build time and
// src/scripts/report.ts re-renders with it in the browser.
import {
  calculate,
  calculatorQueryKeys,
  defaultInput,
  parseCalculatorInput,
  type CalculatorFigures,
  type CalculatorInput,
  type MeshEstimate,
  type MeshId,
} from './calculator';
import { describeIgnored, parseFilterState, type IgnoredParam } from './matrix/filter-state';
import type { KnownIds } from './matrix/types';
import { supportMeets, type SupportLevel } from './support';
import { compareMinor } from './versions';

export { reportLinkQuery } from './report-links';
export { embedSnippet } from './embed-snippet';

/** Needs shown when the URL names none: core features most teams ask about (those missing from the data are skipped). */
export const preferredDefaultNeeds = [
  'automatic-mtls',
  'authorization-policy',
  'golden-metrics',
  'distributed-tracing',
  'egress-control',
] as const;

/** The default needs, in data order; the first features when none of the preferred ones exist. */
export function defaultNeeds(featureIds: readonly string[], preferred: readonly string[] = preferredDefaultNeeds): string[] {
  const wanted = new Set(preferred);
  const found = featureIds.filter((id) => wanted.has(id));
  return found.length > 0 ? found : featureIds.slice(0, 5);
}

/** Matrix parameters the report reads. */
const requirementKeys = new Set(['need', 'cols']);
const versionPrefix = 'v.';
/** Matrix parameters that only filter the matrix view: accepted in a link, but they change nothing here. */
const matrixOnlyKeys = new Set(['q', 'category', 'diff', 'req']);

export interface ReportQuery {
  /** Needed feature ids, in data order. */
  need: string[];
  /** True when the URL named no known feature, so `need` is the default set. */
  defaultNeed: boolean;
  /** Columns shown, in data order. */
  cols: string[];
  /** Chosen release per product; a product left out is at its newest release. */
  versions: Record<string, string>;
  input: CalculatorInput;
  /** Parameters not used, each with the reason (plain text, never markup). */
  ignored: IgnoredParam[];
}

/** Reads a report URL; never throws. Unknown or bad parameters are listed in `ignored`, and defaults are used. */
export function parseReportQuery(search: string | URLSearchParams, known: KnownIds): ReportQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const matrixParams = new URLSearchParams();
  const calculatorParams = new URLSearchParams();
  const ignored: IgnoredParam[] = [];
  const calculatorKeys = new Set(calculatorQueryKeys);
  for (const [name, value] of params) {
    if (requirementKeys.has(name) || name.startsWith(versionPrefix)) matrixParams.append(name, value);
    else if (calculatorKeys.has(name)) {
      if (calculatorParams.has(name)) ignored.push({ param: name, reason: 'given more than once; the first value is used' });
      else calculatorParams.set(name, value);
    } else if (matrixOnlyKeys.has(name) || name.startsWith('support.')) {
      // A matrix filter hides rows there; the report lists every need, so it is accepted silently.
    } else {
      ignored.push({ param: clip(name), reason: 'unknown parameter' });
    }
  }

  const { state, ignored: matrixIgnored } = parseFilterState(matrixParams, known);
  ignored.push(...matrixIgnored);

  let parsed = parseCalculatorInput(calculatorParams);
  if (parsed.errors) {
    for (const error of parsed.errors) {
      ignored.push({ param: error.field, reason: `${error.message.replace(/\.$/, '')}; the default is used` });
      calculatorParams.delete(error.field);
    }
    parsed = parseCalculatorInput(calculatorParams);
  }
  const input = parsed.ok ?? { ...defaultInput, custom: {} };

  const defaultNeed = state.need.length === 0;
  return {
    need: defaultNeed ? defaultNeeds(known.featureIds) : state.need,
    defaultNeed,
    cols: state.cols,
    versions: state.versions,
    input,
    ignored,
  };
}

function clip(value: string, length = 40): string {
  // eslint-disable-next-line no-control-regex
  const chars = Array.from(value.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').trim());
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
}

/** The notice for ignored parameters ('' when there are none); plain text for textContent. */
export function reportNotice(ignored: readonly IgnoredParam[]): string {
  return describeIgnored(ignored, 5);
}

/** How a need counts in the report: yes is met fully; partial and via add-on partly; no, unknown or no data not at all. */
export type Verdict = 'fully' | 'partly' | 'not';

export function verdictOf(support: SupportLevel | undefined): Verdict {
  if (!support) return 'not';
  const meets = supportMeets[support];
  return meets === 'met' ? 'fully' : meets === 'missing' ? 'not' : 'partly';
}

export const verdictLabels: Record<Verdict, string> = { fully: 'Meets fully', partly: 'Meets partly', not: 'Does not meet' };

/** One state of a cell as the report renders it: from which release, its support and its sources. */
export interface StateLike {
  from: string;
  support: SupportLevel;
}

/**
 * Which of a cell's states (oldest first) holds at `version` (undefined: the newest release): the index of the last
 * state from at or before it, or -1 when the feature was not available yet.
 */
export function stateIndexAt(states: readonly StateLike[], version: string | undefined): number {
  if (states.length === 0) return -1;
  if (version === undefined) return states.length - 1;
  let found = -1;
  states.forEach((state, index) => {
    if (compareMinor(state.from, version) <= 0) found = index;
  });
  return found;
}

/** The support at `version` (no when not available yet; undefined without a cell). */
export function supportAt(states: readonly StateLike[] | undefined, version: string | undefined): SupportLevel | undefined {
  if (!states || states.length === 0) return undefined;
  const index = stateIndexAt(states, version);
  return index < 0 ? 'no' : states[index]!.support;
}

export interface ColumnVerdicts {
  fully: string[];
  partly: string[];
  not: string[];
}

/** Splits the needs by how a column meets them, in the order given. */
export function columnVerdicts(need: readonly string[], supportOf: (featureId: string) => SupportLevel | undefined): ColumnVerdicts {
  const out: ColumnVerdicts = { fully: [], partly: [], not: [] };
  for (const id of need) out[verdictOf(supportOf(id))].push(id);
  return out;
}

/** "Meets 3 of 5 fully (A, B, C), 1 partly (D) and 1 not (E)." */
export function verdictSentence(verdicts: ColumnVerdicts, nameOf: (id: string) => string): string {
  const total = verdicts.fully.length + verdicts.partly.length + verdicts.not.length;
  if (total === 0) return 'No needs chosen.';
  const names = (ids: string[]) => (ids.length > 0 ? ` (${ids.map(nameOf).join(', ')})` : '');
  return `Meets ${verdicts.fully.length} of ${total} fully${names(verdicts.fully)}, ${verdicts.partly.length} partly${names(verdicts.partly)} and ${verdicts.not.length} not${names(verdicts.not)}.`;
}

/** What the memory estimate needs of a column: its product (a calculator mesh) and data-plane mode. */
export interface EstimateColumn {
  product: string;
  mode?: 'sidecar' | 'ambient' | undefined;
}

const calculatorMeshes: readonly string[] = ['istio', 'linkerd'] satisfies MeshId[];

/** The column's memory estimate (its own mode wins over the calculator's); undefined for a product the calculator does not cover. */
export function columnEstimate(column: EstimateColumn, input: CalculatorInput, figures: CalculatorFigures): MeshEstimate | undefined {
  if (!calculatorMeshes.includes(column.product)) return undefined;
  const result = calculate({ ...input, mode: column.mode ?? input.mode }, figures);
  return result[column.product as MeshId];
}

/** "300 pods on 5 nodes, 1 proxy per pod, 1 waypoint replica, 1 ingress replica, 1 control-plane replica, typical preset". */
export function inputSummary(input: CalculatorInput): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
  const custom = Object.keys(input.custom).length;
  return [
    `${n(input.pods, 'pod')} on ${n(input.nodes, 'node')}`,
    `${n(input.proxiesPerPod, 'proxy', 'proxies')} per pod`,
    n(input.waypoints, 'waypoint replica'),
    n(input.gateways, 'ingress replica'),
    n(input.controlPlaneReplicas, 'control-plane replica'),
    `${input.preset} preset${custom > 0 ? ` with ${n(custom, 'figure')} of your own` : ''}`,
  ].join(', ');
}

/** What the report says of a release: "Istio 1.31: released 2026-02-10, newest patch read 1.31.2, end of life 2026-12-01 (expected)". */
export interface ReleaseFacts {
  version: string;
  released: string;
  latestPatch?: string | undefined;
  endOfLife?: string | undefined;
  eolStatus?: string | undefined;
}

export function releaseLine(productName: string, release: ReleaseFacts | undefined, version?: string): string {
  if (!release) return `${productName} ${version ?? ''}: no release data.`.replace(' :', ':');
  const parts = [`released ${release.released}`];
  if (release.latestPatch) parts.push(`newest patch read ${release.latestPatch}`);
  if (release.endOfLife)
    parts.push(`end of life ${release.endOfLife}${release.eolStatus && release.eolStatus !== 'actual' ? ` (${release.eolStatus})` : ''}`);
  return `${productName} ${release.version}: ${parts.join(', ')}.`;
}

/** The release a product is viewed at: the chosen one, else the newest (releases oldest first). */
export function releaseFor(releases: readonly ReleaseFacts[], chosen: string | undefined): ReleaseFacts | undefined {
  return (chosen && releases.find((release) => release.version === chosen)) || releases.at(-1);
}

/** The data the report script reads from the page (a <script type="application/json">). */
export interface ReportClientData {
  known: KnownIds;
  /** Product id -> its releases, oldest first. */
  releases: Record<string, ReleaseFacts[]>;
  /** Product id -> display name. */
  productNames: Record<string, string>;
  figures: CalculatorFigures;
}
