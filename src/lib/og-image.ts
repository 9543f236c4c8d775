// Social images (og:image): one 1200×630 PNG per page, rendered at build time by src/pages/og/[...path].png.ts
// with satori (layout to SVG) and @resvg/resvg-js (SVG to PNG). This module holds the pure parts: which pages get
// an image, where it lives, the layout, and a PNG size reader for tests. Rendering lives in og-render.ts.
import { supportLabels, type SupportLevel } from './support';

export const ogWidth = 1200;
export const ogHeight = 630;

/** The image for pages that have no image of their own (404, or a page added without an entry in ogPages). */
export const defaultOgKey = 'default';

/** Set OG_IMAGES=0 to skip rendering (benchmarks use it to measure what the images cost); pages keep their meta. */
export function ogImagesEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.OG_IMAGES !== '0';
}

export interface OgSupport {
  /** Column name, e.g. "Istio (sidecar)". */
  mesh: string;
  /** Column colour slot 1–6 (--mesh-N in global.css). */
  slot: number;
  support: SupportLevel;
}

export interface OgPage {
  /** Route below the base path with a trailing slash ('' for the home page), e.g. 'articles/overview/'. */
  route: string;
  title: string;
  /** Small line above the title: the section ("Article", "Feature"). */
  kicker?: string;
  /** Line below the title. */
  subtitle?: string;
  /** Feature pages: the support level in each column. */
  support?: OgSupport[];
}

/** The image's key (its file below og/, without .png) for a route: '' → 'index', 'articles/x/' → 'articles/x'. */
export function ogKey(route: string): string {
  const trimmed = route.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/** The route of a page below the base path, from its URL path: '/base/articles/x/' → 'articles/x/'. */
export function routeOf(pathname: string, base: string = '/'): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  let route = pathname.startsWith(cleanBase) ? pathname.slice(cleanBase.length) : pathname.replace(/^\/+/, '');
  route = route.replace(/index\.html$/, '').replace(/\.html$/, '/');
  if (route !== '' && !route.endsWith('/')) route += '/';
  return route;
}

/** The image key for a page's URL path: the page's own when it has one, else the default image's. */
export function ogKeyFor(pathname: string, keys: ReadonlySet<string> | ReadonlyMap<string, unknown>, base: string = '/'): string {
  const key = ogKey(routeOf(pathname, base));
  return keys.has(key) ? key : defaultOgKey;
}

/** The image's path below the base path. */
export const ogImagePath = (key: string): string => `og/${key}.png`;

/** The alt text of a page's image: what it shows. */
export function ogAlt(page: Pick<OgPage, 'title' | 'support'>, siteName: string): string {
  const support = page.support?.length
    ? `: ${page.support.map((cell) => `${cell.mesh} ${supportLabels[cell.support].toLowerCase()}`).join(', ')}`
    : '';
  return `${siteName}: ${page.title}${support}`;
}

/** Title font size in px, smaller for longer titles so that any title fits in three lines. */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 28) return 76;
  if (length <= 48) return 64;
  if (length <= 80) return 54;
  return 44;
}

/** Shortens text to at most max characters, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, max - 1)
    .join('')
    .replace(/[\s,;:.-]+$/, '')}…`;
}

// Colours: the light theme of src/styles/global.css (an image has one scheme; light reads on every network's card).
export const ogColors = {
  bg: '#ffffff',
  bgSoft: '#f4f6f8',
  fg: '#16202b',
  muted: '#4a5663',
  border: '#d5dce3',
  accent: '#0b5cad',
  mesh: ['#2c5dcd', '#7b3fb8', '#007a5c', '#a34700', '#a3195b', '#4a5663'],
  support: {
    yes: { fg: '#0f6b2f', bg: '#e3f4e8' },
    partial: { fg: '#7a4b00', bg: '#fdf0d5' },
    'via-addon': { fg: '#4b3b99', bg: '#ece8fb' },
    no: { fg: '#9b1c1c', bg: '#fbe5e5' },
    unknown: { fg: '#4a5663', bg: '#f4f6f8' },
  } satisfies Record<SupportLevel, { fg: string; bg: string }>,
};

/** A satori node: the React-element shape satori reads, without React. */
export interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (OgNode | string)[] | OgNode | string };
}

