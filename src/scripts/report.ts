// Decision report (/report/) and the calculator embed: re-render the server-rendered default from the URL.
// Rows for every feature are already in the page (hidden); this shows the needed ones, picks each cell's state for the
// chosen release, recounts, and recomputes the memory with the calculator's pure functions. Text only goes in through
// textContent (Trusted Types are enforced); values from the URL are never parsed as markup.
import { formatRange, formatTotal, formulaText, serializeCalculatorInput } from '../lib/calculator';
import {
  columnEstimate,
  columnVerdicts,
  inputSummary,
  parseReportQuery,
  releaseFor,
  releaseLine,
  reportNotice,
  stateIndexAt,
  verdictSentence,
  type ReportClientData,
  type ReportQuery,
} from '../lib/report';
import type { SupportLevel } from '../lib/support';

function setText(element: Element | null | undefined, text: string) {
  if (element && element.textContent !== text) element.textContent = text;
}

function readData(): ReportClientData | undefined {
  try {
    const data = JSON.parse(document.getElementById('report-data')?.textContent ?? '') as ReportClientData;
    return data.known && data.figures ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Shows the state of one cell for `version`; returns its support and sources (undefined: no cell). */
function showCell(row: HTMLElement, version: string | undefined): { support: SupportLevel | undefined; sources: string[] } {
  const states = [...row.querySelectorAll<HTMLElement>('[data-state]')];
  const before = row.querySelector<HTMLElement>('[data-before]');
  if (states.length === 0) return { support: undefined, sources: [] };
  const index = stateIndexAt(
    states.map((state) => ({ from: state.dataset.from ?? '', support: (state.dataset.support ?? 'unknown') as SupportLevel })),
    version,
  );
  states.forEach((state, i) => (state.hidden = i !== index));
  if (before) before.hidden = index >= 0;
  const chosen = states[index];
  return chosen
    ? { support: chosen.dataset.support as SupportLevel, sources: (chosen.dataset.sources ?? '').split(' ').filter(Boolean) }
    : { support: 'no', sources: [] };
}

function renderMemory(root: ParentNode, data: ReportClientData, query: ReportQuery, cited: Set<string>) {
  setText(root.querySelector('[data-memory-inputs]'), inputSummary(query.input));
  for (const item of root.querySelectorAll<HTMLElement>('[data-memory-col]')) {
    const id = item.dataset.memoryCol ?? '';
    item.hidden = !query.cols.includes(id);
    const mode = item.dataset.mode === 'ambient' || item.dataset.mode === 'sidecar' ? item.dataset.mode : undefined;
    const estimate = columnEstimate({ product: item.dataset.product ?? '', mode }, query.input, data.figures);
    if (!estimate) continue;
    setText(item.querySelector('[data-memory-total]'), formatTotal(estimate.total));
    setText(item.querySelector('[data-memory-range]'), formatRange(estimate.range));
    setText(item.querySelector('[data-memory-formula]'), formulaText(estimate));
    if (!item.hidden) for (const source of (item.dataset.sources ?? '').split(' ').filter(Boolean)) cited.add(source);
  }
}

function renderReport(root: HTMLElement, data: ReportClientData, query: ReportQuery, cited: Set<string>) {
  const needed = new Set(query.need);
  const names = new Map<string, string>();
  for (const column of root.querySelectorAll<HTMLElement>('[data-col]')) {
    const id = column.dataset.col ?? '';
    const product = column.dataset.product ?? id;
    const version = query.versions[product];
    column.hidden = !query.cols.includes(id);
    const support = new Map<string, SupportLevel | undefined>();
    for (const row of column.querySelectorAll<HTMLElement>('[data-need]')) {
      const feature = row.dataset.need ?? '';
      names.set(feature, row.dataset.name ?? feature);
      row.hidden = !needed.has(feature);
      const shown = showCell(row, version);
      support.set(feature, shown.support);
      if (!row.hidden && !column.hidden) for (const source of shown.sources) cited.add(source);
    }
    const heading = column.querySelector('h3')?.textContent?.trim() ?? id;
    setText(column.querySelector('[data-col-release]'), releaseLine(heading, releaseFor(data.releases[product] ?? [], version), version));
    setText(
      column.querySelector('[data-col-verdict]'),
      verdictSentence(
        columnVerdicts(query.need, (feature) => support.get(feature)),
        (feature) => names.get(feature) ?? feature,
      ),
    );
  }
  for (const item of root.querySelectorAll<HTMLElement>('[data-release-product]')) {
    const product = item.dataset.releaseProduct ?? '';
    setText(
      item,
      releaseLine(
        data.productNames[product] ?? product,
        releaseFor(data.releases[product] ?? [], query.versions[product]),
        query.versions[product],
      ),
    );
  }
  setText(document.getElementById('report-needs'), query.need.map((id) => names.get(id) ?? id).join(', '));
  const defaultNote = document.getElementById('report-default-note');
  if (defaultNote) defaultNote.hidden = !query.defaultNeed;

  const today = new Date().toISOString().slice(0, 10);
  const date = document.getElementById('report-date');
  if (date) {
    date.setAttribute('datetime', today);
    setText(date, today);
  }
  setText(document.getElementById('report-date-label'), 'Report created on');

  // Links back to the tools, carrying this report's state.
  const base = root.dataset.base ?? '/';
  const matrix = new URLSearchParams({ req: '1', need: query.need.join(',') });
  if (query.cols.length < data.known.meshes.length) matrix.set('cols', query.cols.join(','));
  for (const [product, version] of Object.entries(query.versions)) matrix.set(`v.${product}`, version);
  document.getElementById('report-edit-needs')?.setAttribute('href', `${base}matrix/?${matrix.toString().replace(/%2C/gi, ',')}`);
  const calculator = serializeCalculatorInput(query.input);
  document.getElementById('report-edit-inputs')?.setAttribute('href', `${base}calculator/${calculator ? `?${calculator}` : ''}`);
}

function wireCopy() {
  const button = document.getElementById('report-copy');
  const status = document.getElementById('report-copy-status');
  if (!button || typeof navigator.clipboard?.writeText !== 'function') {
    button?.remove();
    return;
  }
  let timer: number | undefined;
  button.addEventListener('click', async () => {
    let copied = true;
    try {
      await navigator.clipboard.writeText(window.location.href);
    } catch {
      copied = false;
    }
    setText(status, '');
    window.clearTimeout(timer);
    timer = window.setTimeout(
      () => setText(status, copied ? 'Link to this report copied.' : 'Could not copy: copy the address from the address bar instead.'),
      50,
    );
  });
}

function run() {
  const data = readData();
  if (!data) return;
  const query = parseReportQuery(window.location.search, data.known);
  const notice = document.getElementById('report-notice');
  if (notice) {
    const text = reportNotice(query.ignored);
    setText(notice, text);
    notice.hidden = text === '';
  }
  const cited = new Set<string>();
  const report = document.querySelector<HTMLElement>('[data-report]');
  if (report) renderReport(report, data, query, cited);
  for (const memory of document.querySelectorAll('[data-report-memory]')) renderMemory(memory, data, query, cited);
  for (const note of document.querySelectorAll<HTMLElement>('.report-sources [data-source]'))
    note.hidden = !cited.has(note.dataset.source ?? '');
  wireCopy();
}

run();
