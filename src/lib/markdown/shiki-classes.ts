// Shiki colours code with `style` attributes; the Content-Security-Policy (src/lib/csp.ts) allows no inline style.
// shikiClasses() turns every style declaration Shiki and Astro write into a class, and the stylesheet defining those
// classes is generated from the themes themselves (every colour they can produce), so it does not depend on which
// code the site happens to highlight or in what order pages render. Vite serves it as `virtual:shiki-classes.css`
// (shikiClassesVite(), registered in astro.config.mjs), imported by the article layout and bundled with its CSS.
//
// Classes: `shiki-<theme>-<hex>` sets --shiki-<theme> (the token colour), `shiki-<theme>-bg-<hex>` sets
// --shiki-<theme>-bg; src/styles/global.css picks light or dark with light-dark(). Font styles are the same in both
// themes and become shiki-italic, shiki-bold, shiki-underline and shiki-line-through.
import type { Element, Root, RootContent } from 'hast';
import { bundledThemes, normalizeTheme, type BundledTheme, type ShikiTransformer, type ThemeRegistrationResolved } from 'shiki';

/** The code themes, keyed by the name Shiki uses in its CSS variables (--shiki-light, --shiki-dark). */
export const codeThemes = { light: 'github-light', dark: 'github-dark' } as const satisfies Record<string, BundledTheme>;

export const virtualCssId = 'virtual:shiki-classes.css';

const colourPattern = /^#[0-9a-f]{3,8}$/;

function colourClass(themeKey: string, kind: 'fg' | 'bg', colour: string): string {
  const value = colour.trim().toLowerCase();
  if (!colourPattern.test(value)) throw new Error(`shiki-classes: unexpected colour "${colour}" for theme "${themeKey}"`);
  return `shiki-${themeKey}-${kind === 'bg' ? 'bg-' : ''}${value.slice(1)}`;
}

const fontClasses: Record<string, Record<string, string[]>> = {
  'font-style': { italic: ['shiki-italic'], normal: [] },
  'font-weight': { bold: ['shiki-bold'], normal: [] },
  'text-decoration': { underline: ['shiki-underline'], 'line-through': ['shiki-line-through'], none: [] },
};

/** Classes replacing one `style` attribute; throws on any declaration it does not know. */
export function styleToClasses(style: string, themeKeys: readonly string[] = Object.keys(codeThemes)): string[] {
  const classes = new Set<string>();
  /** Font declarations per theme, which must agree across themes. */
  const font = new Map<string, Map<string, string>>();
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (declaration.trim() === '') continue;
    if (colon < 0) throw new Error(`shiki-classes: cannot read the declaration "${declaration}"`);
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    const variable = /^--shiki-([a-z0-9]+)(?:-(bg|font-style|font-weight|text-decoration))?$/.exec(property);
    if (variable && themeKeys.includes(variable[1]!)) {
      const [, themeKey, part] = variable as unknown as [string, string, string | undefined];
      if (part === undefined || part === 'bg') classes.add(colourClass(themeKey, part === 'bg' ? 'bg' : 'fg', value));
      else (font.get(part) ?? font.set(part, new Map()).get(part)!).set(themeKey, value.toLowerCase());
      continue;
    }
    // Astro's wrapper adds these to <pre>: scrolling is in global.css (.astro-code), wrapping and unselectable
    // diff markers become classes.
    if (property === 'overflow-x' && value === 'auto') continue;
    if ((property === 'white-space' && value === 'pre-wrap') || (property === 'word-wrap' && value === 'break-word')) {
      classes.add('shiki-wrap');
      continue;
    }
    if (property === 'user-select' && value === 'none') {
      classes.add('shiki-no-select');
      continue;
    }
    throw new Error(`shiki-classes: no class for "${property}: ${value}"`);
  }
  for (const [property, perTheme] of font) {
    const values = new Set(themeKeys.map((key) => perTheme.get(key) ?? 'normal'));
    if (values.size > 1) throw new Error(`shiki-classes: the themes disagree on ${property} (${[...values].join(', ')})`);
    for (const word of [...values][0]!.split(/\s+/)) {
      const mapped = fontClasses[property]![word];
      if (!mapped) throw new Error(`shiki-classes: no class for "${property}: ${word}"`);
      for (const name of mapped) classes.add(name);
    }
  }
  return [...classes];
}

