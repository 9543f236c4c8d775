// Highlighted code carries classes, not style attributes (the CSP allows no inline style), and the generated
// stylesheet defines every class the transformer can emit for the configured themes.
import { createHighlighter } from 'shiki';
import { describe, expect, it } from 'vitest';
import { codeThemes, loadCodeThemes, shikiClasses, shikiClassesCss, styleToClasses } from '../../src/lib/markdown/shiki-classes';

const samples: [lang: string, code: string][] = [
  ['yaml', 'apiVersion: v1\nkind: Service # a comment\nmetadata:\n  name: "web"\n  port: 8080\n'],
  ['markdown', '# Title\n*italic* **bold** ~~gone~~ [link](https://example.com)\n'],
  ['bash', 'kubectl get pods -n istio-system | grep -v Running\n'],
  ['json', '{ "a": [1, true, null, "x"] }\n'],
  ['diff', '- old\n+ new\n'],
];

describe('shikiClasses', async () => {
  const highlighter = await createHighlighter({ themes: Object.values(codeThemes), langs: samples.map(([lang]) => lang) });
  const css = shikiClassesCss(await loadCodeThemes());
  const defined = new Set([...css.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!));
  // What Astro's wrapper adds to <pre> (see @astrojs/internal-helpers/shiki), for the transformer to clean up.
  const astroPre = {
    name: 'astro-like',
    pre: (node: { properties: Record<string, unknown> }) =>
      void (node.properties.style = `${node.properties.style}; overflow-x: auto; white-space: pre-wrap; word-wrap: break-word;`),
  };

  it.each(samples)('%s: no style attribute, and every class is in the stylesheet', (lang, code) => {
    const html = highlighter.codeToHtml(code, { lang, themes: codeThemes, defaultColor: false, transformers: [astroPre, shikiClasses()] });
    expect(html).not.toMatch(/\sstyle=/);
    const classes = [...html.matchAll(/class="([^"]*)"/g)]
      .flatMap((m) => m[1]!.split(' '))
      .filter((name) => name.startsWith('shiki-') && name !== 'shiki-themes');
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.filter((name) => !defined.has(name))).toEqual([]);
  });

  it('maps colours per theme and font styles shared by both themes', () => {
    expect(styleToClasses('--shiki-light:#22863A;--shiki-dark:#85E89D')).toEqual(['shiki-light-22863a', 'shiki-dark-85e89d']);
    expect(styleToClasses('--shiki-light-bg:#fff;--shiki-dark-bg:#24292e')).toEqual(['shiki-light-bg-fff', 'shiki-dark-bg-24292e']);
    expect(
      styleToClasses(
        '--shiki-light-font-style:italic;--shiki-dark-font-style:italic;--shiki-light-text-decoration:underline line-through;--shiki-dark-text-decoration:underline line-through',
      ),
    ).toEqual(['shiki-italic', 'shiki-underline', 'shiki-line-through']);
    expect(styleToClasses('; overflow-x: auto; user-select: none;')).toEqual(['shiki-no-select']);
  });

  it('refuses what it cannot turn into a class, so no style is silently dropped', () => {
    expect(() => styleToClasses('color: red')).toThrow(/no class/);
    expect(() => styleToClasses('--shiki-light:red')).toThrow(/unexpected colour/);
    expect(() => styleToClasses('--shiki-light-font-style:italic')).toThrow(/disagree/);
  });

  it('defines a rule for every colour of both themes', () => {
    expect(css).toContain('.shiki-light-24292e{--shiki-light:#24292e}');
    expect(css).toContain('.shiki-dark-e1e4e8{--shiki-dark:#e1e4e8}');
    expect(css).toContain('.shiki-dark-bg-24292e{--shiki-dark-bg:#24292e}');
  });
});
