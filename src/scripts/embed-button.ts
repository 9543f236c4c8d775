// "Embed" buttons (button[data-embed-url]): copy an <iframe> snippet as text (clipboard API) and announce the result
// in the button's live region (data-embed-status). No markup is ever parsed: Trusted Types are enforced.
// data-embed-query="calculator" makes the embed take the page's current query (the calculator's inputs).
import { embedSnippet } from '../lib/embed-snippet';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-embed-url]')) {
  const status = button.dataset.embedStatus ? document.getElementById(button.dataset.embedStatus) : null;
  if (typeof navigator.clipboard?.writeText !== 'function') {
    button.hidden = true;
    continue;
  }
  let timer: number | undefined;
  button.addEventListener('click', async () => {
    const target = new URL(button.dataset.embedUrl ?? '', window.location.href);
    if (button.dataset.embedQuery === 'calculator') target.search = window.location.search;
    const snippet = embedSnippet(target.href, button.dataset.embedTitle ?? document.title, Number(button.dataset.embedHeight) || 420);
    let copied = true;
    try {
      await navigator.clipboard.writeText(snippet);
    } catch {
      copied = false;
    }
    if (!status) return;
    status.textContent = '';
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      status.textContent = copied ? 'Embed code copied: paste the <iframe> into your page.' : 'Could not copy the embed code.';
    }, 50);
  });
}
