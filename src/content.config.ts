// Content collections. Data is validated as a whole (cross-references included) by src/lib/content.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, getDataset } from './lib/content/load';
import {
  categorySchema,
  featureSchema,
  meshSchema,
  overheadSchema,
  sourceSchema,
  type Dataset,
} from './lib/content/schemas';

function fromDataset<K extends keyof Dataset>(key: K) {
  return async () => getDataset()[key];
}

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir()}/articles` }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(20),
    order: z.number().int(),
    updated: z.coerce.date(),
    tldr: z.string().optional(),
  }),
});

export const collections = {
  articles,
  meshes: defineCollection({ loader: fromDataset('meshes'), schema: meshSchema }),
  sources: defineCollection({ loader: fromDataset('sources'), schema: sourceSchema }),
  categories: defineCollection({ loader: fromDataset('categories'), schema: categorySchema }),
  features: defineCollection({ loader: fromDataset('features'), schema: featureSchema }),
  overhead: defineCollection({ loader: fromDataset('overhead'), schema: overheadSchema }),
};
