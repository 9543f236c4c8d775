// /changes.xml: the data changes feed (Atom 1.0), from content/changes.yaml.
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/changes';
import { getDataset } from '../lib/content/load';
import { withBase } from '../lib/site';

export const GET: APIRoute = ({ site }) => {
  const dataset = getDataset();
  const siteUrl = new URL(withBase(''), site ?? 'https://mesh-compare.example').href;
  const featureNames = new Map(dataset.features.map((feature) => [feature.id, feature.name]));
  return new Response(atomFeed(dataset.changes, { siteUrl, featureNames }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
