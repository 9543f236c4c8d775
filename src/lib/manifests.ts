// Checks the Kubernetes manifests shown in articles: valid YAML, current apiVersions, key fields.
import { parseAllDocuments } from 'yaml';

/**
 * Current apiVersion of every kind the articles may show (istio/api ≈ 1.31, linkerd2 version-2.20,
 * Gateway API v1). Older versions that are still served (v1beta1, v1alpha3) are deliberately absent.
 */
export const currentApiVersions: Record<string, string[]> = {
  'networking.istio.io/v1': ['VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'WorkloadEntry', 'WorkloadGroup'],
  'networking.istio.io/v1alpha3': ['EnvoyFilter'],
  'security.istio.io/v1': ['PeerAuthentication', 'AuthorizationPolicy', 'RequestAuthentication'],
  'telemetry.istio.io/v1': ['Telemetry'],
  'extensions.istio.io/v1alpha1': ['WasmPlugin'],
  'policy.linkerd.io/v1beta3': ['Server', 'HTTPRoute'],
  'policy.linkerd.io/v1alpha1': [
    'AuthorizationPolicy',
    'MeshTLSAuthentication',
    'NetworkAuthentication',
    'EgressNetwork',
    'HTTPLocalRateLimitPolicy',
  ],
  'workload.linkerd.io/v1beta1': ['ExternalWorkload'],
  'linkerd.io/v1alpha2': ['ServiceProfile'],
  'gateway.networking.k8s.io/v1': ['Gateway', 'HTTPRoute', 'GRPCRoute'],
  'gateway.networking.k8s.io/v1alpha2': ['TLSRoute', 'TCPRoute'],
  v1: ['Service', 'Namespace', 'ServiceAccount', 'ConfigMap'],
  'apps/v1': ['Deployment'],
};

export interface ManifestSummary {
  apiVersion: string;
  kind: string;
  name: string | undefined;
}

/** Removes the common leading indentation and surrounding blank lines of a template literal. */
export function dedent(text: string): string {
  const lines = text.replace(/\t/g, '  ').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.match(/^ */)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut).trimEnd()).join('\n');
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((current, key) => (isObj(current) ? current[key] : undefined), value);

/** Kind-specific checks of the fields that common (wrong) examples get wrong. */
function fieldProblems(apiVersion: string, kind: string, doc: Obj): string[] {
  const problems: string[] = [];
  const spec = doc.spec;
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const group = apiVersion.split('/')[0];
  if (kind === 'Namespace' || kind === 'ServiceAccount' || kind === 'ConfigMap') return problems;
  if (!isObj(spec)) return [`${kind}: missing spec`];

  if (group === 'networking.istio.io' && kind === 'VirtualService') {
    need(Array.isArray(spec.hosts) && spec.hosts.length > 0, 'VirtualService: spec.hosts must be a non-empty list');
  }
  if (group === 'networking.istio.io' && kind === 'DestinationRule') {
    need(typeof spec.host === 'string', 'DestinationRule: spec.host must be a string');
  }
  if (kind === 'PeerAuthentication') {
    const mode = at(spec, 'mtls', 'mode');
    need(
      ['STRICT', 'PERMISSIVE', 'DISABLE', 'UNSET'].includes(String(mode)),
      'PeerAuthentication: spec.mtls.mode must be STRICT, PERMISSIVE, DISABLE or UNSET',
    );
  }
  if (group === 'security.istio.io' && kind === 'AuthorizationPolicy') {
    const action = spec.action ?? 'ALLOW';
    need(
      ['ALLOW', 'DENY', 'AUDIT', 'CUSTOM'].includes(String(action)),
      'AuthorizationPolicy (Istio): spec.action must be ALLOW, DENY, AUDIT or CUSTOM',
    );
  }
  if (group === 'policy.linkerd.io' && kind === 'Server') {
    need(spec.port !== undefined, 'Server: spec.port is required');
    need(
      (spec.podSelector === undefined) !== (spec.externalWorkloadSelector === undefined),
      'Server: set exactly one of spec.podSelector or spec.externalWorkloadSelector',
    );
  }
  if (group === 'policy.linkerd.io' && kind === 'AuthorizationPolicy') {
    need(isObj(spec.targetRef), 'AuthorizationPolicy (Linkerd): spec.targetRef is required');
    need(
      'requiredAuthentication' in spec === false,
      'AuthorizationPolicy (Linkerd): the field is requiredAuthenticationRefs, not requiredAuthentication',
    );
    need(Array.isArray(spec.requiredAuthenticationRefs), 'AuthorizationPolicy (Linkerd): spec.requiredAuthenticationRefs must be a list');
  }
  if (kind === 'MeshTLSAuthentication') {
    need(
      Array.isArray(spec.identities) || Array.isArray(spec.identityRefs),
      'MeshTLSAuthentication: spec.identities or spec.identityRefs must be a list',
    );
  }
  if (group === 'gateway.networking.k8s.io' && kind.endsWith('Route')) {
    need(Array.isArray(spec.parentRefs) && spec.parentRefs.length > 0, `${kind}: spec.parentRefs must be a non-empty list`);
  }
  return problems;
}

/**
 * Parses a YAML example (one or more documents) and checks it. Throws one Error naming `where`
 * and every problem: YAML syntax, unknown or outdated apiVersion/kind pairs, and wrong fields.
 */
export function describeManifests(code: string, where: string): ManifestSummary[] {
  const problems: string[] = [];
  const summaries: ManifestSummary[] = [];
  const documents = parseAllDocuments(code);
  if (!Array.isArray(documents)) throw new Error(`${where}: not a YAML document stream`);
  documents.forEach((document, index) => {
    const label = `document ${index + 1}`;
    for (const error of document.errors) problems.push(`${label}: YAML error: ${error.message.split('\n')[0]}`);
    if (document.errors.length > 0) return;
    const doc: unknown = document.toJS();
    if (!isObj(doc)) {
      problems.push(`${label}: expected a mapping with apiVersion and kind`);
      return;
    }
    const { apiVersion, kind } = doc;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      problems.push(`${label}: apiVersion and kind must be strings`);
      return;
    }
    if (!currentApiVersions[apiVersion]?.includes(kind)) {
      const current = Object.entries(currentApiVersions)
        .filter(([, kinds]) => kinds.includes(kind))
        .map(([version]) => version);
      problems.push(
        `${label}: ${kind} in ${apiVersion} is not a current API` +
          (current.length > 0 ? ` (use ${current.join(' or ')})` : ' (unknown kind)'),
      );
      return;
    }
    problems.push(...fieldProblems(apiVersion, kind, doc).map((problem) => `${label}: ${problem}`));
    const name = at(doc, 'metadata', 'name');
    summaries.push({ apiVersion, kind, name: typeof name === 'string' ? name : undefined });
  });
  if (summaries.length === 0 && problems.length === 0) problems.push('no YAML documents');
  if (problems.length > 0) throw new Error(`${where}: invalid example:\n- ${problems.join('\n- ')}`);
  return summaries;
}
