// The per-proxy memory figures the calculator needs, picked from content/overhead.yaml.
import type { OverheadComponent, PresetName } from '../content/schemas';

export type MeshId = 'istio' | 'linkerd';

/** Overhead entries the calculator reads, with the mesh and component each must describe. */
export const requiredFigures = {
  'istio-sidecar': { mesh: 'istio', component: 'sidecar', role: 'Istio Envoy sidecar, per pod' },
  'istio-ztunnel': { mesh: 'istio', component: 'ztunnel', role: 'Istio ambient ztunnel, per node' },
  'istio-waypoint': { mesh: 'istio', component: 'waypoint', role: 'Istio ambient waypoint, per replica' },
  'istio-gateway': { mesh: 'istio', component: 'gateway', role: 'Istio ingress gateway, per replica' },
  'istio-control-plane': { mesh: 'istio', component: 'control-plane', role: 'istiod, per replica' },
  'linkerd-sidecar': { mesh: 'linkerd', component: 'sidecar', role: 'Linkerd linkerd2-proxy, per pod' },
  'linkerd-control-plane': { mesh: 'linkerd', component: 'control-plane', role: 'Linkerd control plane, per replica set' },
} as const satisfies Record<string, { mesh: MeshId; component: OverheadComponent; role: string }>;

export type FigureId = keyof typeof requiredFigures;
export const figureIds = Object.keys(requiredFigures) as FigureId[];

export type FigureKind = 'measured' | 'derived' | 'request' | 'limit';

export interface PresetFigure {
  mb: number;
  unit: 'MB' | 'MiB';
  /** request and limit are configured values, not measured use. */
  kind?: FigureKind;
}

/** The part of an overhead entry the calculation needs (an `Overhead` from content fits). */
export interface CalculatorFigure {
  id: string;
  mesh: string;
  component: string;
  label: string;
  presets: Record<PresetName, PresetFigure>;
}

export type CalculatorFigures = Record<FigureId, CalculatorFigure>;

export class CalculatorDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Memory calculator: content/overhead.yaml is not usable:\n- ${problems.join('\n- ')}`);
    this.name = 'CalculatorDataError';
  }
}

const bytesPerMiB = 1024 * 1024;
const bytesPerMB = 1_000_000;

/** A figure in decimal megabytes (MiB figures are converted: 1 MiB = 1.048576 MB). */
export function toMb(figure: PresetFigure): number {
  return figure.unit === 'MiB' ? (figure.mb * bytesPerMiB) / bytesPerMB : figure.mb;
}

function isUsableFigure(figure: PresetFigure | undefined): boolean {
  return !!figure && Number.isFinite(figure.mb) && figure.mb > 0 && (figure.unit === 'MB' || figure.unit === 'MiB');
}

/**
 * Picks the calculator's figures from all overhead entries.
 * Throws one CalculatorDataError naming every missing or mismatched id.
 */
export function selectCalculatorFigures(entries: readonly CalculatorFigure[]): CalculatorFigures {
  const problems: string[] = [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const selected: Partial<CalculatorFigures> = {};
  for (const id of figureIds) {
    const expected = requiredFigures[id];
    const entry = byId.get(id);
    if (!entry) {
      problems.push(`missing entry with id "${id}" (${expected.role})`);
      continue;
    }
    if (entry.mesh !== expected.mesh || entry.component !== expected.component) {
      problems.push(
        `entry "${id}" must have mesh "${expected.mesh}" and component "${expected.component}" (found "${entry.mesh}", "${entry.component}")`,
      );
      continue;
    }
    const bad = (['low', 'typical', 'high'] as const).filter((name) => !isUsableFigure(entry.presets?.[name]));
    if (bad.length > 0) {
      problems.push(`entry "${id}" has no usable ${bad.join(', ')} preset (needs mb > 0 and unit MB or MiB)`);
      continue;
    }
    selected[id] = entry;
  }
  if (problems.length > 0) throw new CalculatorDataError(problems);
  return selected as CalculatorFigures;
}

function compactPreset({ mb, unit, kind }: PresetFigure): PresetFigure {
  return kind === undefined ? { mb, unit } : { mb, unit, kind };
}

/** Only what the browser script needs: ids, labels and preset numbers. */
export function compactFigures(figures: CalculatorFigures): CalculatorFigures {
  const out: Partial<CalculatorFigures> = {};
  for (const id of figureIds) {
    const { mesh, component, label, presets } = figures[id];
    out[id] = {
      id,
      mesh,
      component,
      label,
      presets: { low: compactPreset(presets.low), typical: compactPreset(presets.typical), high: compactPreset(presets.high) },
    };
  }
  return out as CalculatorFigures;
}
