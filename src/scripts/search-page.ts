/**
 * The search page: Pagefind in the browser, with the query and filters in
 * the URL. Everything that comes from the reader or the index is written
 * with textContent or built as nodes, never as HTML.
 */
import {
  FILTER_KEYS,
  classFilter,
  cleanQuery,
  excerptParts,
  filterCounts,
  filtersSet,
  highlightUrl,
  inListedOrder,
  indexQuery,
  knownFilters,
  nothingToSearch,
  shownValue,
  paramsFromState,
  stateFromParams,
  type ExcerptPart,
  type FilterKey,
  type SearchState,
  typedOn,
} from '../lib/search/query.ts';
import { EXCERPT_ELLIPSIS, excerptAt, rankPartialMatches, type WordHit } from '../lib/search/fallback.ts';
import { meaningfulWords } from '../lib/search/words.ts';
import { markWords } from '../lib/search/highlight.ts';
import {
  groupResults,
  groupedCount,
  pageClassesOfQuotes,
  resultsToLoad,
  type LoadedResult,
  type ResultGroup,
} from '../lib/search/results.ts';
import { CLASS_FILTER, RESULT_KINDS, parseClass, type ResultKind } from '../lib/search/record-class.ts';
import { SEARCH_APP_ID, cacheTagFromHint } from '../lib/search/index-files.ts';
import {
  chunkRangesOf,
  decompressed,
  onlyChunkFor,
  pagefindWords,
  type ChunkRange,
} from '../lib/search/chunks-ahead.ts';
import {
  FRAGMENTS_AHEAD,
  MIN_GUESS_LETTERS,
  chunkWords,
  indexPagesOf,
  likelyFirstFragments,
  type ChunkWord,
  type IndexPages,
} from '../lib/search/fragments-ahead.ts';
import { pagefindValue } from '../lib/search/pagefind-format.ts';
import { FIRST_SEARCH_LETTERS, firstFragmentFor, parseFirstPages } from '../lib/search/first-pages.ts';
import { RANKING } from '../lib/search/ranking.ts';
import { newestOnly } from '../lib/search/newest-only.ts';
import { fill } from '../i18n/fill.ts';
import { formatSentenceRef } from '../lib/article/article.ts';
import { VERDICT_ICONS } from '../components/verdict-icons.ts';
import type { ClaimLabel } from '../schemas/claim.ts';
import { fillCount, type PluralForms } from '../i18n/plural.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type Filters = Record<string, unknown>;
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: { filters?: Filters }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface Strings {
  /** The page's language, for plural rules. */
  lang: string;
  /** The reader's words quoted as the page's language quotes them: "« {query} »". */
  quotedQuery: string;
  results: PluralForms;
  noResults: string;
  filtered: PluralForms;
  more: string;
  loadError: string;
  filters: string;
  partial: string;
  /** The heading of the results for part of the words when none holds them all. */
  closest: string;
  closestCount: PluralForms;
  nothingToSearch: string;
  partialCount: PluralForms;
  partialWords: string;
  unknownFilter: string;
  /** The line of a result's verdicts, by the number of claims they judge. */
  verdicts: PluralForms;
  analysis: string;
  /**
   * Said of a sentence's result where the edition translates the article (its record holds the
   * article's French, then the site's translation, and its excerpt may show either); empty where
   * it does not.
   */
  sentenceTranslated: string;
  filterLegend: Record<FilterKey, string>;
  /** Each filter's labels by value, in the order the page lists them (sorted by the build). */
  values: Record<FilterKey, Record<string, string>>;
  labels: Record<string, string>;
}

/** A loaded result, ready to show. */
interface Shown {
  url: string;
  title: string;
  kind: string;
  parts: ExcerptPart[];
  verdicts: string[];
  /** Where the words are analysed, when the result is not that page itself. */
  analysis: string | undefined;
}

