// The <iframe> snippet "Embed" buttons copy (src/scripts/embed-button.ts).

/** The <iframe> markup an "Embed" button copies (as text): the URL and title are escaped for an attribute. */
export function embedSnippet(url: string, title: string, height = 420): string {
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
