import type { Element, Root } from 'hast';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { anchorLabel, hastText, rehypeHeadingAnchors, wrapHeading } from '../../src/lib/markdown/heading-anchors';
import { headingAnchorPlugins } from '../../src/lib/markdown/satteri-heading-anchors';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, properties: Element['properties'], ...children: Element['children']): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const root = (...children: Root['children']): Root => ({ type: 'root', children });

describe('rehypeHeadingAnchors (hast in, hast out)', () => {
  it('wraps an h2 with a "#" link to its own id and an accessible name', () => {
    const input = root(el('h2', {}, text('Egress gateways')), el('p', {}, text('Body')));
    const output = rehypeHeadingAnchors()(input);
    expect(output).toEqual(
      root(
        el(
          'div',
          { className: ['heading-wrapper', 'level-h2'] },
          el('h2', { id: 'egress-gateways' }, text('Egress gateways')),
          el(
            'a',
            { className: ['heading-anchor'], href: '#egress-gateways', dataPagefindIgnore: '' },
            el('span', { ariaHidden: 'true', className: ['heading-anchor-icon'] }, text('#')),
            el('span', { className: ['sr-only'] }, text('Link to section: Egress gateways')),
          ),
        ),
        el('p', {}, text('Body')),
      ),
    );
  });

  it('gives Astro-style slugs: lowercase, punctuation dropped, duplicates numbered', () => {
    const input = root(
      el('h2', {}, text('mTLS & Identity (SPIFFE)')),
      el('h3', {}, text('Trust anchor')),
      el('h3', {}, text('Trust anchor')),
      el('h4', {}, text('Ünïcode café')),
    );
    const output = rehypeHeadingAnchors()(input);
    const ids = output.children.map((wrapper) => ((wrapper as Element).children[0] as Element).properties.id);
    expect(ids).toEqual(['mtls--identity-spiffe', 'trust-anchor', 'trust-anchor-1', 'ünïcode-café']);
  });

  it('keeps an id the author set, and uses the heading text with inline markup for the label', () => {
    const input = root(el('h3', { id: 'custom' }, text('Use '), el('code', {}, text('ServiceEntry')), text(' for egress')));
    const wrapper = rehypeHeadingAnchors()(input).children[0] as Element;
    const anchor = wrapper.children[1] as Element;
    expect(anchor.properties.href).toBe('#custom');
    expect(hastText(anchor)).toBe('#Link to section: Use ServiceEntry for egress');
  });

  it('gives h1, h5 and h6 ids without anchors, and finds nested headings', () => {
    const input = root(el('h1', {}, text('Title')), el('section', {}, el('h2', {}, text('Nested'))), el('h5', {}, text('Small')));
    const output = rehypeHeadingAnchors()(input);
    expect(output.children[0]).toEqual(el('h1', { id: 'title' }, text('Title')));
    const section = output.children[1] as Element;
    expect((section.children[0] as Element).properties.className).toEqual(['heading-wrapper', 'level-h2']);
    expect(output.children[2]).toEqual(el('h5', { id: 'small' }, text('Small')));
  });

  it('honours the levels option and does not modify its input', () => {
    const input = root(el('h2', {}, text('Two')), el('h3', {}, text('Three')));
    const snapshot = structuredClone(input);
    const output = rehypeHeadingAnchors({ levels: [3] })(input);
    expect(input).toEqual(snapshot);
    expect((output.children[0] as Element).tagName).toBe('h2');
    expect((output.children[1] as Element).tagName).toBe('div');
  });

  it('leaves trees without headings unchanged', () => {
    const input = root(el('p', {}, text('No headings')), { type: 'comment', value: 'x' });
    expect(rehypeHeadingAnchors()(input)).toEqual(input);
  });

  it('wrapHeading refuses a heading without an id instead of producing href="#"', () => {
    expect(() => wrapHeading(el('h2', {}, text('No id')))).toThrow(/needs a heading with an id/);
    expect(() => wrapHeading(el('p', { id: 'x' }, text('Not a heading')))).toThrow();
  });

  it('collapses whitespace in the accessible name', () => {
    expect(anchorLabel('  Egress\n  gateways ')).toBe('Link to section: Egress gateways');
  });
});

describe('headingAnchorPlugins in the Sätteri pipeline Astro uses', () => {
  const markdown = [
    '## Egress gateways',
    '',
    'Text about egress.',
    '',
    '### Trust anchor <em>rotation</em>',
    '',
    '#### Deep',
    '',
    '##### Too deep',
  ].join('\n');

  it('renders Markdown headings with Astro slugs and anchor links', async () => {
    const { html } = await markdownToHtml(markdown, { hastPlugins: headingAnchorPlugins() });
    expect(html).toContain(
      '<div class="heading-wrapper level-h2"><h2 id="egress-gateways">Egress gateways</h2><a class="heading-anchor" href="#egress-gateways" data-pagefind-ignore=""><span aria-hidden="true" class="heading-anchor-icon">#</span><span class="sr-only">Link to section: Egress gateways</span></a></div>',
    );
    expect(html).toContain('<h3 id="trust-anchor-rotation">');
    expect(html).toContain('href="#trust-anchor-rotation"');
    expect(html).toContain('<div class="heading-wrapper level-h4"><h4 id="deep">');
    expect(html).toContain('<h5 id="too-deep">Too deep</h5>');
    expect(html).not.toContain('href="#too-deep"');
  });

  it('produces the same ids as the pure plugin', async () => {
    const { html } = await markdownToHtml('## A & B\n\n## A & B\n\n### Ünïcode café', { hastPlugins: headingAnchorPlugins() });
    const ids = [...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
    const pure = rehypeHeadingAnchors()(root(el('h2', {}, text('A & B')), el('h2', {}, text('A & B')), el('h3', {}, text('Ünïcode café'))));
    expect(ids).toEqual(pure.children.map((w) => ((w as Element).children[0] as Element).properties.id));
  });

  it('applies to MDX too, next to JSX components', async () => {
    const { code } = await mdxToJs('## Egress gateways\n\n<Callout />\n\n### Sub', {
      hastPlugins: headingAnchorPlugins(),
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
    });
    expect(code).toMatch(/id: "egress-gateways"/);
    expect(code).toMatch(/href: "#egress-gateways"/);
    expect(code).toMatch(/"data-pagefind-ignore": ""/);
    expect(code).toMatch(/Link to section: Sub/);
  });
});
