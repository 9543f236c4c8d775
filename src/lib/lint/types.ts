// Shapes shared by the data lint rules (`npm run lint:data`).
import type { Dataset } from '../content/schemas';

export type Severity = 'error' | 'warning';

/** One finding, printed as "file: field: message". */
export interface Problem {
  file: string;
  field: string;
  message: string;
  /** Overrides the rule's severity for this finding (a rule with an error and a warning case). */
  severity?: Severity;
}

/** Where a list entry lives: its file (relative to the project) and its index in that file's list. */
export interface Location {
  file: string;
  index: number;
}

/** File names the rules cite in their problems; the CLI reads them from content/, tests derive them. */
export interface ContentFiles {
  meshes: string;
  categories: string;
  overhead: string;
  releases: string;
  changes: string;
  /** Feature id -> its features file and index in that file's `features` list. */
  features: Map<string, Location>;
  /** Source id -> sources.yaml or content/sources/*.yaml and its index there. */
  sources: Map<string, Location>;
}

/** An MDX article: its path and text (rules grep it for `<Cite ids={[...]} />`). */
export interface ArticleText {
  file: string;
  body: string;
}

export interface LintContext {
  /** YYYY-MM-DD; injectable so date rules are testable. */
  today: string;
  files: ContentFiles;
  articles: ArticleText[];
}

export interface Rule {
  id: string;
  description: string;
  severity: Severity;
  check(dataset: Dataset, ctx: LintContext): Problem[];
}

/** A problem with its rule and final severity, as the runner reports it. */
export interface Finding extends Problem {
  rule: string;
  severity: Severity;
}
