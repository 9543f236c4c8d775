import { describe, expect, it } from 'vitest';
import { featureDescriptionSentence } from '../../../src/lib/lint/rules/feature-description-sentence';
import { datasetWith, lintLines } from './helpers';

describe('feature-description-sentence', () => {
  it('passes one capitalised sentence ending in a full stop', () => {
    const dataset = datasetWith((d) => (d.features[0]!.description = 'Splitting traffic by weight, e.g. 90/10.'));
    expect(lintLines(featureDescriptionSentence, dataset)).toEqual([]);
  });

  it('flags lowercase starts, missing full stops and second sentences', () => {
    const dataset = datasetWith((d) => {
      d.features[0]!.description = 'splitting traffic.';
      d.features[1]!.description = 'Routing by header';
      d.features[2]!.description = 'Retrying requests. Also timeouts.';
    });
    expect(lintLines(featureDescriptionSentence, dataset)).toEqual([
      'error content/features/traffic.yaml: features[0].description: must start with a capital letter',
      'error content/features/traffic.yaml: features[1].description: must end with a full stop',
      'error content/features/traffic.yaml: features[2].description: must be one sentence; move detail into cell notes or an article',
    ]);
  });
});