// Each result shown costs a fragment download: ten fill a screen.
const PAGE_SIZE = 10;
// How many results are drawn as soon as their fragments arrive, before the rest of the page: the
// first alone, since waiting for three put the first result on screen some 80 ms later on the
// bench's phone (docs/benchmarks.md).
const FIRST_PAINT = 1;
const EXCERPT_WORDS = 24;
// One or two letters match most of the index, and each prefix searched costs a screenful of
// fragments: as-you-type results wait for a third letter (npm run bench: the median first search
// fetched 90.8 KB from the second letter, 88.3 KB from the third). Enter searches whatever is typed.
const MIN_TYPED_CHARS = FIRST_SEARCH_LETTERS;
const app = document.getElementById(SEARCH_APP_ID) as HTMLElement;
const form = document.querySelector<HTMLFormElement>('.search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const statusLine = document.getElementById('search-status') as HTMLElement;
const notice = document.getElementById('search-notice') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const partialBox = document.getElementById('search-partial') as HTMLElement;
const partialList = document.getElementById('search-partial-results') as HTMLOListElement;
const partialTitle = document.getElementById('search-partial-title') as HTMLElement;
const help = document.getElementById('search-help') as HTMLElement;
const filterBox = document.getElementById('search-filters') as HTMLElement;
const filterDetails = document.getElementById('search-filters-box') as HTMLDetailsElement;
const filterSummary = filterDetails.querySelector('summary') as HTMLElement;
const errorLine = document.getElementById('search-error') as HTMLElement;
const questions = document.getElementById('search-questions') as HTMLElement;
const strings = JSON.parse(app.dataset['strings'] ?? '{}') as Strings;
const base = app.dataset['base'] ?? '/';
// Where a statement's analysis is, `{entree}` standing for the entry a quote record names.
const analysisUrl = app.dataset['analysis'] ?? '';
// The page ranked first for each word's first letters, written by the build (../lib/search/first-pages.ts).
const firstPages = parseFirstPages(app.dataset['firstPages']);

document.getElementById('search-fallback')?.remove();
app.hidden = false;
// Side by side on wide screens, the filters start open; on a phone they wait under their summary.
filterDetails.open = window.matchMedia('(min-width: 60rem)').matches;

let pagefind: Pagefind | undefined;
// Pagefind failed to load: the page says so, and fetches nothing for a search that cannot run.
let searchUnavailable = false;
let state: SearchState = stateFromParams(new URLSearchParams(location.search));
// Every class of record the index knows (CLASS_FILTER), to turn the reader's filters into Pagefind's.
let classes: string[] = [];
let run = 0;
// The search whose answer the page shows: the list, the status and the "more" button are its.
let answered = 0;
// The "more" button stays where it is (and keeps the focus) while a page loads; a second click
// queues the next page after it, and a new search's first page comes before both, so two loads
// never share the list.
let moreQueue: Promise<unknown> = Promise.resolve();
let pending: PagefindResult[] = [];
let loaded: LoadedResult<Shown>[] = [];
// The search's results, best first; how many have had their fragment asked for; how many results
// the list is to show; and which of them may fold together (quotes and the pages they fold into).
let ranked: PagefindResult[] = [];
let asked = 0;
let wanted = 0;
interface Folding {
  quotes: ReadonlySet<string>;
  pages: ReadonlySet<string>;
}
const NO_FOLDING: Folding = { quotes: new Set(), pages: new Set() };
let folding = NO_FOLDING;

async function loadIndex(): Promise<Pagefind | undefined> {
  try {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // The index is small: searching on the main thread saves the worker's download (and a CSP exception).
    // The build names the entry file in a preload hint, with a tag that changes with the index:
    // asking for that same URL uses the preloaded file instead of a fresh round trip.
    const metaCacheTag = cacheTagFromHint(
      document.querySelector<HTMLLinkElement>('link[data-pagefind-entry]')?.href,
    );
    await module.options({
      excerptLength: EXCERPT_WORDS,
      excerptEllipsis: EXCERPT_ELLIPSIS,
      ranking: RANKING,
      noWorker: true,
      ...(metaCacheTag ? { metaCacheTag } : {}),
    });
    // Loads the filter index: without it, a first search reports no filter counts. It also lists
    // every value the index knows, against which the URL's filters are checked.
    const known = await module.filters();
    classes = Object.keys(known[CLASS_FILTER] ?? {});
    const checked = knownFilters(state, filterCounts(known));
    if (checked.unknown.length > 0) {
      notice.textContent = fill(strings.unknownFilter, {
        filters: checked.unknown.map((f) => `${f.key}=${shownValue(f.value)}`).join(', '),
      });
      notice.hidden = false;
      state = checked.state;
      syncUrl('replace');
    }
    return module;
  } catch {
    errorLine.hidden = false;
    searchUnavailable = true;
    return undefined;
  }
}

// The index chunks fetched ahead of Pagefind, by file, each read once it is in; and the metadata
// file's list of chunks and pages they are chosen from (read once).
const chunksAhead = new Map<string, Promise<ChunkWord[] | undefined>>();
interface Metadata {
  chunks: ChunkRange[];
  pages: IndexPages | undefined;
}
// The fragments fetched ahead, FRAGMENTS_AHEAD at most.
const fragmentsAhead = new Set<string>();

/** The list of index chunks and pages, from the metadata file the head's hint names, which Pagefind loads too. */
async function readMetadata(): Promise<Metadata | undefined> {
  const url = document.querySelector<HTMLLinkElement>('link[data-pagefind-meta]')?.href;
  if (!url) return undefined;
  try {
    // Usually the browser holds the file by then, loaded for Pagefind (words typed before this
    // script ran may take its hint first: docs/search.md); its name changes with its content, so
    // a copy held is the one to read, however the host says to check it.
    const response = await fetch(url, { cache: 'force-cache' });
    // Decoded once for both lists it gives.
    const meta = pagefindValue(await decompressed(new Uint8Array(await response.arrayBuffer())));
    const chunks = chunkRangesOf(meta);
    return chunks ? { chunks, pages: indexPagesOf(meta) } : undefined;
  } catch {
    return undefined;
  }
}
// Read at the first key: read as the script starts, it took the head's hint before Pagefind, which
// then asked for the file again where the host has browsers check every file (docs/search.md).
let metadata: Promise<Metadata | undefined> | undefined;

// Index chunks are fetched ahead of Pagefind until it runs, and after for letters too few to be
// searched yet: Pagefind, searching from the third, would ask for their chunk only then, however
// early it was ready. Nothing is fetched ahead of a Pagefind that failed to load.
const chunkAheadOf = (typed: string) =>
  !searchUnavailable && (pagefind === undefined || [...typed].length < MIN_TYPED_CHARS);

/** An index chunk fetched by the address Pagefind will ask for it at, and read. */
async function fetchChunk(hash: string): Promise<ChunkWord[] | undefined> {
  try {
    const response = await fetch(`${base}pagefind/index/${hash}.pf_index`);
    return chunkWords(await decompressed(new Uint8Array(await response.arrayBuffer())));
  } catch {
    return undefined;
  }
}

/**
 * Before Pagefind searches the typed words (it is not ready, or they are too
 * short), fetches the index chunk each will need as soon as its first letters
 * leave one possible (./chunks-ahead.ts), by the address Pagefind will ask for
 * it at: when it does, the browser has it, or has it on its way. Once a word's
 * chunk is in, the fragments of the results it will likely bring first are
 * fetched the same way (../lib/search/fragments-ahead.ts), for the word as
 * typed by then: even with Pagefind ready, its search, then the page's, run
 * before it asks for them (some 110 ms on the bench's phone).
 */
function fetchAhead(typed: string): void {
  // Once Pagefind searches what is typed, a chunk already fetched ahead still serves the guess.
  if (searchUnavailable || (!chunkAheadOf(typed) && chunksAhead.size === 0)) return;
  metadata ??= readMetadata();
  void metadata
    .then((meta) => {
      if (!meta || searchUnavailable) return;
      // From the letters Pagefind first searches, the page it will likely show first: its fragment
      // comes beside the word's chunk instead of one round trip after it.
      const only = wordToGuessFor(indexQuery(typed));
      if (only && meta.pages) fetchFragmentAhead(firstFragmentFor(firstPages, meta.pages, only));
      for (const word of pagefindWords(indexQuery(typed))) {
        const chunk = onlyChunkFor(word, meta.chunks);
        if (!chunk) continue;
        let read = chunksAhead.get(chunk.hash);
        if (!read) {
          if (!chunkAheadOf(typed)) continue;
          chunksAhead.set(chunk.hash, (read = fetchChunk(chunk.hash)));
        }
        // At every key: the guess is for what the box holds once the chunk is in, at once if it is.
        void read.then((words) => fetchFragmentsAhead(chunk.hash, words, meta)).catch(() => undefined);
      }
    })
    .catch(() => undefined);
}

// The word last guessed for: each key that adds no letter, or waits for the same chunk, guesses once.
let lastGuess = '';

/** The fragments of the results the word in the box will likely bring first, from its chunk, up to the few allowed. */
function fetchFragmentsAhead(hash: string, words: ChunkWord[] | undefined, meta: Metadata): void {
  // The box may hold more letters than when the chunk was asked for: those are what Pagefind will
  // search, if they are still a single word in this chunk and no filter narrows the results.
  const word = wordToGuessFor(indexQuery(cleanQuery(input.value)));
  if (!words || !meta.pages || !word) return;
  if ([...word].length < MIN_GUESS_LETTERS || word === lastGuess) return;
  if (onlyChunkFor(word, meta.chunks)?.hash !== hash) return;
  const room = FRAGMENTS_AHEAD - fragmentsAhead.size;
  if (room <= 0) return;
  lastGuess = word;
  const likely = likelyFirstFragments(words, meta.pages, word, FRAGMENTS_AHEAD, RANKING);
  for (const file of likely) fetchFragmentAhead(file);
}

/**
 * The word a query's results may be guessed for: a single word, with
 * something to search and no filter to narrow the results, while the index
 * is there to search it.
 */
function wordToGuessFor(query: string): string | undefined {
  const words = pagefindWords(query);
  if (words.length !== 1 || searchUnavailable || nothingToSearch(query) || filtersSet(state))
    return undefined;
  return words[0];
}

/** A fragment fetched by the address Pagefind will ask for it at, once, FRAGMENTS_AHEAD at most. */
function fetchFragmentAhead(file: string | undefined): void {
  if (!file || fragmentsAhead.has(file) || fragmentsAhead.size >= FRAGMENTS_AHEAD) return;
  fragmentsAhead.add(file);
  void fetch(`${base}pagefind/fragment/${file}.pf_fragment`).catch(() => undefined);
}

const valueLabel = (key: FilterKey, value: string) => strings.values[key]?.[value] ?? value;

function renderFilters(counts: Record<FilterKey, Record<string, number>>): void {
  filterBox.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = Object.entries(counts[key])
      .filter(([value, count]) => count > 0 || state.filters[key]?.includes(value))
      .map(([value, count]) => ({ value, count, label: valueLabel(key, value) }));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = strings.filterLegend[key];
    fieldset.append(legend);
    for (const { value, count, label: text } of inListedOrder(
      values,
      Object.keys(strings.values[key] ?? {}),
    )) {
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
      label.append(box, ` ${text}`, count_);
      fieldset.append(label);
    }
    filterBox.append(fieldset);
  }
  filterDetails.hidden = filterBox.childElementCount === 0;
  const active = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  filterSummary.textContent = active ? `${strings.filters} (${active})` : strings.filters;
}

