// Zod schemas for every data file in content/. One source of truth for the shapes.
import { z } from 'zod';
import { figureKinds } from '../figure-vocabulary';
import { supportLevels } from '../support';

/** Lowercase kebab-case id: the permalink part of features, sources and meshes. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, single dashes)');

/** Calendar date written as YYYY-MM-DD (YAML dates are accepted too). */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
);

const httpsUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** A minor release such as "1.31" or "2.20". */
export const minorVersionSchema = z.string().regex(/^\d+\.\d+$/, 'must be a minor version such as "1.31"');
/** A release such as "1.31" or "1.31.2". */
export const releaseVersionSchema = z.string().regex(/^\d+\.\d+(?:\.\d+)?$/, 'must be a release such as "1.31" or "1.31.2"');

/** Data-plane modes a column can stand for. */
export const dataPlaneModes = ['sidecar', 'ambient'] as const;
export type DataPlaneMode = (typeof dataPlaneModes)[number];

/**
 * A matrix column: one product, optionally in one data-plane mode. Several columns can share a
 * product (istio and istio-ambient); release facts come from the product's entries in releases.yaml.
 */
export const meshSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  /** Short column label, e.g. "Istio (ambient)". */
  shortName: z.string().min(1).optional(),
  /** The product whose releases this column follows; defaults to the column id. */
  product: idSchema.optional(),
  mode: z.enum(dataPlaneModes).optional(),
  /** The product's name when the column name adds a mode ("Istio" for "Istio (ambient)"). */
  productName: z.string().min(1).optional(),
  dataPlane: z.string().min(1),
  controlPlane: z.string().min(1),
  supportNote: z.string().min(1),
  license: z.string().min(1),
  links: z.strictObject({
    home: httpsUrlSchema,
    docs: httpsUrlSchema,
    releases: httpsUrlSchema,
  }),
  sources: z.array(idSchema).min(1, 'needs at least one source id'),
});

export const sourceKinds = ['official-docs', 'benchmark', 'article', 'seed', 'code'] as const;

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().min(1),
    /** Required, except for a seed article whose address was not recorded. */
    url: httpsUrlSchema.optional(),
    publisher: z.string().min(1),
    kind: z.enum(sourceKinds),
    accessed: isoDateSchema,
    note: z.string().optional(),
  })
  .check((ctx) => {
    if (ctx.value.url === undefined && ctx.value.kind !== 'seed') {
      ctx.issues.push({ code: 'custom', path: ['url'], message: 'a source needs a URL (only seeds may omit it)', input: ctx.value });
    }
  });

export const categorySchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  description: z.string().min(1),
});

export { supportLevels, type SupportLevel } from '../support';

/** What a cell's answer depends on being deployed (Istio ambient: a waypoint for layer 7). */
export const cellRequirements = ['waypoint'] as const;

/** `earlier`: the state predates the oldest release in the data window. */
export const sinceSchema = z.union([minorVersionSchema, z.literal('earlier')]);

/** One earlier state of a cell: what it was from `from` until the next entry (or the cell's `since`). */
export const historyEntrySchema = z.strictObject({
  from: sinceSchema,
  support: z.enum(supportLevels),
  summary: z.string().min(1),
  sources: z.array(idSchema).min(1, 'a history entry needs at least one source id'),
});

export const cellSchema = z.strictObject({
  support: z.enum(supportLevels),
  summary: z.string().min(1),
  notes: z.string().optional(),
  requires: z.array(z.enum(cellRequirements)).optional(),
  /** First release with the current state, or `earlier`. */
  since: sinceSchema,
  /** Earlier states, oldest first, each before `since`. */
  history: z.array(historyEntrySchema).optional(),
  sources: z.array(idSchema).min(1, 'a cell needs at least one source id'),
  /** The day the cell was checked against its sources. */
  verified: isoDateSchema,
  /** The release it was checked against, e.g. "1.31.2" or "2.20". */
  verifiedRelease: releaseVersionSchema,
});

/** A feature or minor release note. */
export const releaseChangeSchema = z.strictObject({
  text: z.string().min(1),
  features: z.array(idSchema).optional(),
  sources: z.array(idSchema).min(1),
});

/** One minor release of a product (Istio 1.31, Linkerd 2.20). */
export const releaseSchema = z.strictObject({
  product: idSchema,
  version: minorVersionSchema,
  released: isoDateSchema,
  /** End of life: the actual date, or the announced/expected one (see eolStatus). */
  endOfLife: isoDateSchema.optional(),
  eolStatus: z.enum(['actual', 'announced', 'expected']).optional(),
  kubernetes: z.strictObject({ min: minorVersionSchema, max: minorVersionSchema }).optional(),
  latestPatch: releaseVersionSchema.optional(),
  /** Linkerd: the edge release that became this version; vendor stable channels, etc. */
  channel: z.string().optional(),
  changes: z.array(releaseChangeSchema).default([]),
  sources: z.array(idSchema).min(1),
});

/** One entry of the data changes feed (/changes/, /changes.xml). */
export const changeSchema = z.strictObject({
  date: isoDateSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  features: z.array(idSchema).default([]),
  sources: z.array(idSchema).default([]),
});

export const featureSchema = z.strictObject({
  id: idSchema,
  category: idSchema,
  name: z.string().min(1),
  description: z.string().min(1),
  keywords: z.array(z.string()).default([]),
  cells: z.record(idSchema, cellSchema),
});

/** A features file holds the features of one category. */
export const featureFileSchema = z.strictObject({
  features: z.array(featureSchema).min(1),
});

export const overheadComponents = ['sidecar', 'ztunnel', 'waypoint', 'gateway', 'control-plane'] as const;
export type OverheadComponent = (typeof overheadComponents)[number];

export { presetNames, type PresetName } from '../figure-vocabulary';

export { figureKinds, type FigureKind } from '../figure-vocabulary';

/** One sourced figure in MB (MiB and MB are within 5% and are shown as reported). */
export const figureSchema = z.strictObject({
  mb: z.number().positive().finite(),
  unit: z.enum(['MB', 'MiB']).default('MB'),
  kind: z.enum(figureKinds),
  conditions: z.string().min(1),
  version: z.string().min(1),
  sources: z.array(idSchema).min(1, 'a figure needs at least one source id'),
});

export const overheadSchema = z.strictObject({
  id: idSchema,
  mesh: idSchema,
  component: z.enum(overheadComponents),
  mode: z.enum(['sidecar', 'ambient', 'any']),
  label: z.string().min(1),
  scalesWith: z.string().min(1),
  presets: z.strictObject({
    low: figureSchema,
    typical: figureSchema,
    high: figureSchema,
  }),
  measurements: z.array(figureSchema).default([]),
  note: z.string().optional(),
});

export type Mesh = z.infer<typeof meshSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Feature = z.infer<typeof featureSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Overhead = z.infer<typeof overheadSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type Release = z.infer<typeof releaseSchema>;
export type Change = z.infer<typeof changeSchema>;

export interface Dataset {
  meshes: Mesh[];
  sources: Source[];
  categories: Category[];
  features: Feature[];
  overhead: Overhead[];
  releases: Release[];
  changes: Change[];
}
