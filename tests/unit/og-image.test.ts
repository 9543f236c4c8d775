// Social images (src/lib/og-image.ts): routes, keys, the fallback, alt text, layout and the PNG size reader.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  clip,
  defaultOgKey,
  ogAlt,
  ogImagePath,
  ogImagesEnabled,
  ogKey,
  ogKeyFor,
  ogLayout,
  ogPages,
  pngSize,
  routeOf,
  titleFontSize,
  type OgNode,
} from '../../src/lib/og-image';
import { meshSlot } from '../../src/lib/meshes';

describe('ogKey and routeOf', () => {
  it('maps routes to image keys', () => {
    expect(ogKey('')).toBe('index');
    expect(ogKey('articles/')).toBe('articles');
    expect(ogKey('articles/overview/')).toBe('articles/overview');
    expect(ogImagePath('features/mtls')).toBe('og/features/mtls.png');
  });

  it('strips the base path and normalises file names', () => {
    expect(routeOf('/')).toBe('');
    expect(routeOf('/matrix/')).toBe('matrix/');
    expect(routeOf('/mesh-compare/matrix/', '/mesh-compare/')).toBe('matrix/');
    expect(routeOf('/mesh-compare/', '/mesh-compare')).toBe('');
    expect(routeOf('/404.html')).toBe('404/');
    expect(routeOf('/features/x')).toBe('features/x/');
  });

  it('falls back to the default image for pages without their own', () => {
    const keys = new Set(['index', 'matrix', defaultOgKey]);
    expect(ogKeyFor('/matrix/', keys)).toBe('matrix');
    expect(ogKeyFor('/base/', keys, '/base/')).toBe('index');
    expect(ogKeyFor('/404/', keys)).toBe(defaultOgKey);
    expect(ogKeyFor('/new-page/', new Map([['index', 1]]))).toBe(defaultOgKey);
  });
});

describe('ogPages', () => {
  const meshes = [
    { id: 'istio', name: 'Istio (sidecar)' },
    { id: 'istio-ambient', name: 'Istio (ambient)' },
    { id: 'linkerd', name: 'Linkerd' },
  ];
  const dataset = {
    meshes,
    features: [
      {
        id: 'mtls',
        name: 'Automatic mTLS',
        cells: { istio: { support: 'yes' }, linkerd: { support: 'partial' }, 'istio-ambient': { support: 'no' } },
      },
      { id: 'wasm', name: 'Wasm plugins', cells: { linkerd: { support: 'no' }, istio: { support: 'via-addon' } } },
    ] as const,
  };
  const pages = ogPages({
    siteName: 'Mesh Compare',
    tagline: 'tagline',
    articles: [{ id: 'overview', title: 'Overview' }],
    meshes,
    features: dataset.features.map((feature) => ({ ...feature, cells: { ...feature.cells } })),
    slot: (id) => meshSlot(meshes, id),
  });
  const keys = pages.map((page) => ogKey(page.route));

  it('has the home page, the sections, every article and feature, and the default image, once each', () => {
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of ['index', 'articles', 'articles/overview', 'matrix', 'features', 'calculator', 'sources', defaultOgKey])
      expect(keys).toContain(key);
    for (const feature of dataset.features) expect(keys).toContain(`features/${feature.id}`);
  });

  it("gives feature pages every column's support level, in column order", () => {
    const support = (id: string) => pages.find((candidate) => candidate.route === `features/${id}/`)!.support;
    expect(support('mtls')).toEqual([
      { mesh: 'Istio (sidecar)', slot: 1, support: 'yes' },
      { mesh: 'Istio (ambient)', slot: 2, support: 'no' },
      { mesh: 'Linkerd', slot: 3, support: 'partial' },
    ]);
    // A column without a cell is left out.
    expect(support('wasm')).toEqual([
      { mesh: 'Istio (sidecar)', slot: 1, support: 'via-addon' },
      { mesh: 'Linkerd', slot: 3, support: 'no' },
    ]);
  });
});

describe('text helpers', () => {
  it('describes the image in its alt text, support levels included', () => {
    expect(ogAlt({ title: 'Feature matrix' }, 'Mesh Compare')).toBe('Mesh Compare: Feature matrix');
    expect(ogAlt({ title: 'mTLS', support: [{ mesh: 'Linkerd', slot: 3, support: 'via-addon' }] }, 'Mesh Compare')).toBe(
      'Mesh Compare: mTLS: Linkerd via add-on',
    );
  });

  it('shrinks the title font as titles grow, never below 44 px', () => {
    const sizes = [5, 30, 50, 90, 300].map((n) => titleFontSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(Math.min(...sizes)).toBe(44);
  });

  it('clips long text with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('a long sentence, with words', 12)).toBe('a long sent…');
    expect([...clip('x'.repeat(200), 110)]).toHaveLength(110);
  });

  it('reads OG_IMAGES', () => {
    expect(ogImagesEnabled({})).toBe(true);
    expect(ogImagesEnabled({ OG_IMAGES: '1' })).toBe(true);
    expect(ogImagesEnabled({ OG_IMAGES: '0' })).toBe(false);
  });
});

describe('ogLayout', () => {
  const text = (node: OgNode | string): string =>
    typeof node === 'string'
      ? node
      : [node.props.children ?? []]
          .flat()
          .map((child) => text(child as OgNode | string))
          .join(' ');

  it('is 1200×630 and shows the title, the site and every support level', () => {
    const layout = ogLayout(
      {
        route: 'features/x/',
        title: 'Retries',
        kicker: 'Feature',
        support: [
          { mesh: 'Istio (sidecar)', slot: 1, support: 'yes' },
          { mesh: 'Linkerd', slot: 3, support: 'no' },
        ],
      },
      'Mesh Compare',
      'example.org',
    );
    expect(layout.props.style).toMatchObject({ width: 1200, height: 630 });
    const all = text(layout);
    for (const part of ['Retries', 'Feature', 'Istio (sidecar)', 'Yes', 'Linkerd', 'No', 'Mesh Compare', 'example.org'])
      expect(all).toContain(part);
  });
});

describe('pngSize', () => {
  /** A minimal valid PNG of the given size (one grey row repeated). */
  function png(width: number, height: number): Uint8Array {
    const chunk = (type: string, data: Buffer) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr.set([8, 0, 0, 0, 0], 8);
    const raw = Buffer.alloc((width + 1) * height);
    return new Uint8Array(
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk('IHDR', ihdr),
        chunk('IDAT', deflateSync(raw)),
        chunk('IEND', Buffer.alloc(0)),
      ]),
    );
  }

  it('reads width and height from the IHDR chunk', () => {
    expect(pngSize(png(1200, 630))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(png(3, 2).subarray(0))).toEqual({ width: 3, height: 2 });
  });

  it('rejects bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('GIF89a, not a png at all'))).toBeUndefined();
    expect(pngSize(new Uint8Array(8))).toBeUndefined();
  });
});
