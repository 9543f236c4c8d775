// The seed articles' worked example (100 pods, 50 MB per Envoy sidecar, 10–30 MB per Linkerd proxy) as inputs.
import { defaultInput, serializeCalculatorInput, type CalculatorInput } from './input';

export const seedExample = {
  /** The seed that works this example (content/sources.yaml). */
  sourceId: 'seed-none-at-2026',
  pods: 100,
  istioSidecarMb: 50,
  linkerdProxyMb: [10, 30],
} as const;

/** The seeds' example with one Linkerd proxy figure; no gateways, so the sidecar lines stand out. */
export function seedExampleInput(linkerdProxyMb: number): CalculatorInput {
  return {
    ...defaultInput,
    pods: seedExample.pods,
    mode: 'sidecar',
    gateways: 0,
    custom: { 'istio-sidecar': seedExample.istioSidecarMb, 'linkerd-sidecar': linkerdProxyMb },
  };
}

/** Query strings ("?…") for the low and high ends of the seeds' Linkerd range. */
export function seedExampleQueries(): Array<{ linkerdProxyMb: number; query: string }> {
  return seedExample.linkerdProxyMb.map((linkerdProxyMb) => ({
    linkerdProxyMb,
    query: `?${serializeCalculatorInput(seedExampleInput(linkerdProxyMb))}`,
  }));
}
