// Feature matrix filters (progressive enhancement). State lives in the URL query:
// typing in the search box replaces the current history entry, every other change pushes a new one,
// so Back undoes the last discrete change. Requirements ticks survive "Reset filters".
import { readClientData, type MatrixClientData } from '../lib/matrix/client-data';
import { filterFeatures, formatRequirementsSummary, requirementsSummary } from '../lib/matrix/filter';
import {
  describeIgnored,
  isUnfiltered,
  normalizeQuery,
  parseFilterState,
  serializeFilterState,
  type FilterState,
  type IgnoredParam,
} from '../lib/matrix/filter-state';
import type { SupportLevel } from '../lib/content/schemas';

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
  if (!form || !query || !category || !diff || !req || !status || !notice || !empty || !panel || !reqSummary || !reqTable || !reqRows) return false;

  const meshIds = data.meshes.map((mesh) => mesh.id);
  const meshNames = Object.fromEntries(data.meshes.map((mesh) => [mesh.id, mesh.name]));
  const known = { categories: data.categories, meshes: meshIds, featureIds: data.features.map((f) => f.id) };
  const rows = new Map<string, HTMLElement>();
  for (const row of root.querySelectorAll<HTMLElement>('tr[data-feature]')) rows.set(row.dataset.feature ?? '', row);
  const sections = [...root.querySelectorAll<HTMLElement>('section[data-category]')];
  const supportBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name^="support."]')];
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
    return {
      q: normalizeQuery(query!.value),
      category: category!.value,
      support,
      diff: diff!.checked,
      req: req!.checked,
      need: known.featureIds.filter((id) => ticked.has(id)),
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
  }

  function statusText(shown: number): string {
    if (shown === total && isUnfiltered(state)) return `All ${total} features shown.`;
    return `${shown} of ${total} features shown.`;
  }

  function render(announceLater = false) {
    const matches = new Set(filterFeatures(data.features, state));
    for (const [id, row] of rows) row.hidden = !matches.has(id);
    for (const section of sections) {
      section.hidden = ![...section.querySelectorAll<HTMLElement>('tr[data-feature]')].some((row) => !row.hidden);
    }
    empty!.hidden = matches.size > 0;
    clearTimeout(announceTimer);
    const text = statusText(matches.size);
    if (announceLater) announceTimer = setTimeout(() => (status!.textContent = text), 500);
    else if (status!.textContent !== text) status!.textContent = text;
    renderRequirements();
  }

  function renderRequirements() {
    root.toggleAttribute('data-req', state.req);
    panel!.hidden = !state.req;
    const key = state.need.join(',');
    if (!state.req || key === shownNeed) return;
    shownNeed = key;
    const summary = requirementsSummary(data.features, state.need, meshIds);
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
      for (const mesh of data.meshes) {
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

  function resetFilters() {
    writeControls({ ...readControls(), q: '', category: '', diff: false, support: {} });
    update(readControls(), 'push');
    query!.focus();
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
  $('mf-reset')?.addEventListener('click', resetFilters);
  $('matrix-empty-reset')?.addEventListener('click', resetFilters);
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

  const initial = applyUrl();
  // Drop ignored or non-canonical parameters from the address; keep the fragment.
  writeUrl('replace');
  if (!isUnfiltered(initial.state) && location.hash) {
    const target = document.getElementById(decodeHash(location.hash));
    if (target && !target.closest('[hidden]')) target.scrollIntoView();
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
