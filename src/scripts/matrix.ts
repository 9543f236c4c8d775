// Feature matrix filters (progressive enhancement). State lives in the URL query:
// typing in the search box replaces the current history entry, every other change pushes a new one,
// so Back undoes the last discrete change. Requirements ticks survive "Reset filters".
import { readClientData, withPageText, type MatrixClientData } from '../lib/matrix/client-data';
import {
  cellAt,
  columnVersions,
  filterFeatures,
  formatRequirementsSummary,
  requirementsSummary,
  type ColumnVersions,
} from '../lib/matrix/filter';
import {
  describeIgnored,
  isUnfiltered,
  normalizeQuery,
  parseFilterState,
  serializeFilterState,
  type FilterState,
  type IgnoredParam,
} from '../lib/matrix/filter-state';
import { supportLabels, supportSymbols, type SupportLevel } from '../lib/support';

const root = document.getElementById('matrix');
const data = readClientData(document.getElementById('matrix-data')?.textContent);
// Without data or markup to drive, hide the form rather than leave it inert.
if (!root || !data || !start(root, data)) document.getElementById('matrix-filters')?.setAttribute('hidden', '');

/** Wires the filters; false when the page lacks a control they need. */
function start(root: HTMLElement, data: MatrixClientData): boolean {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
  const form = $<HTMLFormElement>('matrix-filters');
  const query = $<HTMLInputElement>('mf-q');
  const category = $<HTMLSelectElement>('mf-category');
  const diff = $<HTMLInputElement>('mf-diff');
  const req = $<HTMLInputElement>('mf-req');
  const status = $('matrix-status');
  const notice = $('matrix-notice');
  const empty = $('matrix-empty');
  const panel = $('matrix-requirements');
  const reqSummary = $('req-summary');
  const reqTable = $('req-table');
  const reqRows = $('req-rows');
  if (!form || !query || !category || !diff || !req || !status || !notice || !empty || !panel || !reqSummary || !reqTable || !reqRows)
    return false;

  const rows = new Map<string, HTMLElement>();
  for (const row of root.querySelectorAll<HTMLElement>('tr[data-feature]')) rows.set(row.dataset.feature ?? '', row);
  // Names, descriptions and summaries are read from the rows once, not embedded twice.
  const features = data.features.map((feature) => {
    const row = rows.get(feature.id);
    const summaries: Record<string, string> = {};
    for (const td of row?.querySelectorAll<HTMLElement>('td[data-mesh]') ?? []) {
      summaries[td.dataset.mesh ?? ''] = td.querySelector('.cell-summary')?.textContent ?? '';
    }
    return withPageText(feature, {
      name: row?.querySelector('th a')?.textContent ?? feature.id,
      description: row?.querySelector('.feature-description')?.textContent ?? '',
      categoryName: row?.closest('section')?.querySelector('h2')?.textContent?.trim(),
      summaries,
    });
  });
  const meshIds = data.meshes.map((mesh) => mesh.id);
  const meshNames = Object.fromEntries(data.meshes.map((mesh) => [mesh.id, mesh.name]));
  const meshProducts = Object.fromEntries(data.meshes.map((mesh) => [mesh.id, mesh.product]));
  const known = { categories: data.categories, meshes: meshIds, featureIds: features.map((f) => f.id), products: data.products };
  const items = new Map(features.map((item) => [item.id, item]));
  const productNames = Object.fromEntries(data.products.map((product) => [product.id, product.name]));
  const sections = [...root.querySelectorAll<HTMLElement>('section[data-category]')];
  const supportBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name^="support."]')];
  const colBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="cols"]')];
  const versionSelects = [...form.querySelectorAll<HTMLSelectElement>('select[name^="v."]')];
  /** Every element of a column (col, header, cells, its support fieldset), found once. */
  const columnParts = new Map(
    meshIds.map((id) => [id, [...document.querySelectorAll<HTMLElement>(`[data-mesh="${id}"]`)].filter((el) => !el.closest('#req-table'))]),
  );
  let shownVersions = '';
  const needBoxes = [...root.querySelectorAll<HTMLInputElement>('input.need-box')];
  const total = data.features.length;

  let state: FilterState;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let shownNeed = '';

  function readControls(): FilterState {
    const support: Record<string, SupportLevel[]> = Object.fromEntries(meshIds.map((id) => [id, []]));
    for (const box of supportBoxes) {
      if (box.checked) support[box.name.slice('support.'.length)]?.push(box.value as SupportLevel);
    }
    const ticked = new Set(needBoxes.filter((box) => box.checked).map((box) => box.value));
    const shown = new Set(colBoxes.filter((box) => box.checked).map((box) => box.value));
    const versions: Record<string, string> = {};
    for (const select of versionSelects) {
      const product = data!.products.find((p) => `v.${p.id}` === select.name);
      if (product && select.value !== product.versions.at(-1)) versions[product.id] = select.value;
    }
    return {
      q: normalizeQuery(query!.value),
      category: category!.value,
      support,
      diff: diff!.checked,
      req: req!.checked,
      need: known.featureIds.filter((id) => ticked.has(id)),
      // Unticking every column would show nothing: keep them all.
      cols: shown.size > 0 ? meshIds.filter((id) => shown.has(id)) : [...meshIds],
      versions,
    };
  }

  function writeControls(next: FilterState) {
    query!.value = next.q;
    category!.value = next.category;
    for (const box of supportBoxes) {
      box.checked = next.support[box.name.slice('support.'.length)]?.includes(box.value as SupportLevel) ?? false;
    }
    diff!.checked = next.diff;
    req!.checked = next.req;
    const need = new Set(next.need);
    for (const box of needBoxes) box.checked = need.has(box.value);
    for (const box of colBoxes) box.checked = next.cols.includes(box.value);
    for (const select of versionSelects) {
      const product = data!.products.find((p) => `v.${p.id}` === select.name);
      if (product) select.value = next.versions[product.id] ?? product.versions.at(-1) ?? '';
    }
  }

  /** Shows the chosen columns only. */
  function renderColumns() {
    for (const [id, parts] of columnParts) {
      const hide = !state.cols.includes(id);
      for (const part of parts) if (part.hidden !== hide) part.hidden = hide;
    }
  }

  /** Rewrites badges and summaries as of the chosen releases (only when the choice changed). */
  function renderVersions(versions: ColumnVersions) {
    const key = JSON.stringify(versions);
    if (key === shownVersions) return;
    shownVersions = key;
    for (const [id, row] of rows) {
      const item = items.get(id);
      if (!item) continue;
      for (const td of row.querySelectorAll<HTMLElement>('td[data-mesh]')) {
        const mesh = td.dataset.mesh ?? '';
        const cell = item.cells[mesh];
        const shown = cellAt(cell, versions[mesh]);
        const badge = td.querySelector<HTMLElement>('.support-badge');
        const summary = td.querySelector<HTMLElement>('.cell-summary');
        if (!cell || !shown || !badge || !summary) continue;
        const level: SupportLevel = shown.support;
        td.dataset.support = level;
        badge.dataset.support = level;
        badge.dataset.symbol = supportSymbols[level];
        badge.className = `support-badge support-${level}`;
        badge.textContent = supportLabels[level];
        summary.textContent = shown.summary;
        const differs = shown.support !== cell.support || shown.summary !== cell.summary;
        if (differs) summary.dataset.asof = `${productNames[meshProducts[mesh] ?? ''] ?? ''} ${versions[mesh]}`.trim();
        else delete summary.dataset.asof;
      }
    }
  }

  function statusText(shown: number): string {
    if (shown === total && isUnfiltered(state)) return `All ${total} features shown.`;
    return `${shown} of ${total} features shown.`;
  }

  function render(announceLater = false) {
    const versions = columnVersions(state, meshProducts);
    renderColumns();
    renderVersions(versions);
    const matches = new Set(filterFeatures(features, state, versions));
    for (const [id, row] of rows) row.hidden = !matches.has(id);
    for (const section of sections) {
      section.hidden = ![...section.querySelectorAll<HTMLElement>('tr[data-feature]')].some((row) => !row.hidden);
    }
    empty!.hidden = matches.size > 0;
    clearTimeout(announceTimer);
    const text = statusText(matches.size);
    if (announceLater) announceTimer = setTimeout(() => (status!.textContent = text), 500);
    else if (status!.textContent !== text) status!.textContent = text;
    renderRequirements(versions);
  }

  function renderRequirements(versions: ColumnVersions) {
    root.toggleAttribute('data-req', state.req);
    panel!.hidden = !state.req;
    const key = `${state.need.join(',')}|${state.cols.join(',')}|${shownVersions}`;
    if (!state.req || key === shownNeed) return;
    shownNeed = key;
    for (const th of panel!.querySelectorAll<HTMLElement>('th[data-mesh]')) th.hidden = !state.cols.includes(th.dataset.mesh ?? '');
    const summary = requirementsSummary(features, state.need, state.cols, versions);
    reqSummary!.textContent = formatRequirementsSummary(summary, meshNames);
    const items = state.need.map((id) => {
      const row = rows.get(id);
      const line = document.createElement('tr');
      line.className = 'border-b border-line';
      const name = document.createElement('th');
      name.scope = 'row';
      name.className = 'py-1 pr-3 font-normal';
      const link = document.createElement('a');
      link.href = `#${id}`;
      link.textContent = row?.querySelector('th a')?.textContent ?? id;
      name.append(link);
      line.append(name);
      for (const mesh of data.meshes.filter((m) => state.cols.includes(m.id))) {
        const cell = document.createElement('td');
        cell.className = 'py-1 pr-3';
        const badge = row?.querySelector(`td[data-mesh="${mesh.id}"] [data-support]`);
        cell.append(badge ? badge.cloneNode(true) : '–');
        line.append(cell);
      }
      return line;
    });
    reqRows!.replaceChildren(...items);
    reqTable!.hidden = items.length === 0;
  }

  function showNotice(ignored: IgnoredParam[]) {
    if (ignored.length === 0) {
      notice!.replaceChildren();
      return;
    }
    const box = document.createElement('p');
    box.className = 'rounded-md border border-line bg-bg-soft px-3 py-2 text-sm';
    box.textContent = `${describeIgnored(ignored)} The rest of the link was applied.`;
    notice!.replaceChildren(box);
  }

  function writeUrl(mode: 'push' | 'replace') {
    clearTimeout(typingTimer);
    const search = serializeFilterState(state);
    const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function update(next: FilterState, mode: 'push' | 'replace') {
    state = next;
    showNotice([]); // the notice was about the link; the reader has moved on
    render(mode === 'replace');
    if (mode === 'push') writeUrl('push');
    else {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => writeUrl('replace'), 300);
    }
  }

  function resetFilters(focusQuery = true) {
    writeControls({ ...readControls(), q: '', category: '', diff: false, support: {}, cols: [...meshIds], versions: {} });
    update(readControls(), 'push');
    if (focusQuery) query!.focus();
  }

  function applyUrl() {
    const parsed = parseFilterState(location.search, known);
    state = parsed.state;
    writeControls(state);
    render();
    showNotice(parsed.ignored);
    return parsed;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl('replace');
  });
  query.addEventListener('input', () => update(readControls(), 'replace'));
  root.addEventListener('change', (event) => {
    if (event.target === query) return;
    update(readControls(), 'push');
  });
  $('mf-reset')?.addEventListener('click', () => resetFilters());
  $('matrix-empty-reset')?.addEventListener('click', () => resetFilters());
  $('req-clear')?.addEventListener('click', () => {
    for (const box of needBoxes) box.checked = false;
    update(readControls(), 'push');
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer); // the history entry now shown is authoritative
    applyUrl();
  });

  // Sticky table headers sit just below the site header, whose height changes when its navigation wraps.
  // Writing the property restyles the whole matrix, so it is written only when the CSS guess is wrong.
  const siteHeader = document.querySelector<HTMLElement>('header[role="banner"]');
  const stickyHead = root.querySelector<HTMLElement>('.matrix-head');
  if (siteHeader && stickyHead && 'ResizeObserver' in window) {
    new ResizeObserver(() => {
      const height = siteHeader.offsetHeight;
      if (Math.abs(Number.parseFloat(getComputedStyle(stickyHead).top) - height) >= 0.5) {
        root.style.setProperty('--matrix-sticky-top', `${height}px`);
      }
    }).observe(siteHeader);
  }

  /** A link to a row or category the filters hide: say so, and offer to show it. */
  function checkTarget(id: string) {
    const target = id ? document.getElementById(id) : null;
    if (!target || !root.contains(target) || !target.closest('[hidden]')) return false;
    const box = document.createElement('p');
    box.className = 'rounded-md border border-line bg-bg-soft px-3 py-2 text-sm';
    const name = target.querySelector('th a, h2 a')?.textContent ?? id;
    box.append(`“${name}” is hidden by the current filters. `);
    const show = document.createElement('button');
    show.type = 'button';
    show.className = 'font-semibold underline';
    show.textContent = 'Clear filters and show it';
    show.addEventListener('click', () => {
      resetFilters(false);
      target.querySelector<HTMLElement>('th a, h2 a')?.focus({ preventScroll: true });
      target.scrollIntoView();
    });
    box.append(show);
    notice!.replaceChildren(box);
    return true;
  }
  window.addEventListener('hashchange', () => checkTarget(decodeHash(location.hash)));
  // Following a link to the fragment already in the address fires no hashchange.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (link && link.getAttribute('href') === location.hash) checkTarget(decodeHash(location.hash));
  });

  // Printing shows every cell's details (notes, dates, sources); they close again afterwards.
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...root.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of opened) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });

  const initial = applyUrl();
  // Drop ignored or non-canonical parameters from the address; keep the fragment.
  writeUrl('replace');
  if (location.hash) {
    const id = decodeHash(location.hash);
    const target = document.getElementById(id);
    if (!checkTarget(id) && target && !isUnfiltered(initial.state)) target.scrollIntoView();
  } else if (!isUnfiltered(initial.state)) {
    // A shared filtered link: bring the result count and the first rows into view.
    status.scrollIntoView({ block: 'start' });
  }
  return true;
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
