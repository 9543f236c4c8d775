// The support-level vocabulary, defined once: id, label, symbol and how requirements count it.
// Everything else (zod enum, badges, legend, filters, exports, tests) derives from this table.
// Zod-free, so client scripts can import it.

export const supportLevelTable = [
  { id: 'yes', label: 'Yes', symbol: '✓', meets: 'met' },
  { id: 'partial', label: 'Partial', symbol: '◐', meets: 'partial' },
  { id: 'via-addon', label: 'Via add-on', symbol: '+', meets: 'viaAddon' },
  { id: 'no', label: 'No', symbol: '✗', meets: 'missing' },
  /** A cell nobody could confirm against a source. */
  { id: 'unknown', label: 'Unknown', symbol: '?', meets: 'missing' },
] as const;

export type SupportLevel = (typeof supportLevelTable)[number]['id'];
export type Meets = (typeof supportLevelTable)[number]['meets'];

/** Best to worst. */
export const supportLevels = supportLevelTable.map((level) => level.id) as [SupportLevel, ...SupportLevel[]];

const byId = <K extends 'label' | 'symbol' | 'meets'>(key: K) =>
  Object.fromEntries(supportLevelTable.map((level) => [level.id, level[key]])) as Record<
    SupportLevel,
    (typeof supportLevelTable)[number][K]
  >;

export const supportLabels: Record<SupportLevel, string> = byId('label');
/** A one-character symbol shown beside the label (the label is always present too). */
export const supportSymbols: Record<SupportLevel, string> = byId('symbol');
export const supportMeets: Record<SupportLevel, Meets> = byId('meets');

/** Reads a level written in any case ("YES" → "yes"); undefined when it is not a level. */
export function parseSupportLevel(raw: string): SupportLevel | undefined {
  const lower = raw.trim().toLowerCase();
  return supportLevels.find((level) => level === lower);
}
