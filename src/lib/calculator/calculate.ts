// Memory estimate per mesh: count × MB each for every component, summed.
import type { PresetName } from '../content/schemas';
import {
  requestOf,
  requestProfile,
  toMb,
  type CalculatorFigures,
  type FigureId,
  type FigureKind,
  type MeshId,
  type PresetFigure,
} from './figures';
import type { CalculatorInput } from './input';

export type LineId =
  | 'istio-sidecar'
  | 'istio-ztunnel'
  | 'istio-waypoint'
  | 'istio-gateway'
  | 'istio-control-plane'
  | 'linkerd-sidecar'
  | 'linkerd-ingress'
  | 'linkerd-control-plane';

/** Every line a mesh can show, in display order (the active ones depend on the Istio mode). */
export const meshLines: Record<MeshId, readonly LineId[]> = {
  istio: ['istio-sidecar', 'istio-ztunnel', 'istio-waypoint', 'istio-gateway', 'istio-control-plane'],
  linkerd: ['linkerd-sidecar', 'linkerd-ingress', 'linkerd-control-plane'],
};

export const lineLabels: Record<LineId, string> = {
  'istio-sidecar': 'Envoy sidecars',
  'istio-ztunnel': 'ztunnel (one per node)',
  'istio-waypoint': 'Waypoint proxies',
  'istio-gateway': 'Ingress gateway',
  'istio-control-plane': 'istiod',
  'linkerd-sidecar': 'linkerd2-proxy sidecars',
  'linkerd-ingress': 'Proxies in ingress-controller pods',
  'linkerd-control-plane': 'Control plane (destination, identity, proxy injector)',
};

/** The overhead figure each line multiplies (Linkerd's ingress pods carry an ordinary proxy). */
export const lineFigure: Record<LineId, FigureId> = {
  'istio-sidecar': 'istio-sidecar',
  'istio-ztunnel': 'istio-ztunnel',
  'istio-waypoint': 'istio-waypoint',
  'istio-gateway': 'istio-gateway',
  'istio-control-plane': 'istio-control-plane',
  'linkerd-sidecar': 'linkerd-sidecar',
  'linkerd-ingress': 'linkerd-sidecar',
  'linkerd-control-plane': 'linkerd-control-plane',
};

export interface FigureUse {
  /** "custom" when the user typed a figure; otherwise the preset it came from. */
  origin: PresetName | 'custom';
  /** The figure as reported (in `unit`). */
  reported: number;
  unit: 'MB' | 'MiB';
  kind?: FigureKind;
}

export interface EstimateLine {
  id: LineId;
  figureId: FigureId;
  label: string;
  count: number;
  /** What is counted, e.g. "100 pods" or "100 pods × 2 proxies". */
  countText: string;
  mbEach: number;
  subtotal: number;
  figure: FigureUse;
}

/** One component's memory request times its count: what the scheduler sets aside, not usage. */
export interface ReservedLine {
  id: LineId;
  count: number;
  /** What is counted, as in EstimateLine. */
  countText: string;
  /** The request per replica in MB. */
  mbEach: number;
  subtotal: number;
  /** The request as the chart sets it (in `unit`). */
  request: PresetFigure;
}

export interface ReservedEstimate {
  lines: ReservedLine[];
  /** Sum of the requests in MB; 0 when no component sets one. */
  total: number;
  /** Active lines whose component sets no memory request in this install. */
  unset: LineId[];
}

export interface MeshEstimate {
  mesh: MeshId;
  lines: EstimateLine[];
  total: number;
  /** Totals with every non-custom figure at its low and at its high preset. */
  range: { low: number; high: number };
  /** Memory the scheduler reserves from the default requests; never part of `total`. */
  reserved: ReservedEstimate;
}

