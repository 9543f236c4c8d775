// Filter state of the feature matrix and its URL form.
//
// Query parameters (canonical order, defaults omitted):
//   q=<text>                 text filter (name, description, keywords, summaries)
//   category=<category-id>   one category
//   support.<mesh-id>=a,b    support levels wanted for that mesh (several meshes: all must match)
//   diff=1                   only features where the meshes differ
//   req=1                    requirements mode
//   need=<feature-id>,...    features ticked in requirements mode
//   cols=<mesh-id>,...       columns shown (default: all)
//   v.<product>=<minor>      view the matrix as of that release (default: the newest)
// List parameters may also be repeated (need=a&need=b). Anything unknown is ignored and reported.
import { parseSupportLevel, type SupportLevel } from '../support';
import { supportOrder, type KnownIds } from './types';

export const maxQueryLength = 200;

export interface FilterState {
  q: string;
  /** A category id, or '' for all categories. */
  category: string;
  /** Wanted support levels per mesh (every known mesh is a key; [] means any level). */
  support: Record<string, SupportLevel[]>;
  diff: boolean;
  req: boolean;
  /** Feature ids ticked in requirements mode, in data order. */
  need: string[];
  /** Columns shown, in data order (all by default). */
  cols: string[];
  /** Chosen release per product; a product left out is shown at its newest release. */
  versions: Record<string, string>;
}

export interface IgnoredParam {
  param: string;
  reason: string;
}

export interface ParsedFilterState {
  state: FilterState;
  ignored: IgnoredParam[];
}

const supportPrefix = 'support.';
const versionPrefix = 'v.';
const trueValues = new Set(['1', 'true', 'on', 'yes']);
const falseValues = new Set(['', '0', 'false', 'off', 'no']);
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u001F\u007F-\u009F]/g;

/** The state with no filter applied. */
export function emptyFilterState(meshes: readonly string[]): FilterState {
  return {
    q: '',
    category: '',
    support: Object.fromEntries(meshes.map((mesh) => [mesh, []])),
    diff: false,
    req: false,
    need: [],
    cols: [...meshes],
    versions: {},
  };
}

function cleanText(raw: string): string {
  return raw.replace(loneSurrogate, '\uFFFD').replace(controlChars, ' ').replace(/\s+/g, ' ').trim();
}

/** Cleans free text: no control characters or lone surrogates, single spaces, at most `maxQueryLength` characters. */
export function normalizeQuery(raw: string): string {
  const cleaned = cleanText(raw);
  const chars = Array.from(cleaned);
  return chars.length <= maxQueryLength ? cleaned : chars.slice(0, maxQueryLength).join('').trim();
}

/** Shortens text for messages (values come from the URL and are shown as text only). */
function clip(value: string, length = 40): string {
  const chars = Array.from(normalizeQuery(value));
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
}

function inOrder<T extends string>(values: Set<T>, order: readonly T[]): T[] {
  return order.filter((value) => values.has(value));
}

