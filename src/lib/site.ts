// Site-wide constants and URL helpers (base-path aware).
import { repository } from '../../package.json';
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
  /** Path prefixes (below the base) of the section the link stands for; the header marks it current there. */
  section?: string[];
}

export const primaryNav: NavLink[] = [
  { href: 'articles/overview/', label: 'Compare', section: ['articles/'] },
  { href: 'matrix/', label: 'Feature matrix', section: ['matrix/', 'features/'] },
  { href: 'calculator/', label: 'Memory calculator' },
  { href: 'sources/', label: 'Sources' },
];

/** The repository, from package.json `repository.url`: the one place to change it for a fork. */
export const repositoryUrl = repository.url.replace(/\.git$/, '');

/** A prefilled "Suggest a correction" issue (form: .github/ISSUE_TEMPLATE/correction.yml). */
export function correctionUrl(fields: { feature: string; mesh?: string; claim?: string }): string {
  const params = new URLSearchParams({
    template: 'correction.yml',
    title: `Correction: ${fields.feature}${fields.mesh ? ` (${fields.mesh})` : ''}`,
    feature: fields.feature,
  });
  if (fields.mesh) params.set('mesh', fields.mesh);
  if (fields.claim) params.set('claim', fields.claim);
  return `${repositoryUrl}/issues/new?${params}`;
}
