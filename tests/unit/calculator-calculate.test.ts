import { describe, expect, it } from 'vitest';
import {
  calculate,
  defaultInput,
  formatTotal,
  formulaText,
  parseCalculatorInput,
  seedExampleInput,
  seedExampleQueries,
  toMb,
  type CalculatorInput,
  type MeshEstimate,
} from '../../src/lib/calculator';
import { fixtureFigures } from './calculator-fixture';

const figures = fixtureFigures();
const line = (estimate: MeshEstimate, id: string) => {
  const found = estimate.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
};

describe("the seeds' example", () => {
  it('100 pods at a custom 50 MB per Envoy sidecar is 5,000 MB (~5 GB) of Istio sidecars', () => {
    const result = calculate(seedExampleInput(10), figures);
    const sidecars = line(result.istio, 'istio-sidecar');
    expect(sidecars.count).toBe(100);
    expect(sidecars.mbEach).toBe(50);
    expect(sidecars.subtotal).toBe(5000);
    expect(sidecars.figure.origin).toBe('custom');
    expect(formatTotal(sidecars.subtotal)).toBe('5,000 MB (≈ 5 GB)');
  });

  it('Linkerd at 10–30 MB per proxy gives 1,000–3,000 MB (1–3 GB)', () => {
    const low = line(calculate(seedExampleInput(10), figures).linkerd, 'linkerd-sidecar');
    const high = line(calculate(seedExampleInput(30), figures).linkerd, 'linkerd-sidecar');
    expect([low.subtotal, high.subtotal]).toEqual([1000, 3000]);
    expect([formatTotal(low.subtotal), formatTotal(high.subtotal)]).toEqual(['1,000 MB (≈ 1 GB)', '3,000 MB (≈ 3 GB)']);
  });

  it('the example links carry exactly those inputs', () => {
    const queries = seedExampleQueries();
    expect(queries.map((q) => q.query)).toEqual([
      '?gateways=0&istio-sidecar-mb=50&linkerd-sidecar-mb=10',
      '?gateways=0&istio-sidecar-mb=50&linkerd-sidecar-mb=30',
    ]);
    const parsed = parseCalculatorInput(new URLSearchParams(queries[1]!.query));
    expect(parsed.ok).toEqual(seedExampleInput(30));
  });
});

