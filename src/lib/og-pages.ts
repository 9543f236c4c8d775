// The pages that get a social image of their own, from the site's content (Astro-only: reads the articles
// collection). Shared by the image endpoint (src/pages/og/[...path].png.ts) and BaseLayout's og:image meta.
import { getArticles } from './content/articles';
import { getDataset } from './content/load';
import { meshSlot } from './meshes';
import { ogKey, ogPages, type OgPage } from './og-image';
import { siteName, siteTagline } from './site';

let cached: Promise<Map<string, OgPage>> | undefined;

/** Every page with its own image, by image key. */
export function getOgPages(): Promise<Map<string, OgPage>> {
  cached ??= (async () => {
    const { meshes, features } = getDataset();
    const articles = (await getArticles()).map((article) => ({ id: article.id, title: article.data.title }));
    const pages = ogPages({ siteName, tagline: siteTagline, articles, meshes, features, slot: (id) => meshSlot(meshes, id) });
    return new Map(pages.map((page) => [ogKey(page.route), page]));
  })();
  return cached;
}
