// Pure helpers that turn Pagefind results into what the search dialog shows.

/** The part of a Pagefind result's data the dialog uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** A run of excerpt text; `marked` runs matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SearchLink {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface SearchHit extends SearchLink {
  kind: string;
  /** Sections of the page that matched, each linking to its heading (url with a #hash), best first. */
  sections: SearchLink[];
  /** 2: the page title has every query term; 1: a section heading has them; 0: only the text does. */
  tier: 0 | 1 | 2;
}

/**
 * Splits a Pagefind excerpt into plain-text runs. Pagefind wraps matches in <mark> and escapes
 * only "<" and ">" in the page text; anything else that looks like markup stays literal text.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** What kind of page a URL points to, from its path below the base. */
export function resultKind(url: string, base = '/'): string {
  const path = stripBase(pathOf(url), base);
  if (path.startsWith('articles/')) return 'Article';
  if (path.startsWith('features/')) return 'Feature';
  if (path.startsWith('sources/')) return 'Sources';
  if (path.startsWith('matrix/')) return 'Feature matrix';
  if (path.startsWith('calculator/')) return 'Calculator';
  if (path === '') return 'Home';
  return 'Page';
}

function pathOf(url: string): string {
  return url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
}

function stripBase(path: string, base: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(cleanBase) ? path.slice(cleanBase.length) : path.replace(/^\/+/, '');
}

/** Only same-site paths are followed; anything else (javascript:, other origins) is dropped. */
export function isSafeResultUrl(url: string): boolean {
  return /^\/(?!\/)/.test(url) && !/[\s<>"]/.test(url);
}

/** Lowercase words of a query or title, split at anything that is not a letter or digit. */
export function searchTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** True when every query term starts a word of the text ("limit" matches "limiting"; "limits" too). */
export function coversTerms(text: string, terms: string[]): boolean {
  if (terms.length === 0) return false;
  const words = searchTerms(text);
  return terms.every((term) => {
    const singular = term.length > 3 && term.endsWith('s') ? term.slice(0, -1) : term;
    return words.some((word) => word.startsWith(term) || word.startsWith(singular));
  });
}

function sectionScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
}

/**
 * Turns one Pagefind result into a hit. Sections are the page's matching headings (same page,
 * with a #hash): those whose heading has the query terms first, then by Pagefind's score.
 */
export function toSearchHit(
  data: PagefindResultData,
  options: { base?: string; maxSections?: number; query?: string } = {},
): SearchHit | undefined {
  if (!isSafeResultUrl(data.url)) return undefined;
  const terms = searchTerms(options.query ?? '');
  const title = (data.meta.title ?? '').trim() || data.url;
  const pageUrl = data.url.replace(/#.*$/, '');
  const candidates = (data.sub_results ?? [])
    .filter((sub) => isSafeResultUrl(sub.url) && sub.url.includes('#') && sub.url.replace(/#.*$/, '') === pageUrl)
    .map((sub) => ({ sub, titled: coversTerms(sub.title, terms), score: sectionScore(sub) }))
    .sort((a, b) => Number(b.titled) - Number(a.titled) || b.score - a.score);
  const sections = candidates
    .slice(0, options.maxSections ?? 3)
    .map(({ sub }) => ({ title: sub.title.trim() || title, url: sub.url, excerpt: parseExcerpt(sub.excerpt) }));
  const tier = coversTerms(title, terms) ? 2 : candidates.some((c) => c.titled) ? 1 : 0;
  return {
    kind: resultKind(data.url, options.base),
    title,
    url: data.url,
    excerpt: parseExcerpt(data.excerpt),
    sections,
    tier,
  };
}

const kindPriority: Record<string, number> = { Article: 2, Feature: 1 };

/**
 * Orders hits the way documentation search usually does: pages whose title has the query first,
 * then pages with a matching section heading, then the rest. Among title or heading matches,
 * articles come before feature pages, and among title matches of one kind the shorter (closer)
 * title wins; otherwise Pagefind's relevance order is kept. The home page comes last.
 */
export function rankHits(hits: SearchHit[]): SearchHit[] {
  return hits
    .map((hit, index) => ({ hit, index, titleWords: searchTerms(hit.title).length }))
    .sort((a, b) => {
      // The home page only introduces the site (its heading names both meshes): every other match comes first.
      if ((a.hit.kind === 'Home') !== (b.hit.kind === 'Home')) return a.hit.kind === 'Home' ? 1 : -1;
      if (a.hit.tier !== b.hit.tier) return b.hit.tier - a.hit.tier;
      if (a.hit.tier > 0) {
        const byKind = (kindPriority[b.hit.kind] ?? 0) - (kindPriority[a.hit.kind] ?? 0);
        if (byKind !== 0) return byKind;
      }
      if (a.hit.tier === 2 && a.titleWords !== b.titleWords) return a.titleWords - b.titleWords;
      return a.index - b.index;
    })
    .map(({ hit }) => hit);
}

/** The status line announced after each search. */
export function resultsStatus(query: string, count: number): string {
  const term = query.trim();
  if (term === '') return 'Type to search articles, features and sources.';
  if (count === 0) return `No results for “${term}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${term}”.`;
}

/** Index of the next focus target when moving with the arrow keys (-1 is the search input). */
export function nextFocusIndex(current: number, count: number, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End'): number {
  if (count === 0) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key === 'ArrowDown') return current >= count - 1 ? count - 1 : current + 1;
  return current <= 0 ? -1 : current - 1;
}
