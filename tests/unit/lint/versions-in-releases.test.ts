import { describe, expect, it } from 'vitest';
import { versionsInReleases } from '../../../src/lib/lint/rules/versions-in-releases';
import { datasetWith, lintLines } from './helpers';

describe('versions-in-releases', () => {
  it('passes for releases of the column product and "earlier"', () => {
    const dataset = datasetWith((d) => {
      const cell = d.features[0]!.cells['istio-ambient']!;
      cell.since = '1.31';
      cell.history = [{ from: '1.30', support: 'partial', summary: 'Beta in 1.30.', sources: ['doc-a'] }];
      cell.verifiedRelease = '1.31.2';
    });
    expect(lintLines(versionsInReleases, dataset)).toEqual([]);
  });

  it('names unknown, newer-than-newest and other-product versions clearly', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.cells.istio!.since = '1.32';
      d.features[0]!.cells.linkerd!.since = '1.31';
      d.features[1]!.cells['istio-ambient']!.history = [{ from: '1.25', support: 'no', summary: 'Not yet.', sources: ['doc-a'] }];
      d.features[2]!.cells.linkerd!.verifiedRelease = '2.18.1';
    });
    expect(lintLines(versionsInReleases, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].cells.istio.since: since "1.32" is newer than the newest istio release in content/releases.yaml (1.31); add the release first',
      'error content/features/traffic.yaml: features[0].cells.linkerd.since: since "1.31" is not a linkerd release in content/releases.yaml (known: linkerd 2.19–2.20); use one of them or "earlier"',
      'error content/features/traffic.yaml: features[1].cells.istio-ambient.history[0].from: history from "1.25" is not a istio release in content/releases.yaml (known: istio 1.30–1.31); use one of them or "earlier"',
      'error content/features/traffic.yaml: features[2].cells.linkerd.verifiedRelease: verifiedRelease "2.18.1" is not a linkerd release in content/releases.yaml (known: linkerd 2.19–2.20); use one of them or "earlier"',
    ]);
  });

  it('reports a column whose product has no releases', () => {
    const dataset = datasetWith((d) => (d.releases = d.releases.filter((r) => r.product !== 'linkerd')));
    expect(lintLines(versionsInReleases, dataset)).toEqual([
      'error content/meshes.yaml: [2].product: no releases of product "linkerd" in content/releases.yaml',
    ]);
  });
});