function toLoaded(rank: number, data: PagefindResultData, parts: ExcerptPart[]): LoadedResult<Shown> {
  const record = parseClass(data.filters[CLASS_FILTER]?.[0] ?? '');
  const kind = RESULT_KINDS.find((k) => k === record.type) as ResultKind | undefined;
  const section = record.rubrique;
  const entry = data.meta['entree'];
  const passage = data.meta['passage'];
  return {
    rank,
    kind,
    passage,
    entry,
    item: {
      url: data.url,
      title: data.meta['title'] ?? data.url,
      // A quote says which sentence its words are from (the first, for words over several): the
      // same words may be quoted from two sentences, each judged on its own (a sentence's title
      // starts with its reference already).
      kind: [
        kind && valueLabel('type', kind),
        section && valueLabel('rubrique', section),
        kind === 'quote' && passage && formatSentenceRef(passage),
        kind === 'sentence' && strings.sentenceTranslated,
      ]
        .filter(Boolean)
        .join(' · '),
      parts,
      verdicts: (data.meta['verdicts'] ?? '').split(' ').filter(Boolean),
      analysis: kind === 'quote' && entry ? fill(analysisUrl, { entree: entry }) : undefined,
    },
  };
}

function renderGroup(group: ResultGroup<Shown>, heading: 'h2' | 'h3'): HTMLLIElement {
  const { item: shown } = group.main;
  const item = document.createElement('li');
  item.className = 'result';
  const kind = document.createElement('p');
  kind.className = 'result__kind meta';
  kind.textContent = shown.kind;
  const title = document.createElement(heading);
  const link = document.createElement('a');
  link.href = highlightUrl(shown.url, shown.parts);
  link.textContent = shown.title;
  title.append(link);
  // One label per rated claim, in the article's order: folded results share their entry, so its verdicts.
  const verdicts =
    [shown, ...group.folded.map((f) => f.item)].find((s) => s.verdicts.length > 0)?.verdicts ?? [];
  if (verdicts.length > 0) {
    // The verdict travels with the words it judges: as text, each label in its own colour too.
    const line = document.createElement('p');
    line.className = 'result__verdicts meta';
    const labels = verdicts.map((v) => strings.labels[v] ?? v);
    // With several, the line says how many claims they judge: two like labels are two claims.
    const [before, after] = fillCount(
      strings.verdicts,
      verdicts.length,
      { labels: '\u0000' },
      strings.lang,
    ).split('\u0000');
    line.append(before ?? '');
    labels.forEach((text, i) => {
      if (i > 0) line.append(', ');
      const label = verdicts[i] ?? '';
      const badge = document.createElement('span');
      badge.className = `verdict verdict--${label}`;
      // The same label as on every page: its icon, then its word.
      if (isClaimLabel(label)) badge.append(verdictIcon(label), ' ');
      badge.append(text);
      line.append(badge);
    });
    line.append(after ?? '');
    item.append(line);
  }
  // The verdicts come before the words they judge: the title and excerpt follow them.
  item.append(kind, title);
  const excerpt = document.createElement('p');
  excerpt.className = 'result__excerpt';
  for (const part of shown.parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(excerpt);
  const analysis = group.folded.find((f) => f.kind === 'entry')?.item.url ?? shown.analysis;
  if (analysis && group.main.kind !== 'entry') {
    const line = document.createElement('p');
    line.className = 'result__also meta';
    const also = document.createElement('a');
    also.href = highlightUrl(analysis, shown.parts);
    also.textContent = strings.analysis;
    line.append(also);
    item.append(line);
  }
  return item;
}

/** Draws the results in place of what was there, the questions included. */
function renderList(results: LoadedResult<Shown>[]): void {
  list.replaceChildren(...groupResults(results).map((g) => renderGroup(g, 'h2')));
  showQuestions();
}

function render(): void {
  renderList(loaded);
}

const toShown = (data: PagefindResultData[], offset: number) =>
  data.map((d, i) => toLoaded(offset + i, d, markWords(excerptParts(d.excerpt), queryWords())));

/**
 * Loads results and shows them; false when a newer search has started
 * meanwhile. `searched` is what they answer: overtaken by newer keys before
 * any newer search has answered, its results still go on an empty list when
 * the reader typed on from it, the closest there are until the newer
 * search's own replace them.
 */
async function load(current: number, batch: PagefindResult[], searched: SearchState): Promise<boolean> {
  asked = Math.max(asked, loaded.length + batch.length);
  const data = batch.map((r) => r.data());
  // On a slow network the fragments arrive one after another: the first is shown as it comes.
  for (const part of [data.slice(0, FIRST_PAINT), data.slice(FIRST_PAINT)]) {
    if (part.length === 0) continue;
    const arrived = await Promise.all(part);
    if (current !== run) {
      if (answered <= current && list.childElementCount === 0 && typedOn(searched, state))
        renderList(toShown(arrived, 0));
      return false;
    }
    loaded = [...loaded, ...toShown(arrived, loaded.length)];
    render();
  }
  return true;
}

/**
 * Shows a page more of results: a batch of them, drawn as they arrive, then,
 * when some folded together (a quote and its page count once), more until
 * the page is full. False when a newer search has started meanwhile.
 */
async function showMore(current: number, searched: SearchState): Promise<boolean> {
  const target = groupResults(loaded).length + PAGE_SIZE;
  let shown = groupResults(loaded).length;
  wanted = target;
  prefetchFolded();
  list.setAttribute('aria-busy', 'true');
  try {
    while (shown < target && pending.length > 0) {
      if (!(await load(current, pending.splice(0, target - shown), searched))) return false;
      shown = groupResults(loaded).length;
    }
  } finally {
    if (current === run) list.removeAttribute('aria-busy');
  }
  more.hidden = pending.length === 0;
  return true;
}

/**
 * Results for part of the words: each meaningful word searched alone, the
 * pages ranked by how many words they hold. Returns how many are shown.
 */
async function showPartial(current: number, full: PagefindSearch, filters: Filters): Promise<number> {
  const words = meaningfulWords(state.query);
  if (!pagefind || words.length < 2 || full.results.length >= PAGE_SIZE) return 0;
  const searches = await Promise.all(words.map((w) => pagefind?.search(w, { filters })));
  if (current !== run) return 0;
  const hitsByWord = new Map<string, WordHit[]>();
  const objects = new Map<string, PagefindResult>();
  words.forEach((word, i) => {
    const results = searches[i]?.results ?? [];
    for (const r of results) if (!objects.has(r.id)) objects.set(r.id, r);
    hitsByWord.set(
      word,
      results.map((r) => ({ id: r.id, score: r.score, locations: r.words })),
    );
  });
  const ranked = rankPartialMatches(hitsByWord, new Set(full.results.map((r) => r.id))).slice(0, PAGE_SIZE);
  const data = await Promise.all(ranked.map((m) => (objects.get(m.id) as PagefindResult).data()));
  if (current !== run) return 0;
  const partial = data.map((d, i) =>
    toLoaded(i, d, markWords(excerptAt(d.content, ranked[i]?.locations ?? [], EXCERPT_WORDS), words)),
  );
  const groups = groupResults(partial);
  partialList.replaceChildren(...groups.map((g) => renderGroup(g, 'h3')));
  partialBox.hidden = groups.length === 0;
  return groups.length;
}

/**
 * Asks for the fragments of the results that the list will need once quotes
 * fold into their pages (resultsToLoad), beyond the page being loaded: when
 * the fold leaves the page short, they are already on their way, instead of
 * one round trip more for each fold.
 */
function prefetchFolded(): void {
  const needed = resultsToLoad(
    ranked.map((r) => r.id),
    wanted,
    folding.quotes,
    folding.pages,
  );
  for (const result of ranked.slice(asked, needed)) void result.data().catch(() => undefined);
  asked = Math.max(asked, needed);
}

/**
 * Which of a search's results may fold together: each class of quotes it
 * found, and their pages, searched apart (index only, no fragment).
 */
async function foldingOf(query: string, found: PagefindSearch, filters: Filters): Promise<Folding> {
  const allowed = (filters[CLASS_FILTER] as { any?: string[] } | undefined)?.any;
  const quoteClasses = Object.entries(found.filters[CLASS_FILTER] ?? {})
    .filter(([value, n]) => n > 0 && parseClass(value).type === 'quote' && (allowed?.includes(value) ?? true))
    .map(([value]) => value);
  if (!pagefind || quoteClasses.length === 0) return NO_FOLDING;
  const ids = async (values: string[]) =>
    new Set(
      (await pagefind?.search(query || null, { filters: { [CLASS_FILTER]: { any: values } } }))?.results.map(
        (r) => r.id,
      ),
    );
  const [quotes, pages] = await Promise.all([ids(quoteClasses), ids(pageClassesOfQuotes(quoteClasses))]);
  return { quotes, pages };
}

/** The reader's words, to mark where Pagefind's excerpt does not (inside "d’ambassadeurs"). */
const queryWords = () => meaningfulWords(state.query);

/**
 * Forgets the results shown. A search that has its own keeps the list on
 * screen until they replace it (`keepList`): typing on does not blank it at
 * every key.
 */
function clearResults(keepList = false): void {
  if (!keepList) list.replaceChildren();
  list.removeAttribute('aria-busy');
  partialList.replaceChildren();
  partialBox.hidden = true;
  loaded = [];
  pending = [];
  ranked = [];
  asked = 0;
  wanted = 0;
  folding = NO_FOLDING;
}

// Pagefind's searches for the typed words, one at a time (../lib/search/newest-only.ts); a search
// waits a second at most for the one before, whose chunk may be stalled on a poor network.
const searchNewest = newestOnly<PagefindSearch | null>(1000);

/**
 * The questions the analysis answers stand in for results until a search
 * answers: shown once the filters are drawn above them, so that they do not
 * move when the filters come, and kept until results or a status take their
 * place. When the index failed to load, they stay: nothing else can answer.
 */
function showQuestions(): void {
  questions.hidden = !searchUnavailable && (state.query !== '' || filtersSet(state) || !pagefind);
}

async function search(): Promise<void> {
  const current = ++run;
  const searched = state;
  const query = indexQuery(state.query);
  if (!pagefind || (!query && !filtersSet(state))) {
    answered = current;
    clearResults();
    statusLine.textContent = '';
    help.hidden = true;
    more.hidden = true;
    if (pagefind) {
      renderFilters(filterCounts(await pagefind.filters()));
      if (current === run) syncUrl('replace');
    }
    if (current === run) showQuestions();
    return;
  }
  if (nothingToSearch(state.query)) {
    // Punctuation alone or one letter over and over: Pagefind would match whatever holds it.
    answered = current;
    clearResults();
    more.hidden = true;
    statusLine.textContent = fill(strings.nothingToSearch, {
      query: fill(strings.quotedQuery, { query: state.query }),
    });
    help.hidden = false;
    showQuestions();
    syncUrl('replace');
    return;
  }
  const filters = classFilter(state.filters, classes);
  const index = pagefind;
  const result = await searchNewest(
    () => current === run,
    () => index.search(query || null, { filters }),
  );
  if (current !== run || !result) return;
  const counts = filterCounts(result.filters);
  const withEntries = !state.filters.type?.length || state.filters.type.includes('entry');
  const count = groupedCount(result.results.length, counts.type['quote'] ?? 0, withEntries);
  answered = current;
  clearResults(result.results.length > 0);
  pending = [...result.results];
  ranked = [...result.results];
  // The first page's fragments are asked for first; the filters are drawn, and which results fold
  // is found, while they are on their way.
  const showing = showMore(current, searched);
  // A click on "more" meanwhile waits for this first page, and takes the next.
  moreQueue = showing.catch(() => false);
  renderFilters(counts);
  if (withEntries)
    void foldingOf(query, result, filters).then((folds) => {
      if (current !== run) return;
      folding = folds;
      prefetchFolded();
    });
  // The results go in before the count is announced, so the announcement never runs ahead of them.
  const [shown, partial] = await Promise.all([showing, query ? showPartial(current, result, filters) : 0]);
  if (!shown || current !== run) return;
  const quoted = fill(strings.quotedQuery, { query: state.query });
  // When no result holds every word, those for part of the words are the closest there are, and
  // are said to be, instead of "no result" above them.
  const closest = count === 0 && partial > 0;
  partialTitle.textContent = closest ? strings.closest : strings.partial;
  const status = closest
    ? fillCount(strings.closestCount, partial, { query: quoted }, strings.lang)
    : !state.query
      ? fillCount(strings.filtered, count, {}, strings.lang)
      : count === 0
        ? fill(strings.noResults, { query: quoted })
        : fillCount(strings.results, count, { query: quoted }, strings.lang);
  const partialStatus = partial && !closest ? fillCount(strings.partialCount, partial, {}, strings.lang) : '';
  // Two sentences: "5 results for “Pompeo Minsk”. 10 results for some of the words."
  statusLine.textContent = partialStatus ? `${status}. ${partialStatus}.` : status;
  help.hidden = count + partial > 0;
  showQuestions();
  syncUrl('replace');
}

/** The address of the state on screen, written when it differs from the current one. */
function syncUrl(history: 'push' | 'replace'): void {
  const query = paramsFromState(state).toString();
  const target = `${location.pathname}${query ? `?${query}` : ''}`;
  if (target === `${location.pathname}${location.search}`) return;
  if (history === 'push') window.history.pushState(null, '', target);
  else window.history.replaceState(null, '', target);
}

/**
 * A new state, searched at once. A reader's choice (Enter, a filter) is a
 * new history entry; what is typed replaces the address only once its
 * results are on screen (search()): each change of address makes the
 * browser ask for the page's icon again, which at every key would hold up
 * the index's files on a slow network.
 */
function setState(next: SearchState, history: 'push' | 'typed'): void {
  state = next;
  if (history === 'push') syncUrl('push');
  void search();
}

/** What the box holds, searched as typed. */
function searchTyped(): void {
  const typed = cleanQuery(input.value);
  fetchAhead(typed);
  setState({ ...state, query: [...typed].length < MIN_TYPED_CHARS ? '' : typed }, 'typed');
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

// Every key searches at once: a search runs in a few milliseconds once its index chunk is in,
// and one that a newer key overtakes draws nothing but on an empty list (load()).
input.addEventListener('input', searchTyped);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  // What typing has shown stays the current entry; Enter adds one only for a query it had not searched.
  syncUrl('replace');
  setState({ ...state, query: cleanQuery(input.value) }, 'push');
});
more.addEventListener('click', () => {
  const current = run;
  moreQueue = moreQueue
    .then(() => (current === run && answered === run && !more.hidden ? showMore(current, state) : false))
    .catch(() => false);
});
window.addEventListener('popstate', () => {
  state = stateFromParams(new URLSearchParams(location.search));
  input.value = state.query;
  void search();
});

// The box is on screen from the first paint, before this script runs: what a reader typed by then
// is searched, as the latest thing they asked, rather than written over by the address's query.
const typedEarly = cleanQuery(input.value) !== '';
if (typedEarly) searchTyped();
else input.value = state.query;
void loadIndex().then((index) => {
  pagefind = index;
  return search();
});

// The icons' table names every label: no schema is shipped to the browser to know them.
const isClaimLabel = (value: string): value is ClaimLabel => Object.hasOwn(VERDICT_ICONS, value);

/** A verdict's icon, drawn as the Verdict component draws it (src/components/verdict-icons.ts). */
function verdictIcon(label: ClaimLabel): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'verdict__icon');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', VERDICT_ICONS[label]);
  svg.append(path);
  return svg;
}
