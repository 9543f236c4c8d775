import { describe, expect, it } from 'vitest';
import { dedent, describeManifests } from '../../src/lib/manifests';

const server = `apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata: { name: web, namespace: shop }
spec:
  podSelector: { matchLabels: { app: web } }
  port: http`;

describe('dedent', () => {
  it('removes common indentation, surrounding blank lines and trailing spaces', () => {
    expect(dedent('\n    a: 1  \n      b: 2\n\n    c: 3\n  ')).toBe('a: 1\n  b: 2\n\nc: 3');
  });
  it('keeps text without indentation', () => {
    expect(dedent('a: 1')).toBe('a: 1');
  });
});

describe('describeManifests', () => {
  it('summarises every document of a valid multi-document example', () => {
    const code = `${server}\n---\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: { name: r }\nspec: { hosts: [r] }`;
    expect(describeManifests(code, 'x')).toEqual([
      { apiVersion: 'policy.linkerd.io/v1beta3', kind: 'Server', name: 'web' },
      { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', name: 'r' },
    ]);
  });

  it('rejects the nonexistent policy.linkerd.io/v1beta4 and names the current version', () => {
    expect(() => describeManifests(server.replace('v1beta3', 'v1beta4'), 'ex')).toThrow(
      /ex: invalid example:\n- document 1: Server in policy.linkerd.io\/v1beta4 is not a current API \(use policy.linkerd.io\/v1beta3\)/,
    );
  });

  it('rejects outdated Istio versions that are still served', () => {
    const vs = 'apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata: { name: r }\nspec: { hosts: [r] }';
    expect(() => describeManifests(vs, 'ex')).toThrow('use networking.istio.io/v1');
    const pa = 'apiVersion: security.istio.io/v1beta1\nkind: PeerAuthentication\nmetadata: { name: d }\nspec: { mtls: { mode: STRICT } }';
    expect(() => describeManifests(pa, 'ex')).toThrow('use security.istio.io/v1');
  });

  it('rejects the wrong Linkerd AuthorizationPolicy field from a common tutorial', () => {
    const policy = `apiVersion: policy.linkerd.io/v1alpha1
kind: AuthorizationPolicy
metadata: { name: p }
spec:
  targetRef: { group: policy.linkerd.io, kind: Server, name: web }
  requiredAuthentication:
    identities: ["*.default.serviceaccount.identity.linkerd.cluster.local"]`;
    expect(() => describeManifests(policy, 'ex')).toThrow(/requiredAuthenticationRefs, not requiredAuthentication[\s\S]*must be a list/);
  });

  it('checks required fields of Server, PeerAuthentication and routes', () => {
    expect(() => describeManifests(server.replace('  port: http', ''), 'ex')).toThrow('Server: spec.port is required');
    const pa = 'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: { name: d }\nspec: { mtls: { mode: ON } }';
    expect(() => describeManifests(pa, 'ex')).toThrow('spec.mtls.mode must be');
    const route = 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: { name: r }\nspec: { rules: [] }';
    expect(() => describeManifests(route, 'ex')).toThrow('HTTPRoute: spec.parentRefs must be a non-empty list');
  });

  it('reports YAML syntax errors, non-mapping documents and unknown kinds', () => {
    expect(() => describeManifests('a: [1, 2', 'ex')).toThrow(/document 1: YAML error/);
    expect(() => describeManifests('- just a list', 'ex')).toThrow('expected a mapping');
    expect(() => describeManifests('apiVersion: v1\nkind: Widget\nspec: {}', 'ex')).toThrow('(unknown kind)');
    expect(() => describeManifests('', 'ex')).toThrow('no YAML documents');
  });
});
