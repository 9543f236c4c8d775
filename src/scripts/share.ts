// "Open report" links and "Embed" buttons (progressive enhancement; the links work without it, with the default report).
// - a[data-report-link="matrix" | "calculator"]: before it is followed, copied or opened in a new tab, its href takes
//   the current URL's requirements (need, cols, v.*) or calculator inputs, so it always matches what the page shows;
// - button[data-embed-url]: copies an <iframe> snippet (text, via the clipboard API) and announces it in its live region.
// No markup is ever parsed (Trusted Types are enforced).
import { embedSnippet, reportLinkQuery } from '../lib/report-links';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-report-link]')) {
  const from = link.dataset.reportLink === 'calculator' ? 'calculator' : 'matrix';
  const base = link.getAttribute('href')?.split('?')[0] ?? '';
  const update = () => {
    const query = reportLinkQuery(window.location.search, from);
    link.setAttribute('href', query ? `${base}?${query}` : base);
  };
  for (const event of ['pointerenter', 'focus', 'pointerdown', 'click', 'contextmenu']) link.addEventListener(event, update);
  update();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-embed-url]')) {
  const status = button.dataset.embedStatus ? document.getElementById(button.dataset.embedStatus) : null;
  if (typeof navigator.clipboard?.writeText !== 'function') {
    button.hidden = true;
    continue;
  }
  let timer: number | undefined;
  button.addEventListener('click', async () => {
    const target = new URL(button.dataset.embedUrl ?? '', window.location.href);
    // The calculator's embed takes the inputs shown on the page.
    if (button.dataset.embedQuery === 'calculator') target.search = window.location.search;
    const snippet = embedSnippet(target.href, button.dataset.embedTitle ?? document.title, Number(button.dataset.embedHeight) || 420);
    let copied = true;
    try {
      await navigator.clipboard.writeText(snippet);
    } catch {
      copied = false;
    }
    if (status) {
      status.textContent = '';
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        status.textContent = copied ? 'Embed code copied: paste the <iframe> into your page.' : 'Could not copy the embed code.';
      }, 50);
    }
  });
}
