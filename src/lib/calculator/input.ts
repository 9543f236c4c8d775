// Calculator inputs: field definitions, parsing from a URL query or form, and serializing back.
import type { PresetName } from '../content/schemas';
import { figureIds, type FigureId } from './figures';

export type IstioMode = 'sidecar' | 'ambient';
export type ControlPlaneReplicas = 1 | 3;

export interface CalculatorInput {
  pods: number;
  nodes: number;
  proxiesPerPod: number;
  mode: IstioMode;
  waypoints: number;
  gateways: number;
  controlPlaneReplicas: ControlPlaneReplicas;
  preset: PresetName;
  /** Per-proxy figures in MB that replace the preset (only the ones the user set). */
  custom: Partial<Record<FigureId, number>>;
}

export interface CountField {
  key: string;
  prop: 'pods' | 'nodes' | 'proxiesPerPod' | 'waypoints' | 'gateways';
  min: number;
  max: number;
}

/** Whole-number inputs, in form order. `key` is both the query parameter and the form control name. */
export const countFields: readonly CountField[] = [
  { key: 'pods', prop: 'pods', min: 0, max: 1_000_000 },
  { key: 'nodes', prop: 'nodes', min: 1, max: 100_000 },
  { key: 'proxies', prop: 'proxiesPerPod', min: 1, max: 10 },
  { key: 'waypoints', prop: 'waypoints', min: 0, max: 10_000 },
  { key: 'gateways', prop: 'gateways', min: 0, max: 10_000 },
];

export const choiceFields = {
  mode: { key: 'mode', values: ['sidecar', 'ambient'] as const },
  replicas: { key: 'replicas', values: ['1', '3'] as const },
  preset: { key: 'preset', values: ['low', 'typical', 'high'] as const },
};

/** Bounds of a custom per-proxy figure, in MB. */
export const customMbBounds = { min: 0.1, max: 10_000 } as const;

/** Query parameter of the custom figure for an overhead id, e.g. `istio-sidecar-mb`. */
export function customKey(id: FigureId): string {
  return `${id}-mb`;
}

/** Every query parameter the calculator reads; others in the URL are ignored and kept. */
export const calculatorQueryKeys: readonly string[] = [
  ...countFields.map((field) => field.key),
  ...Object.values(choiceFields).map((field) => field.key),
  ...figureIds.map(customKey),
];

export const defaultInput: CalculatorInput = {
  pods: 100,
  nodes: 5,
  proxiesPerPod: 1,
  mode: 'sidecar',
  waypoints: 1,
  gateways: 1,
  controlPlaneReplicas: 1,
  preset: 'typical',
  custom: {},
};

export interface FieldError {
  /** The query parameter / form control name. */
  field: string;
  message: string;
}

export type ParseResult = { ok: CalculatorInput; errors?: never } | { ok?: never; errors: FieldError[] };

/** A URL query, form values, or a plain record. Absent keys take defaults; unknown keys are ignored. */
export type RawInput = URLSearchParams | Readonly<Record<string, string | null | undefined>>;

function read(raw: RawInput, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? raw.get(key) : raw[key];
  return value === null || value === undefined ? undefined : value;
}

const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const maxInputLength = 40;

export const formatBound = (value: number) => value.toLocaleString('en-US');

function rangeText(min: number, max: number): string {
  return `from ${formatBound(min)} to ${formatBound(max)}`;
}

/** Parses one number; returns the value or an error message. */
function parseNumber(text: string, min: number, max: number, integer: boolean): number | string {
  const trimmed = text.trim();
  const range = rangeText(min, max);
  if (trimmed === '') return `Enter a number ${range}.`;
  if (trimmed.length > maxInputLength || !plainNumber.test(trimmed)) {
    return `Enter ${integer ? 'a whole number' : 'a number'} using digits only, ${range}.`;
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < min || value > max) return `Enter a number ${range}.`;
  if (integer && !Number.isInteger(value)) return `Enter a whole number (no decimals) ${range}.`;
  return value === 0 ? 0 : value; // no -0
}

/** Parses calculator input; every problem is reported against its field, never thrown. */
export function parseCalculatorInput(raw: RawInput): ParseResult {
  const errors: FieldError[] = [];
  const values: CalculatorInput = { ...defaultInput, custom: {} };

  for (const field of countFields) {
    const text = read(raw, field.key);
    if (text === undefined) continue;
    const parsed = parseNumber(text, field.min, field.max, true);
    if (typeof parsed === 'string') errors.push({ field: field.key, message: parsed });
    else values[field.prop] = parsed;
  }

  const mode = read(raw, choiceFields.mode.key);
  if (mode !== undefined) {
    if (mode === 'sidecar' || mode === 'ambient') values.mode = mode;
    else errors.push({ field: 'mode', message: 'Choose sidecar or ambient mode.' });
  }
  const replicas = read(raw, choiceFields.replicas.key);
  if (replicas !== undefined) {
    if (replicas === '1' || replicas === '3') values.controlPlaneReplicas = replicas === '1' ? 1 : 3;
    else errors.push({ field: 'replicas', message: 'Choose 1 or 3 control-plane replicas.' });
  }
  const preset = read(raw, choiceFields.preset.key);
  if (preset !== undefined) {
    if (preset === 'low' || preset === 'typical' || preset === 'high') values.preset = preset;
    else errors.push({ field: 'preset', message: 'Choose the low, typical or high preset.' });
  }

  for (const id of figureIds) {
    const key = customKey(id);
    const text = read(raw, key);
    if (text === undefined || text.trim() === '') continue; // empty: use the preset
    const parsed = parseNumber(text, customMbBounds.min, customMbBounds.max, false);
    if (typeof parsed === 'string') {
      errors.push({ field: key, message: `${parsed.replace(/\.$/, '')} MB, or leave it empty to use the preset.` });
    } else {
      values.custom[id] = parsed;
    }
  }

  return errors.length > 0 ? { errors } : { ok: values };
}

/** The query string (without "?") for `input`; values equal to the defaults are left out. */
export function serializeCalculatorInput(input: CalculatorInput): string {
  const params = new URLSearchParams();
  for (const field of countFields) {
    if (input[field.prop] !== defaultInput[field.prop]) params.set(field.key, String(input[field.prop]));
  }
  if (input.mode !== defaultInput.mode) params.set('mode', input.mode);
  if (input.controlPlaneReplicas !== defaultInput.controlPlaneReplicas) params.set('replicas', String(input.controlPlaneReplicas));
  if (input.preset !== defaultInput.preset) params.set('preset', input.preset);
  for (const id of figureIds) {
    const value = input.custom[id];
    if (value !== undefined) params.set(customKey(id), String(value));
  }
  return params.toString();
}
