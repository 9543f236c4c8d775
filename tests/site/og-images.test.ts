// Social images and diagrams in the built site: every page's og:image (an absolute URL on the configured site) is a
// built 1200×630 PNG, with size, alt text and a large Twitter card; the architecture and mTLS articles carry
// accessible SVG diagrams (role="img", <title>, <desc>, no style attributes: the CSP forbids them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, parseHtml } from './dist';
import { pngSize } from '../../src/lib/og-image';
import { resolveSiteUrl } from '../../src/lib/site-url';
import { loadDataset } from '../../src/lib/content/load';
import { supportLabels } from '../../src/lib/support';

const base = (() => {
  const value = process.env.BASE_PATH ?? '/';
  const withLeading = value.startsWith('/') ? value : `/${value}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
})();
const { homepage } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { homepage?: string };
const siteRoot = new URL(base, resolveSiteUrl(process.env, homepage).url).href;

// /embed/* pages are framed cards (canonical: the full page) with their own layout, not pages to share.
const pages = builtPages().filter((file) => !file.startsWith('embed/'));
const meta = (file: string) => {
  const dom = parseHtml(readFileSync(join(distDir, file), 'utf8'));
  const get = (attr: 'property' | 'name', key: string) => dom.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content');
  return {
    image: get('property', 'og:image'),
    width: get('property', 'og:image:width'),
    height: get('property', 'og:image:height'),
    alt: get('property', 'og:image:alt'),
    card: get('name', 'twitter:card'),
  };
};

/** The dist/ file an og:image URL points to, or undefined when it is not on the configured site. */
function fileOf(url: string): string | undefined {
  if (!url.startsWith(siteRoot)) return undefined;
  return decodeURIComponent(url.slice(siteRoot.length));
}

describe('og:image', () => {
  it('the build has pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('every page has og:image on the configured site, pointing to a built 1200×630 PNG', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const { image, width, height, alt, card } = meta(file);
      if (!image) {
        problems.push(`${file}: no og:image`);
        continue;
      }
      const path = fileOf(image);
      if (!path) problems.push(`${file}: og:image ${image} is not below ${siteRoot}`);
      else if (!existsSync(join(distDir, path))) problems.push(`${file}: og:image ${path} is not in ${distDir}`);
      else {
        const size = pngSize(readFileSync(join(distDir, path)));
        if (size?.width !== 1200 || size.height !== 630)
          problems.push(`${file}: ${path} is ${size ? `${size.width}×${size.height}` : 'not a PNG'}`);
      }
      if (width !== '1200' || height !== '630') problems.push(`${file}: og:image:width/height ${width}×${height}`);
      if (!alt?.trim()) problems.push(`${file}: no og:image:alt`);
      if (card !== 'summary_large_image') problems.push(`${file}: twitter:card ${card}`);
    }
    expect(problems).toEqual([]);
  });

  it("gives the home page, articles and feature pages their own image, and feature images name each column's support", () => {
    expect(fileOf(meta('index.html').image!)).toBe('og/index.png');
    expect(fileOf(meta('articles/architecture/index.html').image!)).toBe('og/articles/architecture.png');
    const { meshes, features } = loadDataset();
    for (const feature of features) {
      const file = `features/${feature.id}/index.html`;
      if (!pages.includes(file)) continue;
      const { image, alt } = meta(file);
      expect(fileOf(image!)).toBe(`og/features/${feature.id}.png`);
      for (const mesh of meshes) {
        const cell = feature.cells[mesh.id];
        if (cell) expect(alt).toContain(`${mesh.name} ${supportLabels[cell.support].toLowerCase()}`);
      }
    }
  });

  it('every image under og/ is a 1200×630 PNG, and pages share the default image only when they have none', () => {
    const images = readdirSync(join(distDir, 'og'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.png'));
    expect(images).toContain('default.png');
    for (const name of images) expect(pngSize(readFileSync(join(distDir, 'og', name))), name).toEqual({ width: 1200, height: 630 });
    const usingDefault = pages.filter((file) => fileOf(meta(file).image!) === 'og/default.png');
    expect(usingDefault.filter((file) => file !== '404.html')).toEqual([]);
  });
});

describe('diagrams', () => {
  function diagrams(file: string) {
    const dom = parseHtml(readFileSync(join(distDir, file), 'utf8'));
    return dom.querySelectorAll('svg[role="img"]').map((svg) => {
      const byId = (id: string) => dom.querySelector(`[id="${id}"]`)?.text.trim() ?? '';
      return {
        svg,
        title: svg.querySelector('title')?.text.trim() ?? '',
        desc: svg.querySelector('desc')?.text.trim() ?? '',
        labelledBy: (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map(byId).join(' '),
        describedBy: (svg.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map(byId).join(' '),
        caption: svg.closest('figure')?.querySelector('figcaption')?.text.trim() ?? '',
      };
    });
  }

  for (const [article, minimum] of [
    ['architecture', 2],
    ['mtls-identity', 1],
  ] as const) {
    it(`${article} has ${minimum}+ accessible SVG diagrams without inline styles`, () => {
      const found = diagrams(`articles/${article}/index.html`);
      expect(found.length).toBeGreaterThanOrEqual(minimum);
      for (const { svg, title, desc, labelledBy, describedBy, caption } of found) {
        expect(title.length, 'svg <title>').toBeGreaterThan(5);
        expect(desc.length, 'svg <desc>').toBeGreaterThan(80);
        expect(labelledBy).toBe(title);
        expect(describedBy).toBe(desc);
        expect(caption.length, 'visible figcaption').toBeGreaterThan(20);
        expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
        expect(svg.querySelectorAll('[style]').length + (svg.hasAttribute('style') ? 1 : 0), 'style attributes').toBe(0);
        expect(svg.querySelectorAll('style')).toHaveLength(0);
      }
    });
  }

  it('names the facts the diagrams must show', () => {
    const text = (file: string) =>
      diagrams(file)
        .map((d) => `${d.title} ${d.desc} ${d.svg.text}`)
        .join(' ');
    const architecture = text('articles/architecture/index.html');
    for (const fact of [
      'istiod',
      'Envoy sidecar',
      'ztunnel',
      'HBONE',
      '15008',
      'waypoint',
      'destination',
      'identity',
      'proxy-injector',
      'linkerd2-proxy',
      'mTLS',
    ]) {
      expect(architecture).toContain(fact);
    }
    const mtls = text('articles/mtls-identity/index.html');
    for (const fact of ['Envoy sidecar', 'ztunnel', 'HBONE', 'linkerd2-proxy', 'SPIFFE', 'DNS name']) expect(mtls).toContain(fact);
  });
});
