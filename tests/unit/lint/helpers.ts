// Runs one lint rule over an in-memory dataset and returns "severity file: field: message" lines.
import { contextFor, lintDataset, type LintContext, type Rule } from '../../../src/lib/lint/index';
import type { Dataset } from '../../../src/lib/content/schemas';
import { fixtureDataset, fixtureToday } from '../../fixtures/content';

export function lintLines(rule: Rule, dataset: Dataset = fixtureDataset(), ctx: Partial<LintContext> = {}): string[] {
  const context = { ...contextFor(dataset, { today: fixtureToday }), ...ctx };
  return lintDataset(dataset, context, [rule]).map((f) => `${f.severity} ${f.file}: ${f.field}: ${f.message}`);
}

/** The fixture dataset after `edit` mutates it. */
export function datasetWith(edit: (dataset: Dataset) => void): Dataset {
  const dataset = fixtureDataset();
  edit(dataset);
  return dataset;
}
