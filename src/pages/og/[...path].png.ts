// Social images: og/<route>.png for every page in src/lib/og-pages.ts, plus og/default.png for the rest.
// 1200×630 PNGs rendered at build time (src/lib/og-render.ts). OG_IMAGES=0 skips them (for benchmarks only:
// pages still point to the images).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgPages } from '../../lib/og-pages';
import { ogImagesEnabled } from '../../lib/og-image';
import { renderAll, renderOgImage } from '../../lib/og-render';
import { siteName } from '../../lib/site';

export const getStaticPaths = (async () => {
  if (!ogImagesEnabled()) return [];
  return [...(await getOgPages()).keys()].map((key) => ({ params: { path: key } }));
}) satisfies GetStaticPaths;

let rendered: Map<string, Promise<Uint8Array<ArrayBuffer>>> | undefined;

export const GET: APIRoute = async ({ params, site }) => {
  const pages = await getOgPages();
  if (import.meta.env.DEV) {
    // `astro dev`: only the image asked for.
    const page = pages.get(params.path ?? '');
    if (!page) return new Response(null, { status: 404 });
    return new Response(await renderOgImage(page, siteName, site?.host ?? ''), { headers: { 'Content-Type': 'image/png' } });
  }
  // The first request starts every image (two at a time); later requests find theirs done or under way.
  rendered ??= renderAll(
    [...pages].map(([key, page]) => ({ key, page })),
    siteName,
    site?.host ?? '',
  );
  const image = rendered.get(params.path ?? '');
  if (!image) return new Response(null, { status: 404 });
  return new Response(await image, { headers: { 'Content-Type': 'image/png' } });
};
