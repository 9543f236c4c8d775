// Text for calculator results, shared by the build-time render and the browser script.
import type { PresetName } from '../content/schemas';
import { kindRoles, type FigureKind, type MeshId } from './figures';
import {
  lineLabels,
  type CalculatorResult,
  type EstimateLine,
  type FigureUse,
  type MeshEstimate,
  type ReservedEstimate,
} from './calculate';
import type { IstioMode } from './input';

export const meshNames: Record<MeshId, string> = { istio: 'Istio', linkerd: 'Linkerd' };

export { presetLabels } from '../figure-vocabulary';

export const modeLabels: Record<IstioMode, string> = { sidecar: 'sidecar mode', ambient: 'ambient mode' };

/** Shown instead of a number that cannot be displayed (never expected, but never "NaN"). */
const notANumber = '—';

const formatters = new Map<number, Intl.NumberFormat>();

function fixed(value: number, maxDigits: number): string {
  if (!Number.isFinite(value)) return notANumber;
  let formatter = formatters.get(maxDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDigits });
    formatters.set(maxDigits, formatter);
  }
  return formatter.format(value);
}

/** A figure in MB with precision that suits its size: 0.25 MB, 53.1 MB, 5,310 MB. */
export function formatMb(mb: number): string {
  if (!Number.isFinite(mb)) return notANumber;
  const digits = mb >= 100 ? 0 : mb >= 10 ? 1 : 2;
  return `${fixed(mb, digits)} MB`;
}

/** A total, with its size in GB from 1,000 MB and in TB from 1,000,000 MB: "5,000 MB (≈ 5 GB)". */
export function formatTotal(mb: number): string {
  if (!Number.isFinite(mb)) return notANumber;
  if (mb >= 1_000_000) return `${formatMb(mb)} (≈ ${fixed(mb / 1_000_000, 1)} TB)`;
  return mb >= 1000 ? `${formatMb(mb)} (≈ ${fixed(mb / 1000, 1)} GB)` : formatMb(mb);
}

/** A figure as its source reports it: "50.64 MiB". */
export function formatReported(use: Pick<FigureUse, 'reported' | 'unit'>): string {
  return `${fixed(use.reported, 2)} ${use.unit}`;
}

/** What a figure that is not usage is, in the origin text (presets are usage; see presetKindProblems). */
const notUsageText: Record<Exclude<(typeof kindRoles)[FigureKind], 'usage'>, string> = {
  peak: 'benchmark peak, not steady usage',
  reserved: 'memory request, not usage',
  ceiling: 'memory limit, not usage',
};

/** Where a line's figure came from: "typical preset, 50.64 MiB", "high preset (memory limit, not usage)" or "your figure". */
export function describeOrigin(use: FigureUse): string {
  if (use.origin === 'custom') return 'your figure';
  const preset = use.unit === 'MiB' ? `${use.origin} preset, ${formatReported(use)}` : `${use.origin} preset`;
  const role = use.kind === undefined ? 'usage' : kindRoles[use.kind];
  return role === 'usage' ? preset : `${preset} (${notUsageText[role]})`;
}

/**
 * The separate "reserved by the scheduler" line: the sum of the default memory requests, never added to the total.
 * "Reserved by the scheduler (requests): 13,422 MB (≈ 13.4 GB)", with the components that set none named.
 */
export function reservedText(reserved: ReservedEstimate): string {
  const lead = 'Reserved by the scheduler (requests):';
  const unset = reserved.unset.map((id) => lineLabels[id]).join(', ');
  if (reserved.lines.length === 0) return `${lead} none; the default install sets no memory requests.`;
  return `${lead} ${formatTotal(reserved.total)}${unset ? `; no request set for ${unset}` : ''}.`;
}

/** The reserved sum written out: "100 pods × 134 MB + 1 istiod replica × 2,147 MB = 15,569 MB". */
export function reservedFormula(reserved: ReservedEstimate): string {
  if (reserved.lines.length === 0) return '0 MB';
  const terms = reserved.lines.map((line) => `${line.countText} × ${formatMb(line.mbEach)}`);
  return `${terms.join(' + ')} = ${formatMb(reserved.total)}`;
}

