// Renders social images: satori lays the page out as SVG, resvg turns it into a PNG. Build time only.
// The font is Inter (SIL Open Font License) from the @fontsource/inter package, read from node_modules: nothing
// is downloaded. satori reads WOFF, not WOFF2.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { ogHeight, ogLayout, ogWidth, type OgPage } from './og-image';

// Resolved from the project root: the built endpoint runs from a bundle outside node_modules' reach.
const require = createRequire(join(process.cwd(), 'package.json'));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** One page's image as PNG bytes. */
export async function renderOgImage(page: OgPage, siteName: string, siteHost: string): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(ogLayout(page, siteName, siteHost) as Parameters<typeof satori>[0], {
    width: ogWidth,
    height: ogHeight,
    fonts: loadFonts(),
  });
  // renderAsync runs in libuv's thread pool, so the next page's satori layout overlaps with this rasterisation.
  const png = await renderAsync(svg, { fitTo: { mode: 'width', value: ogWidth }, font: { loadSystemFonts: false } });
  return new Uint8Array(png.asPng()); // a copy backed by a plain ArrayBuffer, which Response accepts
}

/**
 * Renders every page's image with at most `concurrency` in flight and returns a lookup by key. Started once per
 * build by the endpoint; each page's GET then awaits its own image. Two at a time is enough to keep one core on
 * satori (JavaScript) while another rasterises, without starving the rest of the build.
 */
export function renderAll(
  pages: { key: string; page: OgPage }[],
  siteName: string,
  siteHost: string,
  concurrency = 2,
): Map<string, Promise<Uint8Array<ArrayBuffer>>> {
  const results = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  const queue = [...pages];
  const settle = new Map<string, { resolve: (bytes: Uint8Array<ArrayBuffer>) => void; reject: (error: unknown) => void }>();
  for (const { key } of pages) {
    results.set(key, new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => settle.set(key, { resolve, reject })));
    results.get(key)!.catch(() => {}); // reported when the page's GET awaits it
  }
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { resolve, reject } = settle.get(next.key)!;
      await renderOgImage(next.page, siteName, siteHost).then(resolve, reject);
    }
  };
  for (let i = 0; i < Math.max(1, concurrency); i++) void worker();
  return results;
}