export interface CalculatorResult {
  istio: MeshEstimate;
  linkerd: MeshEstimate;
  /** Istio total ÷ Linkerd total; null when Linkerd's total is 0. */
  ratio: number | null;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

function sidecarCountText(input: CalculatorInput): string {
  const pods = plural(input.pods, 'pod', 'pods');
  return input.proxiesPerPod === 1 ? pods : `${pods} × ${plural(input.proxiesPerPod, 'proxy', 'proxies')}`;
}

/** How many of each component run, and how that count is described. */
function activeCounts(input: CalculatorInput): Record<MeshId, Array<[LineId, number, string]>> {
  const sidecars = input.pods * input.proxiesPerPod;
  const replicas = input.controlPlaneReplicas;
  const istioDataPlane: Array<[LineId, number, string]> =
    input.mode === 'sidecar'
      ? [['istio-sidecar', sidecars, sidecarCountText(input)]]
      : [
          ['istio-ztunnel', input.nodes, plural(input.nodes, 'node', 'nodes')],
          ['istio-waypoint', input.waypoints, plural(input.waypoints, 'waypoint replica', 'waypoint replicas')],
        ];
  return {
    istio: [
      ...istioDataPlane,
      ['istio-gateway', input.gateways, plural(input.gateways, 'gateway replica', 'gateway replicas')],
      ['istio-control-plane', replicas, plural(replicas, 'istiod replica', 'istiod replicas')],
    ],
    linkerd: [
      ['linkerd-sidecar', sidecars, sidecarCountText(input)],
      ['linkerd-ingress', input.gateways, plural(input.gateways, 'ingress pod', 'ingress pods')],
      ['linkerd-control-plane', replicas, plural(replicas, 'replica set', 'replica sets')],
    ],
  };
}

function figureFor(
  id: FigureId,
  preset: PresetName,
  input: CalculatorInput,
  figures: CalculatorFigures,
): { mbEach: number; figure: FigureUse } {
  const custom = input.custom[id];
  if (custom !== undefined) return { mbEach: custom, figure: { origin: 'custom', reported: custom, unit: 'MB' } };
  const chosen = figures[id].presets[preset];
  const figure: FigureUse = { origin: preset, reported: chosen.mb, unit: chosen.unit };
  if (chosen.kind) figure.kind = chosen.kind;
  return { mbEach: toMb(chosen), figure };
}

function linesFor(mesh: MeshId, preset: PresetName, input: CalculatorInput, figures: CalculatorFigures): EstimateLine[] {
  return activeCounts(input)[mesh].map(([id, count, countText]) => {
    const figureId = lineFigure[id];
    const { mbEach, figure } = figureFor(figureId, preset, input, figures);
    return { id, figureId, label: lineLabels[id], count, countText, mbEach, subtotal: count * mbEach, figure };
  });
}

const sumOf = (lines: ReadonlyArray<{ subtotal: number }>) => lines.reduce((sum, line) => sum + line.subtotal, 0);

/**
 * The memory requests for `mesh` at these counts: each active component's default request times its count.
 * Linkerd's requests come from its high-availability profile, so they count only with 3 control-plane
 * replicas (the calculator's HA choice); its default install sets none. Custom usage figures do not change it.
 */
export function reservedFor(mesh: MeshId, input: CalculatorInput, figures: CalculatorFigures): ReservedEstimate {
  const lines: ReservedLine[] = [];
  const unset: LineId[] = [];
  for (const [id, count, countText] of activeCounts(input)[mesh]) {
    const figureId = lineFigure[id];
    const request = requestOf(figures[figureId]);
    const applies = requestProfile[figureId] === 'default' || input.controlPlaneReplicas === 3;
    if (!request || !applies) {
      unset.push(id);
      continue;
    }
    const mbEach = toMb(request);
    lines.push({ id, count, countText, mbEach, subtotal: count * mbEach, request });
  }
  return { lines, total: sumOf(lines), unset };
}

function estimate(mesh: MeshId, input: CalculatorInput, figures: CalculatorFigures): MeshEstimate {
  const lines = linesFor(mesh, input.preset, input, figures);
  return {
    mesh,
    lines,
    total: sumOf(lines),
    range: {
      low: sumOf(linesFor(mesh, 'low', input, figures)),
      high: sumOf(linesFor(mesh, 'high', input, figures)),
    },
    reserved: reservedFor(mesh, input, figures),
  };
}

/** Computes both meshes' memory for `input` from the sourced (or custom) figures. */
export function calculate(input: CalculatorInput, figures: CalculatorFigures): CalculatorResult {
  const istio = estimate('istio', input, figures);
  const linkerd = estimate('linkerd', input, figures);
  return { istio, linkerd, ratio: linkerd.total > 0 ? istio.total / linkerd.total : null };
}
