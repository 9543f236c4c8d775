// The data lint rules and the runner. One rule per file in rules/, each with a test in tests/unit/lint/.
import type { Dataset } from '../content/schemas';
import type { Finding, LintContext, Rule } from './types';
import { categoryMinFeatures } from './rules/category-min-features';
import { cellTextLength } from './rules/cell-text-length';
import { datesNotFuture } from './rules/dates-not-future';
import { distinctSummaries } from './rules/distinct-summaries';
import { featureDescriptionSentence } from './rules/feature-description-sentence';
import { featureFileMatchesCategory } from './rules/feature-file-matches-category';
import { featureIdPermalink } from './rules/feature-id-permalink';
import { featureKeywords } from './rules/feature-keywords';
import { figureConditionsExplainKind } from './rules/figure-conditions-explain-kind';
import { figureKindsMatchUse } from './rules/figure-kinds-match-use';
import { figureRange } from './rules/figure-range';
import { historySanity } from './rules/history-sanity';
import { noDuplicateCitations } from './rules/no-duplicate-citations';
import { noYesWhenUnverified } from './rules/no-yes-when-unverified';
import { overheadMatchesCalculator } from './rules/overhead-matches-calculator';
import { presetOrder } from './rules/preset-order';
import { presetsInMeasurements } from './rules/presets-in-measurements';
import { requiresWaypointOnlyAmbient } from './rules/requires-waypoint-only-ambient';
import { seedSources } from './rules/seed-sources';
import { sourcesExistAndUsed } from './rules/sources-exist-and-used';
import { staleData } from './rules/stale-data';
import { uncheckedCellsUnknown } from './rules/unchecked-cells-unknown';
import { versionsInReleases } from './rules/versions-in-releases';

export type { Finding, LintContext, Problem, Rule, Severity } from './types';
export { contextFor, contextFromDisk } from './context';

export const rules: readonly Rule[] = [
  // sources and citations
  sourcesExistAndUsed,
  seedSources,
  noDuplicateCitations,
  // versions and history
  versionsInReleases,
  historySanity,
  staleData,
  datesNotFuture,
  // cells
  noYesWhenUnverified,
  uncheckedCellsUnknown,
  requiresWaypointOnlyAmbient,
  cellTextLength,
  distinctSummaries,
  // features and categories
  featureFileMatchesCategory,
  featureIdPermalink,
  featureDescriptionSentence,
  featureKeywords,
  categoryMinFeatures,
  // overhead figures
  figureKindsMatchUse,
  figureConditionsExplainKind,
  presetOrder,
  presetsInMeasurements,
  figureRange,
  overheadMatchesCalculator,
];

/** Runs `selected` rules (all by default); a rule that throws becomes one error naming it. */
export function lintDataset(dataset: Dataset, ctx: LintContext, selected: readonly Rule[] = rules): Finding[] {
  return selected.flatMap((rule) => {
    try {
      return rule.check(dataset, ctx).map((problem) => ({ ...problem, rule: rule.id, severity: problem.severity ?? rule.severity }));
    } catch (error) {
      return [
        { file: '(lint)', field: rule.id, message: `rule crashed: ${(error as Error).message}`, rule: rule.id, severity: 'error' as const },
      ];
    }
  });
}

/** "file: field: message (severity, rule)", errors first, then by file and field. */
export function formatFindings(findings: readonly Finding[]): string[] {
  const rank = (finding: Finding) => (finding.severity === 'error' ? 0 : 1);
  return [...findings]
    .sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.field.localeCompare(b.field, 'en', { numeric: true }))
    .map((f) => `${f.file}: ${f.field}: ${f.message} (${f.severity}, ${f.rule})`);
}
