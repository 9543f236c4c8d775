// /releases/: the Kubernetes compatibility picker. Marks each release row as supporting the chosen minor
// or not, and keeps the choice in the URL (?k8s=1.33) so a link restores it; Back and Forward replay it.
// Without JavaScript the picker stays hidden and the table shows every range.
import { describeIgnoredK8s, matchK8sRange, parseK8sParam, serializeK8sParam, type K8sMatch } from '../lib/k8s-picker';

const select = document.getElementById('k8s-select');
const table = document.querySelector('[data-k8s-table]');
const status = document.getElementById('k8s-status');
const notice = document.getElementById('k8s-notice');

if (select instanceof HTMLSelectElement && table && status && notice) {
  const known = [...select.options].map((option) => option.value).filter(Boolean);
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const selected = table.querySelector('[data-k8s-selected]');
  const words: Record<K8sMatch, string> = { yes: 'Yes', no: 'No', unknown: 'Range not published' };

  const render = (value: string) => {
    const matching: string[] = [];
    for (const row of rows) {
      const match = value ? matchK8sRange(row.dataset.k8sMin, row.dataset.k8sMax, value) : undefined;
      if (match) row.dataset.k8sMatch = match;
      else delete row.dataset.k8sMatch;
      const cell = row.querySelector('[data-k8s-result]');
      if (cell) cell.textContent = match ? words[match] : '–';
      if (match === 'yes') matching.push(row.dataset.release ?? '');
    }
    if (selected) selected.textContent = value ? `Kubernetes ${value}` : 'the chosen version';
    status.textContent = value
      ? `${matching.length} of ${rows.length} releases support Kubernetes ${value}${matching.length > 0 ? `: ${matching.join(', ')}` : ''}.`
      : `Showing all ${rows.length} releases with their supported ranges.`;
  };

  const showNotice = (ignored: string | undefined) => {
    if (ignored === undefined) {
      notice.replaceChildren();
      return;
    }
    const box = document.createElement('p');
    box.className = 'rounded-md border border-line bg-bg-soft px-3 py-2 text-sm';
    box.setAttribute('data-k8s-ignored', '');
    box.textContent = describeIgnoredK8s(ignored); // text, never HTML: the value comes from the link
    notice.replaceChildren(box);
  };

  const applyUrl = () => {
    const parsed = parseK8sParam(location.search, known);
    select.value = parsed.value;
    render(parsed.value);
    showNotice(parsed.ignored);
  };

  select.addEventListener('change', () => {
    showNotice(undefined); // the notice was about the link; the reader has moved on
    render(select.value);
    const url = `${location.pathname}${serializeK8sParam(location.search, select.value)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
  });
  window.addEventListener('popstate', applyUrl);
  applyUrl();
}
