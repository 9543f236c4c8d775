// Content collections: only the MDX articles. Data files (content/*.yaml) are read and validated once,
// in file order, by src/lib/content/load.ts; pages read them through getDataset().
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content/load';

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

export const collections = { articles };
