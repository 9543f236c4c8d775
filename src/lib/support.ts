// Display names and order of support levels, shared by the matrix, articles and exports.
import type { SupportLevel } from './content/schemas';

export const supportLabels: Record<SupportLevel, string> = {
  yes: 'Yes',
  partial: 'Partial',
  'via-addon': 'Via add-on',
  no: 'No',
  unknown: 'Unknown',
};

/** A one-character symbol shown beside the label (the label is always present too). */
export const supportSymbols: Record<SupportLevel, string> = {
  yes: '✓',
  partial: '◐',
  'via-addon': '+',
  no: '✗',
  unknown: '?',
};
