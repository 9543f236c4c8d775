// The data changes feed: entry anchors, order, and the Atom 1.0 document for /changes.xml. Pure.
import type { Change } from './content/schemas';

export const feedTitle = 'Mesh Compare data changes';
export const feedPath = 'changes.xml';
export const changesPagePath = 'changes/';

/** A kebab-case slug of a title, at most 60 characters, cut at a word boundary. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

export interface ChangeEntry extends Change {
  /** Fragment id on /changes/, unique: the date and a slug of the title (with -2, -3 … on a clash). */
  anchor: string;
}

/** Entries newest first (entries of one day keep their order in the file), each with a unique anchor. */
export function changeEntries(changes: readonly Change[]): ChangeEntry[] {
  const used = new Set<string>();
  const withAnchors = changes.map((change) => {
    const base = `${change.date}-${slugify(change.title)}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n += 1) anchor = `${base}-${n}`;
    used.add(anchor);
    return { ...change, anchor };
  });
  return withAnchors
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date === b.entry.date ? a.index - b.index : a.entry.date < b.entry.date ? 1 : -1))
    .map(({ entry }) => entry);
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

export interface AtomOptions {
  /** Absolute URL of the site root, ending in "/" (site + base). */
  siteUrl: string;
  /** Names for feature ids, used in each entry's content. */
  featureNames?: ReadonlyMap<string, string>;
  /** Used when there are no entries. */
  fallbackUpdated?: string;
}

const timestamp = (date: string) => `${date}T00:00:00Z`;

/** The Atom 1.0 document: one entry per change, text content only (escaped, never HTML). */
export function atomFeed(changes: readonly Change[], options: AtomOptions): string {
  const root = options.siteUrl.endsWith('/') ? options.siteUrl : `${options.siteUrl}/`;
  const pageUrl = `${root}${changesPagePath}`;
  const entries = changeEntries(changes);
  const updated = entries.reduce(
    (latest, entry) => (entry.date > latest ? entry.date : latest),
    entries[0]?.date ?? options.fallbackUpdated ?? '1970-01-01',
  );
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(pageUrl)}</id>`,
    `  <title>${escapeXml(feedTitle)}</title>`,
    '  <subtitle>Corrections and additions to the Istio and Linkerd comparison data, with the features and sources they affect.</subtitle>',
    `  <updated>${timestamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${root}${feedPath}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
    '  <author><name>Mesh Compare</name></author>',
  ];
  for (const entry of entries) {
    const link = `${pageUrl}#${entry.anchor}`;
    const features = entry.features.map((id) => options.featureNames?.get(id) ?? id);
    const content = [
      entry.summary,
      features.length > 0 ? `Features: ${features.join(', ')}.` : '',
      entry.sources.length > 0 ? `Sources: ${entry.sources.join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(link)}</id>`,
      `    <title type="text">${escapeXml(entry.title)}</title>`,
      `    <updated>${timestamp(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      ...entry.features.map((id) => `    <link rel="related" type="text/html" href="${escapeXml(`${root}features/${id}/`)}"/>`),
      `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
      `    <content type="text">${escapeXml(content)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
