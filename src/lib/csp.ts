// The site's Content-Security-Policy, defined once. BaseLayout.astro puts it in a <meta> tag on every page,
// src/pages/[headers].ts writes it into dist/_headers (Netlify, Cloudflare Pages), and the tests read it from here.
//
// Everything is denied by default and each resource type is allowed from the site's own origin only:
// - no 'unsafe-inline' anywhere: scripts and styles are files; Shiki's colours are classes (src/lib/markdown/shiki-classes.ts);
// - 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly (search), and nothing else is evaluated;
// - Trusted Types are enforced and no policy may be created: the site's scripts build the DOM with DOM APIs and
//   textContent only, and Pagefind runs without its worker (src/scripts/search-ui.ts), whose string URL would need one.

/** One directive: its name and its source list (empty for directives without values). */
export type Directive = readonly [name: string, values: readonly string[]];

/** The policy, in the order it is serialized. */
export const cspDirectives: readonly Directive[] = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  // Pagefind fetches its index and WebAssembly; the matrix and calculator read nothing at runtime.
  ['connect-src', ["'self'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
  ['upgrade-insecure-requests', []],
  ['require-trusted-types-for', ["'script'"]],
  ['trusted-types', ["'none'"]],
  // Only honoured as an HTTP header; browsers ignore it (with a warning) in a <meta> tag.
  ['frame-ancestors', ["'none'"]],
];

/** Directives a <meta http-equiv> policy may not carry (https://www.w3.org/TR/CSP3/#meta-element). */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The policy as one header or meta value: "name value…; name value…".
 * `meta` leaves out the directives browsers ignore in a <meta> tag.
 */
export function serializeCsp(target: 'header' | 'meta', directives: readonly Directive[] = cspDirectives): string {
  return directives
    .filter(([name]) => target === 'header' || !headerOnly.has(name))
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The value of the Content-Security-Policy response header. */
export const cspHeader = serializeCsp('header');
/** The content of the <meta http-equiv="Content-Security-Policy"> tag. */
export const cspMeta = serializeCsp('meta');

/** Paths other sites may frame (the /embed/* cards); every other path keeps frame-ancestors 'none'. */
export const embedPathPattern = '/embed/*';

/** The same policy with only frame-ancestors changed: `*` lets any site frame the embeds. */
export const embedDirectives: readonly Directive[] = cspDirectives.map(([name, values]) =>
  name === 'frame-ancestors' ? [name, ['*']] : [name, values],
);

/** The Content-Security-Policy header of /embed/* (the <meta> tag stays cspMeta: frame-ancestors is header-only). */
export const embedCspHeader = serializeCsp('header', embedDirectives);