export function formatRange(range: MeshEstimate['range']): string {
  if (range.low === range.high) return formatMb(range.low);
  return `${formatMb(range.low).replace(/ MB$/, '')}–${formatMb(range.high)}`;
}

export function lineFormula(line: EstimateLine): string {
  return `${line.countText} × ${formatMb(line.mbEach)} = ${formatMb(line.subtotal)}`;
}

/** The whole sum written out: "100 pods × 53.1 MB + 1 istiod replica × 100 MB = 5,410 MB". */
export function formulaText(estimate: MeshEstimate): string {
  const terms = estimate.lines.map((line) => `${line.countText} × ${formatMb(line.mbEach)}`);
  return `${terms.join(' + ')} = ${formatMb(estimate.total)}`;
}

/** "Istio uses 4.3× the memory of Linkerd", with the zero and near-equal cases handled. */
export function comparisonText(result: Pick<CalculatorResult, 'istio' | 'linkerd' | 'ratio'>): string {
  const istio = result.istio.total;
  const linkerd = result.linkerd.total;
  if (istio === 0 && linkerd === 0) return 'Both estimates are 0 MB.';
  if (result.ratio === null || linkerd === 0) return 'Linkerd’s estimate is 0 MB, so there is no ratio to show.';
  if (istio === 0) return 'Istio’s estimate is 0 MB, so there is no ratio to show.';
  const ratio = result.ratio;
  if (!Number.isFinite(ratio) || ratio <= 0) return 'The ratio cannot be computed for these values.';
  if (ratio >= 0.95 && ratio < 1.05) return 'Istio and Linkerd use about the same memory.';
  const digits = (r: number) => (r >= 10 ? 0 : 1);
  return ratio > 1
    ? `Istio uses ${fixed(ratio, digits(ratio))}× the memory of Linkerd.`
    : `Linkerd uses ${fixed(1 / ratio, digits(1 / ratio))}× the memory of Istio.`;
}

/** One sentence for the live region. */
export function summaryText(result: CalculatorResult, mode: IstioMode): string {
  return `Istio (${modeLabels[mode]}): ${formatTotal(result.istio.total)}. Linkerd: ${formatTotal(result.linkerd.total)}. ${comparisonText(result)}`;
}

/** The compact total kept in view beside the inputs: "Istio 6.4 GB · Linkerd 2.1 GB". */
export function quickTotalText(result: CalculatorResult): string {
  return `${meshNames.istio} ${formatTotal(result.istio.total)} · ${meshNames.linkerd} ${formatTotal(result.linkerd.total)}`;
}

/**
 * The notice shown while a field is invalid. The estimate keeps the last valid input; before any valid input
 * (a bad link) that is the defaults, and the notice says so rather than claiming they are the reader's values.
 */
export function invalidNoticeText(errorCount: number, hadValidInput: boolean): string {
  const fields = errorCount === 1 ? 'one field needs' : `${errorCount} fields need`;
  const shown = hadValidInput
    ? 'It still shows your last valid values, struck through.'
    : 'It shows the default values, struck through, until then.';
  return `The estimate was not updated: ${fields} a valid value (see the message by the field). ${shown}`;
}

/** Bar length in percent of the larger total (0–100, never NaN). */
export function barPercent(total: number, largest: number): number {
  if (!(largest > 0) || !Number.isFinite(total) || total <= 0) return 0;
  return Math.min(100, (total / largest) * 100);
}

/** The hint beside a custom-figure field: "50.64 MiB (typical preset)". */
export function presetHintText(figure: { mb: number; unit: 'MB' | 'MiB' }, preset: PresetName): string {
  return `${formatReported({ reported: figure.mb, unit: figure.unit })} (${preset} preset)`;
}

/** A bar's short visible label: "Istio: 5,979 MB" (short enough for a 320 px chart). */
export function chartLabel(estimate: Pick<MeshEstimate, 'mesh' | 'total'>): string {
  return `${meshNames[estimate.mesh]}: ${formatMb(estimate.total)}`;
}

/** The chart's text alternative, with the mode and GB. */
export function chartTitle(result: Pick<CalculatorResult, 'istio' | 'linkerd'>, mode: IstioMode): string {
  return `Memory estimate. Istio (${modeLabels[mode]}): ${formatTotal(result.istio.total)}. Linkerd: ${formatTotal(result.linkerd.total)}.`;
}
