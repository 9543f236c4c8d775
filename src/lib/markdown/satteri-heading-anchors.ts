// Runs the heading-anchor transform in Astro's default Markdown/MDX processor (Sätteri), whose
// plugins are visitors that queue edits instead of functions that rewrite a tree.
// Register with `markdown.processor: satteri({ hastPlugins: headingAnchorPlugins() })`.
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { HastPluginEntry } from 'satteri';
import { defaultAnchorLevels, headingAnchor, headingLevel, headingWrapper, type HeadingAnchorOptions } from './heading-anchors';

/** Wraps each heading of the chosen levels with its anchor link; ids must already be set. */
export function satteriHeadingAnchors(options: HeadingAnchorOptions = {}): HastPluginEntry {
  const levels = options.levels ?? defaultAnchorLevels;
  return {
    name: 'heading-anchors',
    element: {
      filter: levels.map((level) => `h${level}`),
      visit(node, ctx) {
        const id = node.properties?.id;
        const level = headingLevel(node);
        if (typeof id !== 'string' || id === '' || level === undefined) return;
        ctx.wrapNode(node, headingWrapper(level, [headingAnchor(id, ctx.textContent(node))]));
      },
    },
  };
}

/**
 * Astro's own heading-id plugin first (so ids are exactly Astro's slugs, which it keeps when it
 * runs again later), then the anchors.
 */
export function headingAnchorPlugins(options: HeadingAnchorOptions = {}): HastPluginEntry[] {
  return [satteriHeadingIdsPlugin(), satteriHeadingAnchors(options)];
}
