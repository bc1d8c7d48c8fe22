/**
 * The search page: Pagefind in the browser, with the query and filters in
 * the URL. Everything that comes from the reader or the index is written
 * with textContent or built as nodes, never as HTML.
 */
import {
  FILTER_KEYS,
  cleanQuery,
  excerptParts,
  highlightUrl,
  indexQuery,
  paramsFromState,
  stateFromParams,
  type FilterKey,
  type SearchState,
} from '../lib/search-query.ts';
import { fill } from '../lib/fill.ts';
import { fillCount, type PluralForms } from '../lib/plural.ts';
import { guillemets } from '../lib/typography.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface Strings {
  results: PluralForms;
  noResults: string;
  filtered: PluralForms;
  more: string;
  loadError: string;
  filters: string;
  filterLegend: Record<FilterKey, string>;
}

// Each result shown costs a fragment download: ten fill a screen.
const PAGE_SIZE = 10;
// One letter matches nearly every word, so as-you-type results wait for a second one; Enter
// searches whatever is typed.
const MIN_TYPED_CHARS = 2;
const app = document.getElementById('search-app') as HTMLElement;
const form = document.querySelector<HTMLFormElement>('.search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const statusLine = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const help = document.getElementById('search-help') as HTMLElement;
const filterBox = document.getElementById('search-filters') as HTMLElement;
const filterDetails = document.getElementById('search-filters-box') as HTMLDetailsElement;
const filterSummary = filterDetails.querySelector('summary') as HTMLElement;
const errorLine = document.getElementById('search-error') as HTMLElement;
const strings = JSON.parse(app.dataset['strings'] ?? '{}') as Strings;

document.getElementById('search-fallback')?.remove();
app.hidden = false;
// Side by side on wide screens, the filters start open; on a phone they wait under their summary.
filterDetails.open = window.matchMedia('(min-width: 60rem)').matches;

let pagefind: Pagefind | undefined;
let state: SearchState = stateFromParams(new URLSearchParams(location.search));
let run = 0;
let pending: PagefindSearch['results'] = [];

async function loadIndex(): Promise<Pagefind | undefined> {
  try {
    const module = (await import(
      /* @vite-ignore */ `${app.dataset['base'] ?? '/'}pagefind/pagefind.js`
    )) as Pagefind;
    // The index is small: searching on the main thread saves the worker's download (and a CSP exception).
    await module.options({ excerptLength: 24, noWorker: true });
    // Loads the filter index: without it, a first search reports no filter counts.
    await module.filters();
    return module;
  } catch {
    errorLine.hidden = false;
    return undefined;
  }
}

function pagefindFilters(filters: SearchState['filters']): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
}

function renderFilters(counts: PagefindSearch['filters']): void {
  filterBox.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = Object.entries(counts[key] ?? {}).filter(
      ([value, count]) => count > 0 || state.filters[key]?.includes(value),
    );
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = strings.filterLegend[key];
    fieldset.append(legend);
    for (const [value, count] of values.sort(([a], [b]) => a.localeCompare(b, 'fr'))) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = state.filters[key]?.includes(value) ?? false;
      box.addEventListener('change', onFilterChange);
      const count_ = document.createElement('span');
      count_.className = 'count';
      count_.textContent = ` (${count})`;
      label.append(box, ` ${value}`, count_);
      fieldset.append(label);
    }
    filterBox.append(fieldset);
  }
  filterDetails.hidden = filterBox.childElementCount === 0;
  const active = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  filterSummary.textContent = active ? `${strings.filters} (${active})` : strings.filters;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const parts = excerptParts(data.excerpt);
  const kind = document.createElement('p');
  kind.className = 'result__kind meta';
  kind.textContent = [data.filters['type']?.[0], data.filters['rubrique']?.[0]].filter(Boolean).join(' · ');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = highlightUrl(data.url, parts);
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'result__excerpt';
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(kind, heading, excerpt);
  return item;
}

/** Appends the next page of results; false when a newer search has started meanwhile. */
async function showMore(current: number): Promise<boolean> {
  const batch = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (current !== run) return false;
  list.append(...data.map(renderResult));
  more.hidden = pending.length === 0;
  return true;
}

async function search(): Promise<void> {
  const current = ++run;
  const query = indexQuery(state.query);
  const hasFilters = Object.values(state.filters).some((v) => v.length > 0);
  if (!pagefind || (!query && !hasFilters)) {
    list.replaceChildren();
    statusLine.textContent = '';
    help.hidden = true;
    more.hidden = true;
    if (pagefind) renderFilters(await pagefind.filters());
    return;
  }
  const result = await pagefind.search(query || null, { filters: pagefindFilters(state.filters) });
  if (current !== run || !result) return;
  pending = [...result.results];
  const count = pending.length;
  list.replaceChildren();
  renderFilters(result.filters);
  // The results go in before the count is announced, so the announcement never runs ahead of them.
  if (!(await showMore(current))) return;
  const quoted = guillemets(state.query);
  statusLine.textContent = !state.query
    ? fillCount(strings.filtered, count)
    : count === 0
      ? fill(strings.noResults, { query: quoted })
      : fillCount(strings.results, count, { query: quoted });
  help.hidden = count > 0;
}

function setState(next: SearchState, history: 'push' | 'replace'): void {
  state = next;
  const query = paramsFromState(state).toString();
  const target = `${location.pathname}${query ? `?${query}` : ''}`;
  if (target !== `${location.pathname}${location.search}`) {
    if (history === 'push') window.history.pushState(null, '', target);
    else window.history.replaceState(null, '', target);
  }
  void search();
}

function onFilterChange(): void {
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) {
    const values = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map(
      (b) => b.value,
    );
    if (values.length) filters[key] = values;
  }
  setState({ ...state, filters }, 'push');
}

let typing: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(typing);
  const query = [...cleanQuery(input.value)].length < MIN_TYPED_CHARS ? '' : input.value;
  typing = window.setTimeout(() => setState({ ...state, query }, 'replace'), 40);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typing);
  setState({ ...state, query: input.value }, 'push');
});
more.addEventListener('click', () => void showMore(run));
window.addEventListener('popstate', () => {
  state = stateFromParams(new URLSearchParams(location.search));
  input.value = state.query;
  void search();
});

input.value = state.query;
void loadIndex().then((loaded) => {
  pagefind = loaded;
  return search();
});
