// Figure kinds and calculator presets, each defined once: ids, labels and how they read in a sentence.
// The zod enums (src/lib/content/schemas.ts), the calculator, the overhead tables and the linter derive from these.
// Zod-free, so client scripts can import it.

export const figureKindTable = [
  { id: 'measured', label: 'Measured', role: 'usage', phrase: 'a measured figure', explained: 'measured' },
  { id: 'derived', label: 'Derived', role: 'usage', phrase: 'a derived figure', explained: 'derived from published measurements' },
  {
    id: 'peak',
    label: 'Peak (benchmark maximum)',
    role: 'peak',
    phrase: 'a benchmark peak',
    explained: 'a benchmark maximum, not steady use',
  },
  {
    id: 'request',
    label: 'Request (config)',
    role: 'reserved',
    phrase: 'a memory request',
    explained: 'a configured memory request, not measured use',
  },
  {
    id: 'limit',
    label: 'Limit (config)',
    role: 'ceiling',
    phrase: 'a memory limit',
    explained: 'a configured memory limit, not measured use',
  },
] as const;

export type FigureKind = (typeof figureKindTable)[number]['id'];
export type KindRole = (typeof figureKindTable)[number]['role'];
export const figureKinds = figureKindTable.map((kind) => kind.id) as [FigureKind, ...FigureKind[]];

const kindBy = <K extends 'label' | 'role' | 'phrase' | 'explained'>(key: K) =>
  Object.fromEntries(figureKindTable.map((kind) => [kind.id, kind[key]])) as {
    [Id in FigureKind]: Extract<(typeof figureKindTable)[number], { id: Id }>[K];
  };

/** Table label: "Peak (benchmark maximum)". */
export const kindLabels = kindBy('label');
/** usage (measured, derived), peak, reserved (request) or ceiling (limit). */
export const kindRoles = kindBy('role');
/** In a sentence: "a benchmark peak". */
export const kindPhrases = kindBy('phrase');
/** After a figure: "a configured memory request, not measured use". */
export const kindExplanations = kindBy('explained');

export const presetTable = [
  { id: 'low', label: 'Low', hint: 'The lowest sourced figure for each component, usually from light load or a small cluster.' },
  { id: 'typical', label: 'Typical', hint: 'A middle figure for each component; its conditions are listed under the estimate.' },
  {
    id: 'high',
    label: 'High',
    hint: 'The highest measured or derived usage figure for each component. Benchmark peaks and configured requests or limits are never used as presets.',
  },
] as const;

export type PresetName = (typeof presetTable)[number]['id'];
export const presetNames = presetTable.map((preset) => preset.id) as [PresetName, ...PresetName[]];
export const presetLabels = Object.fromEntries(presetTable.map((preset) => [preset.id, preset.label])) as Record<PresetName, string>;