/** Reads filter state from a query string; never throws, keeps only known values. */
export function parseFilterState(search: string | URLSearchParams, known: KnownIds): ParsedFilterState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyFilterState(known.meshes);
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, reason: string) => ignored.push({ param: clip(param), reason });

  const categories = new Set(known.categories);
  const meshes = new Set(known.meshes);
  const featureIds = new Set(known.featureIds);
  const seen = new Set<string>();
  const wantedLevels = new Map<string, Set<SupportLevel>>();
  const needed = new Set<string>();
  const shown = new Set<string>();
  const products = new Map((known.products ?? []).map((product) => [product.id, product.versions]));

  const once = (name: string): boolean => {
    if (seen.has(name)) {
      ignore(name, 'given more than once; the first value is used');
      return false;
    }
    seen.add(name);
    return true;
  };
  const flag = (name: string, value: string): boolean => {
    const lower = value.trim().toLowerCase();
    if (trueValues.has(lower)) return true;
    if (!falseValues.has(lower)) ignore(name, `"${clip(value)}" is not on or off`);
    return false;
  };
  const listItems = (value: string) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);

  for (const [name, value] of params) {
    if (name === 'q') {
      if (!once(name)) continue;
      state.q = normalizeQuery(value);
      if (Array.from(cleanText(value)).length > maxQueryLength) ignore(name, `shortened to ${maxQueryLength} characters`);
    } else if (name === 'category') {
      if (!once(name)) continue;
      const id = value.trim();
      if (id === '' || categories.has(id)) state.category = id;
      else ignore(name, `unknown category "${clip(value)}"`);
    } else if (name === 'diff' || name === 'req') {
      if (!once(name)) continue;
      state[name] = flag(name, value);
    } else if (name === 'need') {
      for (const id of listItems(value)) {
        if (featureIds.has(id)) needed.add(id);
        else ignore(name, `unknown feature "${clip(id)}"`);
      }
    } else if (name === 'cols') {
      if (!once(name)) continue;
      for (const id of listItems(value)) {
        if (meshes.has(id)) shown.add(id);
        else ignore(name, `unknown column "${clip(id)}"`);
      }
      if (shown.size === 0) ignore(name, 'no known column; all columns are shown');
    } else if (name.startsWith(versionPrefix) && products.has(name.slice(versionPrefix.length))) {
      if (!once(name)) continue;
      const product = name.slice(versionPrefix.length);
      const versions = products.get(product)!;
      const version = value.trim();
      if (!versions.includes(version)) ignore(name, `unknown version "${clip(value)}"; showing the newest`);
      else if (version !== versions.at(-1)) state.versions[product] = version;
    } else if (name.startsWith(supportPrefix) && meshes.has(name.slice(supportPrefix.length))) {
      const mesh = name.slice(supportPrefix.length);
      const wanted = wantedLevels.get(mesh) ?? new Set<SupportLevel>();
      wantedLevels.set(mesh, wanted);
      for (const raw of listItems(value)) {
        const level = parseSupportLevel(raw);
        if (level) wanted.add(level);
        else ignore(name, `unknown support level "${clip(raw)}"`);
      }
    } else {
      const reason = name.startsWith(supportPrefix)
        ? 'unknown column'
        : name.startsWith(versionPrefix)
          ? 'unknown product'
          : 'unknown parameter';
      ignore(name, reason);
    }
  }
  if (shown.size > 0) state.cols = known.meshes.filter((id) => shown.has(id));

  for (const [mesh, wanted] of wantedLevels) state.support[mesh] = inOrder(wanted, supportOrder);
  state.need = inOrder(needed, known.featureIds);
  return { state, ignored };
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

/** The canonical query string of a state, without "?" ('' when nothing is filtered). */
export function serializeFilterState(state: FilterState): string {
  const parts: string[] = [];
  if (state.q) parts.push(`q=${encode(state.q)}`);
  if (state.category) parts.push(`category=${encode(state.category)}`);
  for (const [mesh, levels] of Object.entries(state.support)) {
    if (levels.length > 0) parts.push(`${supportPrefix}${encode(mesh)}=${levels.map(encode).join(',')}`);
  }
  if (state.diff) parts.push('diff=1');
  if (state.req) parts.push('req=1');
  if (state.need.length > 0) parts.push(`need=${state.need.map(encode).join(',')}`);
  if (state.cols.length > 0 && state.cols.length < Object.keys(state.support).length)
    parts.push(`cols=${state.cols.map(encode).join(',')}`);
  for (const [product, version] of Object.entries(state.versions).sort(([a], [b]) => a.localeCompare(b)))
    parts.push(`${versionPrefix}${encode(product)}=${encode(version)}`);
  return parts.join('&');
}

/** True when the state hides no feature (requirements ticks do not filter). */
export function isUnfiltered(state: FilterState): boolean {
  return (
    state.q === '' &&
    state.category === '' &&
    !state.diff &&
    Object.entries(state.support).every(([mesh, levels]) => levels.length === 0 || !state.cols.includes(mesh))
  );
}

/** A one-line, plain-text description of ignored parameters for the page notice. */
export function describeIgnored(ignored: readonly IgnoredParam[], shown = 3): string {
  if (ignored.length === 0) return '';
  const listed = ignored.slice(0, shown).map(({ param, reason }) => `"${param}" (${reason})`);
  const more = ignored.length > shown ? `, and ${ignored.length - shown} more` : '';
  const noun = ignored.length === 1 ? 'a link parameter' : `${ignored.length} link parameters`;
  return `Ignored ${noun}: ${listed.join(', ')}${more}.`;
}