const h = (type: string, style: Record<string, string | number>, children?: OgNode['props']['children']): OgNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** The image's layout for satori. */
export function ogLayout(page: OgPage, siteName: string, siteHost: string): OgNode {
  const c = ogColors;
  const title = clip(page.title, 110);
  const support = (page.support ?? []).slice(0, 6);
  const body: OgNode[] = [];
  if (page.kicker)
    body.push(h('div', { fontSize: 30, fontWeight: 700, color: c.accent, textTransform: 'uppercase', letterSpacing: 2 }, page.kicker));
  body.push(
    h('div', { fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.12, color: c.fg, marginTop: page.kicker ? 12 : 0 }, title),
  );
  if (page.subtitle) body.push(h('div', { fontSize: 32, color: c.muted, marginTop: 20, lineHeight: 1.3 }, clip(page.subtitle, 120)));
  if (support.length > 0) {
    body.push(
      h(
        'div',
        { display: 'flex', flexWrap: 'wrap', gap: 16, marginTop: 32 },
        support.map((cell) => {
          const tone = c.support[cell.support];
          return h(
            'div',
            { display: 'flex', alignItems: 'center', borderRadius: 12, border: `3px solid ${c.border}`, overflow: 'hidden', fontSize: 28 },
            [
              h(
                'div',
                {
                  display: 'flex',
                  padding: '10px 16px',
                  color: '#ffffff',
                  backgroundColor: c.mesh[(cell.slot - 1) % c.mesh.length]!,
                  fontWeight: 700,
                },
                clip(cell.mesh, 22),
              ),
              h(
                'div',
                { display: 'flex', padding: '10px 16px', color: tone.fg, backgroundColor: tone.bg, fontWeight: 700 },
                supportLabels[cell.support],
              ),
            ],
          );
        }),
      ),
    );
  }
  return h(
    'div',
    { width: ogWidth, height: ogHeight, display: 'flex', flexDirection: 'column', backgroundColor: c.bg, fontFamily: 'Inter', color: c.fg },
    [
      h(
        'div',
        { display: 'flex', height: 16, width: '100%' },
        c.mesh.slice(0, 3).map((colour) => h('div', { flex: 1, backgroundColor: colour })),
      ),
      h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flex: 1, padding: '48px 72px 24px' }, body),
      h(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          padding: '24px 72px',
          borderTop: `2px solid ${c.border}`,
          backgroundColor: c.bgSoft,
          fontSize: 28,
        },
        [h('div', { fontWeight: 700, color: c.fg }, siteName), h('div', { color: c.muted }, siteHost)],
      ),
    ],
  );
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return undefined;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface OgSources {
  siteName: string;
  tagline: string;
  articles: { id: string; title: string; description?: string }[];
  meshes: { id: string; name: string }[];
  features: { id: string; name: string; cells: Record<string, { support: SupportLevel } | undefined> }[];
  /** Column colour slot of a mesh id (src/lib/meshes.ts meshSlot). */
  slot: (id: string) => number;
}

/**
 * Every page with an image of its own. A page missing here gets the default image; the built-site test
 * (tests/site/og-images.test.ts) checks that every page points to an image that exists.
 */
export function ogPages(src: OgSources): OgPage[] {
  const compare = src.meshes.map((mesh) => mesh.name).join(' vs ');
  const pages: OgPage[] = [
    { route: '', title: src.siteName, subtitle: src.tagline },
    { route: 'articles/', title: 'Articles', kicker: 'Compare', subtitle: 'Istio and Linkerd, topic by topic, every claim sourced' },
    ...src.articles.map((article) => ({ route: `articles/${article.id}/`, title: article.title, kicker: 'Article' })),
    { route: 'matrix/', title: 'Feature matrix', subtitle: `${src.features.length} features: ${compare}` },
    { route: 'features/', title: 'Features', subtitle: `${src.features.length} features, each with its sources` },
    ...src.features.map((feature) => ({
      route: `features/${feature.id}/`,
      title: feature.name,
      kicker: 'Feature',
      support: src.meshes.flatMap((mesh) => {
        const cell = feature.cells[mesh.id];
        return cell ? [{ mesh: mesh.name, slot: src.slot(mesh.id), support: cell.support }] : [];
      }),
    })),
    { route: 'calculator/', title: 'Sidecar-memory calculator', subtitle: `Data-plane memory for your cluster: ${compare}` },
    { route: 'sources/', title: 'Sources', subtitle: 'Upstream docs, code, benchmarks and articles behind every claim' },
    { route: 'releases/', title: 'Releases and Kubernetes support', subtitle: compare },
    { route: 'changes/', title: 'Data changes', subtitle: 'What changed in the comparison data, and when' },
    { route: 'report/', title: 'Decision report', subtitle: `Your requirements against ${compare}` },
  ];
  return [...pages, { route: 'default/', title: src.siteName, subtitle: src.tagline }];
}
