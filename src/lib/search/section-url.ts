// Absolute URL of a section of the current page, as shared by the "copy link" buttons.

/** `pageUrl` without its query and hash, plus `#id` (percent-encoded where needed). */
export function sectionUrl(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = id;
  return url.href;
}

/** The id a same-page "#…" link points to, decoded; undefined for other links. */
export function hashTarget(href: string): string | undefined {
  if (!href.startsWith('#') || href.length < 2) return undefined;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return undefined;
  }
}
