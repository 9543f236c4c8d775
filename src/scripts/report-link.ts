// "Open report" links (a[data-report-link="matrix" | "calculator"]): before a link is followed, copied or opened in a
// new tab, its href takes the current URL's requirements (need, cols, v.*) or the calculator's inputs, so the report
// matches what the page shows. Without JavaScript the link opens the default report.
import { reportLinkQuery } from '../lib/report-links';

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
