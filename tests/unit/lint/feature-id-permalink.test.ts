import { describe, expect, it } from 'vitest';
import { featureIdPermalink } from '../../../src/lib/lint/rules/feature-id-permalink';
import { fixtureFeature } from '../../fixtures/content';
import { datasetWith, lintLines } from './helpers';

describe('feature-id-permalink', () => {
  it('passes short, mesh- and version-free ids (a word merely containing a mesh name is fine)', () => {
    const dataset = datasetWith((d) => d.features.push(fixtureFeature('linkerdless-routing')));
    expect(lintLines(featureIdPermalink, dataset)).toEqual([]);
  });

  it('flags mesh names, numbers, work-in-progress words and long ids', () => {
    const dataset = datasetWith((d) => {
      d.features = [
        fixtureFeature('istio-ambient-routing'),
        fixtureFeature('gateway-api-1'),
        fixtureFeature('retries-wip'),
        fixtureFeature('a-very-long-feature-id-that-nobody-can-remember'),
      ];
    });
    expect(lintLines(featureIdPermalink, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].id: "istio-ambient-routing" names a mesh (istio, istio-ambient); a feature id is shared by every column',
      'error content/features/traffic.yaml: features[1].id: "gateway-api-1" contains a version-like number (1); permalinks must outlive releases',
      'error content/features/traffic.yaml: features[2].id: "retries-wip" contains a work-in-progress word (wip)',
      'error content/features/traffic.yaml: features[3].id: "a-very-long-feature-id-that-nobody-can-remember" is 47 characters long (at most 40)',
    ]);
  });
});
