import { describe, expect, it } from 'vitest';
import { overheadMatchesCalculator } from '../../../src/lib/lint/rules/overhead-matches-calculator';
import { fixtureOverhead } from '../../fixtures/content';
import { datasetWith, lintLines } from './helpers';

describe('overhead-matches-calculator', () => {
  it('passes one entry per calculator figure with the expected mesh, component and mode', () => {
    expect(lintLines(overheadMatchesCalculator)).toEqual([]);
  });

  it('flags wrong mesh, component and mode, unknown ids and missing entries', () => {
    const dataset = datasetWith((d) => {
      d.overhead = d.overhead.filter((entry) => entry.id !== 'linkerd-control-plane');
      Object.assign(d.overhead[0]!, { mesh: 'linkerd', mode: 'ambient' });
      d.overhead[1]!.component = 'waypoint';
      d.overhead.push({ ...fixtureOverhead('istio-gateway'), id: 'istio-egress' });
    });
    expect(lintLines(overheadMatchesCalculator, dataset)).toEqual([
      'error content/overhead.yaml: [0].mesh: "istio-sidecar" must describe mesh istio, not linkerd',
      'error content/overhead.yaml: [0].mode: component sidecar runs in mode sidecar, not ambient',
      'error content/overhead.yaml: [1].component: "istio-ztunnel" must describe component ztunnel, not waypoint',
      'error content/overhead.yaml: [6].id: "istio-egress" is not a figure the calculator reads (istio-sidecar, istio-ztunnel, istio-waypoint, istio-gateway, istio-control-plane, linkerd-sidecar, linkerd-control-plane)',
      'error content/overhead.yaml: (root): missing entry "linkerd-control-plane", which the calculator reads',
    ]);
  });
});
