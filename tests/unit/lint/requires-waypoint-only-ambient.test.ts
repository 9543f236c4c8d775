import { describe, expect, it } from 'vitest';
import { requiresWaypointOnlyAmbient } from '../../../src/lib/lint/rules/requires-waypoint-only-ambient';
import { datasetWith, lintLines } from './helpers';

describe('requires-waypoint-only-ambient', () => {
  it('passes requires on the ambient column', () => {
    const dataset = datasetWith((d) => (d.features[0]!.cells['istio-ambient']!.requires = ['waypoint']));
    expect(lintLines(requiresWaypointOnlyAmbient, dataset)).toEqual([]);
  });

  it('rejects requires on a sidecar column and on a column without a mode', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.cells.istio!.requires = ['waypoint'];
      d.features[1]!.cells.linkerd!.requires = ['waypoint'];
    });
    expect(lintLines(requiresWaypointOnlyAmbient, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].cells.istio.requires: requires [waypoint] on column "istio", whose mode is sidecar; only ambient columns can require a waypoint',
      'error content/features/traffic.yaml: features[1].cells.linkerd.requires: requires [waypoint] on column "linkerd", whose mode is not set; only ambient columns can require a waypoint',
    ]);
  });
});
