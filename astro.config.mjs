// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchorPlugins } from './src/lib/markdown/satteri-heading-anchors.ts';

const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://mesh-compare.example';

export default defineConfig({
  site,
  base,
  // OUT_DIR and CACHE_DIR let parallel builds (benchmarks, helpers) use their own folders.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Astro 7's default processor (Sätteri) runs hast plugins; MDX inherits them.
    // Every heading gets Astro's slug as id; h2–h4 get a "#" link to their section.
    processor: satteri({ hastPlugins: headingAnchorPlugins() }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
  build: {
    // External CSS and JS only, so the CSP needs no inline-script allowance.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
