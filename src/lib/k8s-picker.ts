// The Kubernetes compatibility picker on /releases/: its URL parameter (`k8s=1.33`) and row matching.
// Pure and zod-free: src/scripts/releases.ts bundles it for the browser.
import { compareMinor } from './versions';

export const k8sParam = 'k8s';

/** Longest piece of an ignored value quoted back in the notice. */
const maxQuoted = 40;

export interface K8sParamResult {
  /** A Kubernetes minor from the known list, or '' for none. */
  value: string;
  /** The raw value when the link named one that is malformed or not in the data. */
  ignored?: string;
}

/** Reads `k8s` from a query string; a malformed or unknown value is reported and ignored. */
export function parseK8sParam(search: string, known: readonly string[]): K8sParamResult {
  const raw = new URLSearchParams(search).get(k8sParam);
  if (raw === null || raw.trim() === '') return { value: '' };
  const value = raw.trim();
  if (/^\d{1,3}\.\d{1,3}$/.test(value)) {
    const normalized = value.split('.').map(Number).join('.');
    if (known.includes(normalized)) return { value: normalized };
  }
  return { value: '', ignored: raw };
}

/** The query string (with "?", or '' when empty) with `k8s` set to `value`, or removed for ''. Other parameters are kept. */
export function serializeK8sParam(search: string, value: string): string {
  const params = new URLSearchParams(search);
  if (value) params.set(k8sParam, value);
  else params.delete(k8sParam);
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** Plain text for the notice about an ignored value (to be set as textContent, never as HTML). */
export function describeIgnoredK8s(raw: string): string {
  const quoted = raw.length > maxQuoted ? `${raw.slice(0, maxQuoted)}…` : raw;
  return `The link asked for Kubernetes “${quoted}”, which is not a Kubernetes version in this data, so it was ignored. Pick a version below.`;
}

export type K8sMatch = 'yes' | 'no' | 'unknown';

/** Whether a published range min–max includes `kubernetes`; `unknown` when the range is missing. */
export function matchK8sRange(min: string | undefined, max: string | undefined, kubernetes: string): K8sMatch {
  if (!min || !max) return 'unknown';
  return compareMinor(min, kubernetes) <= 0 && compareMinor(kubernetes, max) <= 0 ? 'yes' : 'no';
}