describe('calculate', () => {
  it('sidecar mode: sidecars per pod, gateway replicas and istiod replicas; Linkerd: proxies, ingress proxies and control plane', () => {
    const input: CalculatorInput = { ...defaultInput, pods: 200, proxiesPerPod: 2, gateways: 3, controlPlaneReplicas: 3, preset: 'low' };
    const result = calculate(input, figures);
    expect(result.istio.lines.map((l) => [l.id, l.count, l.mbEach])).toEqual([
      ['istio-sidecar', 400, 40],
      ['istio-gateway', 3, 60],
      ['istio-control-plane', 3, toMb({ mb: 33, unit: 'MiB' })],
    ]);
    expect(result.linkerd.lines.map((l) => [l.id, l.count, l.mbEach])).toEqual([
      ['linkerd-sidecar', 400, 5.7],
      ['linkerd-ingress', 3, 5.7],
      ['linkerd-control-plane', 3, toMb({ mb: 79, unit: 'MiB' })],
    ]);
    expect(line(result.istio, 'istio-sidecar').countText).toBe('200 pods × 2 proxies');
    expect(result.istio.total).toBeCloseTo(400 * 40 + 3 * 60 + 3 * 33 * 1.048576, 9);
  });

  it('ambient mode replaces the sidecars with ztunnel per node and waypoint replicas', () => {
    const sidecar = calculate({ ...defaultInput, preset: 'low' }, figures);
    const ambient = calculate({ ...defaultInput, preset: 'low', mode: 'ambient', nodes: 8, waypoints: 2 }, figures);
    expect(sidecar.istio.lines.map((l) => l.id)).toEqual(['istio-sidecar', 'istio-gateway', 'istio-control-plane']);
    expect(ambient.istio.lines.map((l) => [l.id, l.count, l.mbEach, l.subtotal])).toEqual([
      ['istio-ztunnel', 8, 12, 96],
      ['istio-waypoint', 2, 60, 120],
      ['istio-gateway', 1, 60, 60],
      ['istio-control-plane', 1, toMb({ mb: 33, unit: 'MiB' }), toMb({ mb: 33, unit: 'MiB' })],
    ]);
    expect(ambient.linkerd).toEqual(sidecar.linkerd); // Linkerd does not depend on the Istio mode
  });

  it('converts MiB figures to MB and keeps the reported figure', () => {
    const sidecar = line(calculate(defaultInput, figures).istio, 'istio-sidecar');
    expect(sidecar.mbEach).toBeCloseTo(50.64 * 1.048576, 10);
    expect(sidecar.figure).toEqual({ origin: 'typical', reported: 50.64, unit: 'MiB', kind: 'measured' });
  });

  it('carries the kind of a preset so requests and limits are not shown as usage', () => {
    const gateway = {
      ...figures['istio-gateway'],
      presets: { ...figures['istio-gateway'].presets, high: { mb: 128, unit: 'MiB' as const, kind: 'request' as const } },
    };
    const result = calculate({ ...defaultInput, preset: 'high' }, { ...figures, 'istio-gateway': gateway });
    expect(line(result.istio, 'istio-gateway').figure).toEqual({ origin: 'high', reported: 128, unit: 'MiB', kind: 'request' });
  });

  it('gives the low–high range of the presets, keeping custom figures fixed', () => {
    const input: CalculatorInput = { ...defaultInput, pods: 10, gateways: 0, custom: { 'istio-control-plane': 100 } };
    const { istio } = calculate(input, figures);
    expect(istio.range.low).toBeCloseTo(10 * 40 + 100, 9);
    expect(istio.range.high).toBeCloseTo(10 * 60 + 100, 9);
    expect(istio.range.low).toBeLessThanOrEqual(istio.total);
    expect(istio.total).toBeLessThanOrEqual(istio.range.high);
  });

  it('writes the formula out with the actual numbers', () => {
    const result = calculate(seedExampleInput(10), figures);
    expect(formulaText(result.linkerd)).toBe('100 pods × 10 MB + 0 ingress pods × 10 MB + 1 replica set × 82.8 MB = 1,083 MB');
  });

  it('keeps the memory requests apart: reserved by the scheduler, never added to the usage total', () => {
    const { istio } = calculate({ ...defaultInput, pods: 100, gateways: 1 }, figures);
    const mib = (value: number) => toMb({ mb: value, unit: 'MiB' });
    expect(istio.reserved.lines.map((l) => [l.id, l.count, l.mbEach])).toEqual([
      ['istio-sidecar', 100, mib(128)],
      ['istio-gateway', 1, mib(128)],
      ['istio-control-plane', 1, mib(2048)],
    ]);
    expect(istio.reserved.total).toBeCloseTo(101 * mib(128) + mib(2048), 9);
    expect(istio.reserved.unset).toEqual([]);
    expect(istio.total).toBeCloseTo(100 * 50.64 * 1.048576 + 65.3 * 1.048576 + 42 * 1.048576, 9);
    // Custom usage figures leave the reservation as it is.
    const custom = calculate({ ...defaultInput, custom: { 'istio-sidecar': 10 } }, figures);
    expect(custom.istio.reserved.total).toBe(calculate(defaultInput, figures).istio.reserved.total);
  });

  it('reserves per node for ztunnel in ambient mode', () => {
    const { istio } = calculate({ ...defaultInput, mode: 'ambient', nodes: 10, waypoints: 2, gateways: 0 }, figures);
    expect(istio.reserved.lines.map((l) => [l.id, l.countText, l.request.mb])).toEqual([
      ['istio-ztunnel', '10 nodes', 512],
      ['istio-waypoint', '2 waypoint replicas', 128],
      ['istio-gateway', '0 gateway replicas', 128],
      ['istio-control-plane', '1 istiod replica', 2048],
    ]);
  });

  it("counts Linkerd's requests only with the high-availability profile (3 replicas); the default install sets none", () => {
    const single = calculate({ ...defaultInput, pods: 100, gateways: 0 }, figures).linkerd.reserved;
    expect(single).toEqual({ lines: [], total: 0, unset: ['linkerd-sidecar', 'linkerd-ingress', 'linkerd-control-plane'] });
    const ha = calculate({ ...defaultInput, pods: 100, gateways: 0, controlPlaneReplicas: 3 }, figures).linkerd.reserved;
    expect(ha.lines.map((l) => [l.id, l.count, l.request.mb])).toEqual([
      ['linkerd-sidecar', 100, 20],
      ['linkerd-ingress', 0, 20],
      ['linkerd-control-plane', 3, 220],
    ]);
    expect(ha.total).toBeCloseTo((100 * 20 + 3 * 220) * 1.048576, 9);
  });

  it('reports a component without a request as unset, and reads the request from compacted figures too', () => {
    const noRequest = { ...figures['istio-gateway'], measurements: [] };
    const { istio } = calculate(defaultInput, { ...figures, 'istio-gateway': noRequest });
    expect(istio.reserved.unset).toEqual(['istio-gateway']);
    const compacted = {
      ...figures['istio-gateway'],
      measurements: undefined,
      request: { mb: 100, unit: 'MB' as const, kind: 'request' as const },
    };
    expect(line(calculate(defaultInput, { ...figures, 'istio-gateway': compacted }).istio, 'istio-gateway').subtotal).toBeGreaterThan(0);
    expect(
      calculate(defaultInput, { ...figures, 'istio-gateway': compacted }).istio.reserved.lines.find((l) => l.id === 'istio-gateway')
        ?.mbEach,
    ).toBe(100);
  });

  it('returns a null ratio instead of dividing by zero', () => {
    expect(calculate({ ...defaultInput, pods: 0, gateways: 0 }, figures).ratio).toBeGreaterThan(0);
    const noLinkerd = calculate(
      { ...defaultInput, pods: 0, gateways: 0 },
      {
        ...figures,
        'linkerd-control-plane': {
          ...figures['linkerd-control-plane'],
          presets: { low: { mb: 0, unit: 'MB' }, typical: { mb: 0, unit: 'MB' }, high: { mb: 0, unit: 'MB' } },
        },
      },
    );
    expect(noLinkerd.linkerd.total).toBe(0);
    expect(noLinkerd.ratio).toBeNull();
  });
});
