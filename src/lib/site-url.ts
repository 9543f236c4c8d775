// The site's production URL (canonical links, og:url, the matrix.csv feature_url and matrix.json $schema) is one
// config value: package.json "homepage". SITE_URL overrides it for one build (the GitHub Pages workflow sets it).
// Read by astro.config.mjs, which warns when a production build has neither.

/** Used when neither is set, so local builds and tests still have absolute URLs. Never meant for production. */
export const placeholderSiteUrl = 'https://mesh-compare.example';

export interface SiteUrl {
  url: string;
  from: 'SITE_URL' | 'homepage' | 'placeholder';
}

function valid(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const url = new URL(trimmed); // throws on a malformed value: better than a build with broken canonical links
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Site URL must be http(s): ${trimmed}`);
  return url.href;
}

export function resolveSiteUrl(env: { SITE_URL?: string | undefined }, homepage: string | undefined): SiteUrl {
  const fromEnv = valid(env.SITE_URL);
  if (fromEnv) return { url: fromEnv, from: 'SITE_URL' };
  const fromPackage = valid(homepage);
  if (fromPackage) return { url: fromPackage, from: 'homepage' };
  return { url: placeholderSiteUrl, from: 'placeholder' };
}

export const missingSiteUrlWarning =
  `No production URL: set "homepage" in package.json (or SITE_URL for one build). Canonical links, og:url, ` +
  `matrix.csv feature_url and matrix.json $schema now point at the placeholder ${placeholderSiteUrl}.`;
