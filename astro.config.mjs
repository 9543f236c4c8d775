// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchorPlugins } from './src/lib/markdown/satteri-heading-anchors.ts';
import { codeThemes, shikiClasses, shikiClassesVite } from './src/lib/markdown/shiki-classes.ts';
import { missingSiteUrlWarning, resolveSiteUrl } from './src/lib/site-url.ts';
import { readFileSync } from 'node:fs';

const base = process.env.BASE_PATH ?? '/';
// The production URL: package.json "homepage", or SITE_URL for one build (src/lib/site-url.ts).
const { homepage } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const siteUrl = resolveSiteUrl(process.env, homepage);
const site = siteUrl.url;

export default defineConfig({
  site,
  base,
  // OUT_DIR and CACHE_DIR let parallel builds (benchmarks, helpers) use their own folders.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // Every page is built as <path>/index.html and linked with its trailing slash. `astro preview` would answer
  // "/matrix" with a bare 404 under 'always', so there it serves the page for both forms (static hosts do the same
  // or show 404.html, which links on to the slash URL).
  trailingSlash: process.argv.includes('preview') ? 'ignore' : 'always',
  integrations: [
    mdx(),
    {
      name: 'site-url-check',
      hooks: {
        'astro:build:start': ({ logger }) => {
          if (siteUrl.from === 'placeholder') logger.warn(missingSiteUrlWarning);
        },
      },
    },
  ],
  markdown: {
    // Astro 7's default processor (Sätteri) runs hast plugins; MDX inherits them.
    // Every heading gets Astro's slug as id; h2–h4 get a "#" link to their section.
    processor: satteri({ hastPlugins: headingAnchorPlugins() }),
    // Colours as classes, not style attributes (the CSP allows no inline style); the stylesheet is
    // virtual:shiki-classes.css, imported by the article layout.
    shikiConfig: {
      themes: codeThemes,
      defaultColor: false,
      transformers: [shikiClasses()],
    },
  },
  build: {
    // External CSS and JS only, so the CSP needs no 'unsafe-inline' (src/lib/csp.ts).
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [tailwindcss(), shikiClassesVite()],
    build: { assetsInlineLimit: 0 },
  },
});
