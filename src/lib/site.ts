// Site-wide constants and URL helpers (base-path aware).
export const siteName = 'Mesh Compare';
export const siteTagline = 'Istio vs Linkerd, every claim sourced';

/** Prefixes an internal path with the configured base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return `${cleanBase}${path.replace(/^\/+/, '')}`;
}

export interface NavLink {
  href: string;
  label: string;
}

export const primaryNav: NavLink[] = [
  { href: 'articles/overview/', label: 'Compare' },
  { href: 'matrix/', label: 'Feature matrix' },
  { href: 'calculator/', label: 'Memory calculator' },
  { href: 'sources/', label: 'Sources' },
];
