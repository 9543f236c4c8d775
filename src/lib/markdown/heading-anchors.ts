// Heading anchors for article content: every heading gets a stable id (Astro's GitHub-style slug),
// and h2–h4 are wrapped with a "#" link to their own section, as Starlight does:
//   <div class="heading-wrapper level-h2"><h2 id="x">Text</h2><a class="heading-anchor" href="#x">…</a></div>
// The link sits beside the heading, not inside it, so the heading's text (table of contents,
// screen-reader heading lists, search index) stays clean.
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface HeadingAnchorOptions {
  /** Heading levels that get an anchor link. Default: 2, 3 and 4. */
  levels?: readonly number[];
}

export const defaultAnchorLevels: readonly number[] = [2, 3, 4];
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Heading level (1–6) of an element, or undefined when it is not a heading. */
export function headingLevel(node: Pick<Element, 'tagName'>): number | undefined {
  return headingTags.has(node.tagName) ? Number(node.tagName[1]) : undefined;
}

/** Concatenated text of a hast node, like the DOM's textContent. */
export function hastText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => hastText(child)).join('');
  return '';
}

/** Accessible name of the link to a section. */
export function anchorLabel(headingText: string): string {
  return `Link to section: ${headingText.replace(/\s+/g, ' ').trim()}`;
}

/** The "#" link to a section; its visible "#" is hidden from assistive tech, which reads the label. */
export function headingAnchor(id: string, headingText: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true', className: ['heading-anchor-icon'] },
        children: [{ type: 'text', value: '#' }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: anchorLabel(headingText) }],
      },
    ],
  };
}

/** The block that holds a heading (first child) and the elements placed after it. */
export function headingWrapper(level: number, after: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrapper', `level-h${level}`] },
    children: after,
  };
}

/** A heading with its anchor link, wrapped. The heading must already have an id. */
export function wrapHeading(heading: Element): Element {
  const level = headingLevel(heading);
  const id = heading.properties.id;
  if (level === undefined || typeof id !== 'string' || id === '') {
    throw new Error(`wrapHeading needs a heading with an id, got <${heading.tagName}>`);
  }
  const wrapper = headingWrapper(level, [headingAnchor(id, hastText(heading))]);
  wrapper.children.unshift(heading);
  return wrapper;
}

/**
 * Rehype-style plugin (hast in, hast out): returns a transformer that gives every heading without
 * an id the slug Astro would give it, and wraps the chosen levels with an anchor link.
 * The input tree is not modified.
 */
export function rehypeHeadingAnchors(options: HeadingAnchorOptions = {}) {
  const levels = new Set(options.levels ?? defaultAnchorLevels);
  return function transform(input: Root): Root {
    const tree = structuredClone(input);
    const slugger = new GithubSlugger();
    const visit = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        const level = headingLevel(child);
        if (level === undefined) {
          visit(child);
          return child;
        }
        if (typeof child.properties.id !== 'string') child.properties.id = slugger.slug(hastText(child));
        return levels.has(level) ? wrapHeading(child) : child;
      });
    };
    visit(tree);
    return tree;
  };
}
