// The search dialog's behaviour, loaded on first open by search-trigger.ts.
// Results are built with DOM APIs and textContent only: excerpts are split into text and <mark> runs.
import {
  nextFocusIndex,
  rankHits,
  resultsStatus,
  toSearchHit,
  type ExcerptPart,
  type PagefindResultData,
  type SearchHit,
  type SearchLink,
} from '../lib/search/results';
import { withBase } from '../lib/site';

interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (term: string, options?: Record<string, unknown>, timeout?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const pageSize = 8;
/** How many of Pagefind's results are loaded and re-ranked by title and heading matches. */
const rankedCount = 24;
const navigableSelector = 'a[data-search-link], button[data-search-more]';
let attached = false;

function required<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`Search dialog is missing #${id}`);
  return element;
}

function excerptNode(parts: ExcerptPart[]): HTMLElement {
  const excerpt = document.createElement('span');
  excerpt.className = 'search-excerpt';
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(document.createTextNode(part.text));
    }
  }
  return excerpt;
}

function linkNode(link: SearchLink, className: string, kind?: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = link.url;
  anchor.className = className;
  anchor.dataset.searchLink = '';
  if (kind) {
    const badge = document.createElement('span');
    badge.className = 'search-kind';
    badge.textContent = kind;
    anchor.append(badge);
  }
  const title = document.createElement('span');
  title.className = 'search-title';
  title.textContent = link.title;
  anchor.append(title);
  if (link.excerpt.length > 0) anchor.append(excerptNode(link.excerpt));
  return anchor;
}

function hitNode(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  item.append(linkNode(hit, 'search-hit-link', hit.kind));
  if (hit.sections.length > 0) {
    const sections = document.createElement('ul');
    sections.className = 'search-sections';
    sections.setAttribute('aria-label', `Matching sections of ${hit.title}`);
    for (const section of hit.sections) {
      const sectionItem = document.createElement('li');
      sectionItem.append(linkNode(section, 'search-section-link'));
      sections.append(sectionItem);
    }
    item.append(sections);
  }
  return item;
}

async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as Pagefind;
  // noWorker: Pagefind would start its worker with `new Worker(url string)`, which enforced Trusted Types
  // (src/lib/csp.ts allows no policy) reject; on an index this small, searching on the main thread costs nothing.
  // pageLength 0.25 (default 0.75): long articles are not buried under short pages that mention a term once;
  // with ambient columns, "ztunnel" otherwise ranked its own article below 30 feature pages.
  await pagefind.options({ baseUrl: withBase(''), excerptLength: 24, noWorker: true, ranking: { pageLength: 0.25 } });
  await pagefind.init();
  return pagefind;
}

/** Wires the dialog: searching as you type, rendering, keyboard navigation. Safe to call twice. */
export async function attachSearch(dialog: HTMLDialogElement): Promise<void> {
  if (attached) return;
  attached = true;
  const form = required('search-form', HTMLFormElement);
  const input = required('search-input', HTMLInputElement);
  const status = required('search-status', HTMLElement);
  const list = required('search-results', HTMLUListElement);
  const closeButton = required('search-close', HTMLButtonElement);

  const navigables = () => [...list.querySelectorAll<HTMLElement>(navigableSelector)];

  closeButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  list.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest('a[data-search-link]');
    if (link) dialog.close('navigate');
  });
  dialog.addEventListener('keydown', (event) => {
    const key = event.key;
    const inInput = document.activeElement === input;
    const moves = key === 'ArrowDown' || key === 'ArrowUp' || ((key === 'Home' || key === 'End') && !inInput);
    if (!moves || event.altKey || event.ctrlKey || event.metaKey) return;
    const targets = navigables();
    const current = targets.indexOf(document.activeElement as HTMLElement);
    const next = nextFocusIndex(current, targets.length, key);
    event.preventDefault();
    (next === -1 ? input : targets[next])?.focus();
  });
  /** The query whose results the list shows, and the query Enter was pressed for (opened once its results show). */
  let shown: string | undefined;
  let openWhenShown: string | undefined;
  const openFirst = () => list.querySelector<HTMLAnchorElement>('a[data-search-link]')?.click();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = input.value.trim();
    if (term === '') return;
    // The list may still show the previous query's results (typing is debounced): act on what was typed.
    if (term === shown) {
      openWhenShown = undefined;
      openFirst();
      return;
    }
    openWhenShown = term;
    if (pagefind) void runSafely(input.value, true);
  });

  status.textContent = 'Loading search…';
  let pagefind: Pagefind | undefined;
  try {
    pagefind = await loadPagefind();
  } catch (error) {
    status.textContent = 'Search is unavailable: the search index could not be loaded.';
    console.error(error);
    return;
  }
  const index = pagefind;

  let latest = 0;
  /** Hits waiting behind "Show more": ranked hits first, then Pagefind results not loaded yet. */
  let queued: SearchHit[] = [];
  let unloaded: PagefindResult[] = [];
  let query = '';

  const load = async (results: PagefindResult[]) =>
    (await Promise.all(results.map(async (result) => toSearchHit(await result.data(), { base: withBase(''), query })))).filter(
      (hit): hit is SearchHit => hit !== undefined,
    );

  function renderMoreButton(ticket: number) {
    list.querySelector('[data-search-more]')?.closest('li')?.remove();
    const left = queued.length + unloaded.length;
    if (left === 0) return;
    const item = document.createElement('li');
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    more.dataset.searchMore = '';
    more.textContent = `Show more results (${left} left)`;
    more.addEventListener('click', () => void showMore(ticket).catch(console.error));
    item.append(more);
    list.append(item);
  }

  async function showMore(ticket: number) {
    if (queued.length < pageSize && unloaded.length > 0) {
      const batch = unloaded.slice(0, pageSize - queued.length);
      unloaded = unloaded.slice(batch.length);
      queued = [...queued, ...(await load(batch))];
      if (ticket !== latest) return;
    }
    const nodes = queued.slice(0, pageSize).map(hitNode);
    queued = queued.slice(pageSize);
    list.querySelector('[data-search-more]')?.closest('li')?.remove();
    list.append(...nodes);
    renderMoreButton(ticket);
    nodes[0]?.querySelector<HTMLElement>('a')?.focus();
  }

  async function run(value: string, immediate = false) {
    const ticket = ++latest;
    const term = value.trim();
    if (term === '') {
      list.replaceChildren();
      shown = '';
      status.textContent = resultsStatus('', 0);
      return;
    }
    const search = immediate ? await index.search(term) : await index.debouncedSearch(term, {}, 150);
    if (search === null || ticket !== latest) return;
    query = term;
    const ranked = rankHits(await load(search.results.slice(0, rankedCount)));
    if (ticket !== latest) return;
    unloaded = search.results.slice(rankedCount);
    queued = ranked.slice(pageSize);
    list.replaceChildren(...ranked.slice(0, pageSize).map(hitNode));
    renderMoreButton(ticket);
    shown = term;
    status.textContent = resultsStatus(term, ranked.length + unloaded.length);
    if (openWhenShown === term) {
      openWhenShown = undefined;
      openFirst();
    }
  }

  const runSafely = async (value: string, immediate = false) => {
    try {
      await run(value, immediate);
    } catch (error) {
      status.textContent = 'Search failed. Try again, or reload the page.';
      console.error(error);
    }
  };
  input.addEventListener('input', () => void runSafely(input.value));
  await runSafely(input.value);
}
