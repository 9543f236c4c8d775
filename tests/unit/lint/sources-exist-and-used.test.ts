import { describe, expect, it } from 'vitest';
import { sourcesExistAndUsed } from '../../../src/lib/lint/rules/sources-exist-and-used';
import { fixtureDataset, fixtureRelease, fixtureSource } from '../../fixtures/content';
import { datasetWith, lintLines } from './helpers';

describe('sources-exist-and-used', () => {
  it('passes when every id exists and every non-seed source is cited', () => {
    expect(lintLines(sourcesExistAndUsed)).toEqual([]);
  });

  it('reports unknown ids in releases, changes, figures and articles, and unused sources as warnings', () => {
    const dataset = datasetWith((d) => {
      d.releases.push(fixtureRelease('istio', '1.29', { sources: ['nope-release'] }));
      d.changes.push({ date: '2026-11-01', title: 'T', summary: 'S', features: [], sources: ['doc-a', 'nope-change'] });
      d.overhead[0]!.measurements[3]!.sources = ['nope-figure'];
      d.sources.push(fixtureSource('orphan'));
    });
    const articles = [{ file: 'content/articles/a.mdx', body: "Text <Cite ids={['doc-a', 'nope-article']} />." }];
    expect(lintLines(sourcesExistAndUsed, dataset, { articles })).toEqual([
      'error content/overhead.yaml: [0].measurements[3].sources[0]: unknown source id "nope-figure": add it to content/sources.yaml or content/sources/*.yaml',
      'error content/releases.yaml: [4].sources[0]: unknown source id "nope-release": add it to content/sources.yaml or content/sources/*.yaml',
      'error content/changes.yaml: [0].sources[1]: unknown source id "nope-change": add it to content/sources.yaml or content/sources/*.yaml',
      'error content/articles/a.mdx: <Cite ids>: unknown source id "nope-article": add it to content/sources.yaml or content/sources/*.yaml',
      'warning content/sources.yaml: [5].id: source "orphan" is not cited by any cell, history entry, figure, mesh, release, change or article',
    ]);
  });

  it('counts a citation in an MDX article as use', () => {
    const dataset = fixtureDataset({ sources: [...fixtureDataset().sources, fixtureSource('only-in-article')] });
    const articles = [{ file: 'content/articles/a.mdx', body: '<Cite ids={["only-in-article"]} />' }];
    expect(lintLines(sourcesExistAndUsed, dataset, { articles })).toEqual([]);
  });
});
