// Short, readable names for inline citations ("[Istio sidecar injection]" rather than "[istio-sidecar-injection]").
import type { Source } from './content/schemas';

const maxLength = 48;

/** A source's title without a trailing "(…)" note, cut at a word boundary to about 48 characters. */
function shorten(title: string): string {
  const bare =
    title
      .replace(/\s*\([^()]*\)\s*$/, '')
      .replace(/^"(.*)"$/, '$1')
      .trim() || title;
  if (bare.length <= maxLength) return bare;
  const cut = bare.slice(0, maxLength - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2)).replace(/[\s,:;–—-]+$/, '')}…`;
}

const cache = new WeakMap<readonly Source[], Map<string, string>>();

/**
 * Short titles for every source, by id. Where two sources would get the same short title (several versions of one
 * page), each keeps its full title, so a short title always names one source.
 */
export function shortTitles(sources: readonly Source[]): Map<string, string> {
  const cached = cache.get(sources);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const source of sources) counts.set(shorten(source.title), (counts.get(shorten(source.title)) ?? 0) + 1);
  const titles = new Map(
    sources.map((source) => {
      const short = shorten(source.title);
      return [source.id, counts.get(short) === 1 ? short : source.title];
    }),
  );
  cache.set(sources, titles);
  return titles;
}

/** The tooltip of an inline citation: full title, publisher and the date the source was read (kept short: the matrix cites hundreds). */
export function citationTooltip(source: Pick<Source, 'title' | 'publisher' | 'accessed'>): string {
  return `${source.title}. ${source.publisher}, ${source.accessed}`;
}