function classList(node: Element): string[] {
  const value = node.properties.className ?? node.properties.class;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

function visit(node: Root | RootContent, themeKeys: readonly string[]): void {
  if (node.type !== 'root' && node.type !== 'element') return;
  if (node.type === 'element' && node.properties.style !== undefined) {
    const style = String(node.properties.style);
    delete node.properties.style;
    const classes = [...classList(node), ...styleToClasses(style, themeKeys)];
    // Shiki's own hast keeps classes in `class`, as a string.
    delete node.properties.className;
    node.properties.class = [...new Set(classes)].join(' ');
  }
  for (const child of node.children) visit(child, themeKeys);
}

/** A Shiki transformer that leaves no `style` attribute: for shikiConfig.transformers and <Code transformers>. */
export function shikiClasses(themeKeys: readonly string[] = Object.keys(codeThemes)): ShikiTransformer {
  return {
    name: 'mesh-compare:shiki-classes',
    enforce: 'post',
    // Runs after every element hook, Astro's <pre> attributes included.
    root(hast) {
      visit(hast, themeKeys);
    },
  };
}

/** Every colour a theme can give a token or a code block, lower-case. */
export function themeColours(theme: ThemeRegistrationResolved): { fg: string[]; bg: string[] } {
  const fg = new Set<string>();
  const bg = new Set<string>();
  const add = (set: Set<string>, colour: string | undefined) => {
    if (colour) set.add(colour.toLowerCase());
  };
  add(fg, theme.fg);
  add(bg, theme.bg);
  for (const rule of theme.settings ?? []) {
    add(fg, rule.settings?.foreground);
    add(bg, rule.settings?.background);
  }
  for (const replacement of Object.values(theme.colorReplacements ?? {})) {
    if (typeof replacement === 'string') {
      add(fg, replacement);
      add(bg, replacement);
    }
  }
  return { fg: [...fg].sort(), bg: [...bg].sort() };
}

/** The stylesheet for shikiClasses(): one rule per theme colour, plus font styles, wrapping and diff markers. */
export function shikiClassesCss(themes: Record<string, ThemeRegistrationResolved>): string {
  const rules: string[] = [];
  for (const [key, theme] of Object.entries(themes)) {
    const { fg, bg } = themeColours(theme);
    for (const colour of fg) rules.push(`.${colourClass(key, 'fg', colour)}{--shiki-${key}:${colour}}`);
    for (const colour of bg) rules.push(`.${colourClass(key, 'bg', colour)}{--shiki-${key}-bg:${colour}}`);
  }
  rules.push(
    '.shiki-italic{font-style:italic}',
    '.shiki-bold{font-weight:bold}',
    '.shiki-underline{text-decoration-line:underline}',
    '.shiki-line-through{text-decoration-line:line-through}',
    '.shiki-underline.shiki-line-through{text-decoration-line:underline line-through}',
    '.shiki-wrap{white-space:pre-wrap;overflow-wrap:break-word}',
    '.shiki-no-select{user-select:none}',
  );
  return `/* Generated by src/lib/markdown/shiki-classes.ts from ${Object.values(themes)
    .map((theme) => theme.name)
    .join(' and ')}. */\n${rules.join('\n')}\n`;
}

/** Loads the configured themes as Shiki resolves them. */
export async function loadCodeThemes(
  themes: Record<string, BundledTheme> = codeThemes,
): Promise<Record<string, ThemeRegistrationResolved>> {
  const entries = await Promise.all(
    Object.entries(themes).map(async ([key, name]) => [key, normalizeTheme((await bundledThemes[name]()).default)] as const),
  );
  return Object.fromEntries(entries);
}

/** Vite plugin serving the generated stylesheet as `virtual:shiki-classes.css`. */
export function shikiClassesVite() {
  const resolvedId = `\0${virtualCssId}`;
  return {
    name: 'mesh-compare:shiki-classes-css',
    resolveId(id: string) {
      return id === virtualCssId ? resolvedId : undefined;
    },
    async load(id: string) {
      return id === resolvedId ? shikiClassesCss(await loadCodeThemes()) : undefined;
    },
  };
}
