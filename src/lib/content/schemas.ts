// Zod schemas for every data file in content/. One source of truth for the shapes.
import { z } from 'zod';

/** Lowercase kebab-case id: the permalink part of features, sources and meshes. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, single dashes)');

/** Calendar date written as YYYY-MM-DD (YAML dates are accepted too). */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
);

const httpsUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const meshSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  version: z.string().min(1),
  dataPlane: z.string().min(1),
  controlPlane: z.string().min(1),
  released: isoDateSchema,
  supportedUntil: isoDateSchema.optional(),
  supportNote: z.string().min(1),
  kubernetes: z.string().min(1),
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

/** Best to worst; `unknown` marks a cell nobody has checked against a source yet. */
export const supportLevels = ['yes', 'partial', 'via-addon', 'no', 'unknown'] as const;
export type SupportLevel = (typeof supportLevels)[number];

export const cellSchema = z.strictObject({
  support: z.enum(supportLevels),
  summary: z.string().min(1),
  notes: z.string().optional(),
  since: z.string().optional(),
  sources: z.array(idSchema).min(1, 'a cell needs at least one source id'),
  verified: isoDateSchema,
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

export const overheadComponents = [
  'sidecar',
  'ztunnel',
  'waypoint',
  'gateway',
  'control-plane',
] as const;
export type OverheadComponent = (typeof overheadComponents)[number];

export const presetNames = ['low', 'typical', 'high'] as const;
export type PresetName = (typeof presetNames)[number];

/** One sourced figure in MB (MiB and MB are within 5% and are shown as reported). */
export const figureSchema = z.strictObject({
  mb: z.number().positive().finite(),
  unit: z.enum(['MB', 'MiB']).default('MB'),
  kind: z.enum(['measured', 'derived', 'request', 'limit']),
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

export interface Dataset {
  meshes: Mesh[];
  sources: Source[];
  categories: Category[];
  features: Feature[];
  overhead: Overhead[];
}
