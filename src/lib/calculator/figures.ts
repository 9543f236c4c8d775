// The per-proxy memory figures the calculator needs, picked from content/overhead.yaml.
import type { FigureKind, OverheadComponent, PresetName } from '../content/schemas';
import { kindPhrases, kindRoles, type KindRole } from '../figure-vocabulary';

export type { FigureKind };

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

// What each figure kind stands for (usage, peak, reserved, ceiling) is defined in src/lib/figure-vocabulary.ts.
export { kindRoles, kindPhrases, type KindRole } from '../figure-vocabulary';

/** Kinds a calculator preset may have: steady usage only, never a peak, request or limit. */
export const presetKinds: readonly FigureKind[] = (Object.keys(kindRoles) as FigureKind[]).filter((kind) => kindRoles[kind] === 'usage');

/** True for measured and derived figures (memory in use), false for peaks and configured values. */
export function isUsageKind(kind: FigureKind | undefined): boolean {
  return kind !== undefined && kindRoles[kind] === 'usage';
}

export interface PresetFigure {
  mb: number;
  unit: 'MB' | 'MiB';
  /** See kindRoles: only measured and derived figures may be presets. */
  kind?: FigureKind;
}

/** The part of an overhead entry the calculation needs (an `Overhead` from content fits). */
export interface CalculatorFigure {
  id: string;
  mesh: string;
  component: string;
  label: string;
  presets: Record<PresetName, PresetFigure>;
  /** Every figure recorded for the component; the default memory request is read from here. */
  measurements?: readonly PresetFigure[];
  /** The default memory request (set by compactFigures, which drops `measurements`). */
  request?: PresetFigure;
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

/**
 * Which install sets the component's memory request: Istio's charts set one by default; Linkerd's default
 * install sets none and only its high-availability profile (values-ha.yaml) does.
 */
export const requestProfile: Record<FigureId, 'default' | 'ha'> = {
  'istio-sidecar': 'default',
  'istio-ztunnel': 'default',
  'istio-waypoint': 'default',
  'istio-gateway': 'default',
  'istio-control-plane': 'default',
  'linkerd-sidecar': 'ha',
  'linkerd-control-plane': 'ha',
};

/** The component's default memory request: `request`, else the first request among its measurements. */
export function requestOf(figure: Pick<CalculatorFigure, 'request' | 'measurements'>): PresetFigure | undefined {
  if (figure.request) return figure.request;
  const found = figure.measurements?.find((candidate) => candidate.kind === 'request');
  return found && { mb: found.mb, unit: found.unit, kind: 'request' };
}

/**
 * Presets must describe memory in use: each one needs kind measured or derived. Returns one message per
 * preset that is a peak, a request, a limit or has no kind, naming the entry and the preset.
 */
export function presetKindProblems(entry: Pick<CalculatorFigure, 'id' | 'presets'>): string[] {
  const problems: string[] = [];
  for (const name of ['low', 'typical', 'high'] as const) {
    const figure = entry.presets?.[name];
    if (!figure) continue;
    const allowed = presetKinds.join(' or ');
    if (figure.kind === undefined) {
      problems.push(`entry "${entry.id}", ${name} preset: has no kind; a preset must be a ${allowed} usage figure`);
    } else if (!isUsageKind(figure.kind)) {
      problems.push(
        `entry "${entry.id}", ${name} preset: ${figure.mb} ${figure.unit} is ${kindPhrases[figure.kind]} (kind "${figure.kind}"); ` +
          `a preset must be a ${allowed} usage figure, so keep it in measurements and pick the highest measured or derived figure instead`,
      );
    }
  }
  return problems;
}

/** Splits figures by what they describe, for pages that show usage, peaks and configured values apart. */
export function figuresByRole<T extends { kind: FigureKind }>(figures: readonly T[]): Record<KindRole, T[]> {
  const groups: Record<KindRole, T[]> = { usage: [], peak: [], reserved: [], ceiling: [] };
  for (const figure of figures) groups[kindRoles[figure.kind]].push(figure);
  return groups;
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
    const kindProblems = presetKindProblems(entry);
    if (kindProblems.length > 0) {
      problems.push(...kindProblems);
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

/** Only what the browser script needs: ids, labels, preset numbers and the default memory request. */
export function compactFigures(figures: CalculatorFigures): CalculatorFigures {
  const out: Partial<CalculatorFigures> = {};
  for (const id of figureIds) {
    const { mesh, component, label, presets } = figures[id];
    const request = requestOf(figures[id]);
    out[id] = {
      id,
      mesh,
      component,
      label,
      presets: { low: compactPreset(presets.low), typical: compactPreset(presets.typical), high: compactPreset(presets.high) },
      ...(request ? { request: compactPreset(request) } : {}),
    };
  }
  return out as CalculatorFigures;
}
