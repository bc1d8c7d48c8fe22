/**
 * The search page's state and the safe handling of what readers type and
 * of what the index returns. Plain functions, shared by the page script and
 * the tests.
 */
import { foldForSearch } from './aliases.ts';
import { stripElisions } from './elision.ts';
import { isFillerWord, meaningfulWords } from './words.ts';
import { CLASS_FILTER, parseClass, type RecordClass } from './record-class.ts';
// Pagefind escapes its excerpts as XML does (&amp; &lt; &gt; &quot; &#39;): the small XML table decodes them.
import { decodeXML } from 'entities/decode';

/** Longer queries are cut: nobody types more, and Pagefind's cost grows with every word. */
export const MAX_QUERY_LENGTH = 200;

/** The filters a search can carry in its URL, by their Pagefind key. */
export const FILTER_KEYS = ['type', 'rubrique', 'orateur'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  /** The query as the reader typed it (cleaned). */
  readonly query: string;
  readonly filters: Readonly<Partial<Record<FilterKey, readonly string[]>>>;
}

/** True when the reader has narrowed the search by at least one filter value. */
export const filtersSet = (state: SearchState): boolean =>
  Object.values(state.filters).some((values) => values.length > 0);

/**
 * True when `later` asks for what `earlier` did with more letters typed: the
 * same filters, and a query that starts with the earlier one. The results of
 * the earlier search are then a fair first look at the later one's.
 */
export function typedOn(earlier: SearchState, later: SearchState): boolean {
  const filtersOf = (state: SearchState) => paramsFromState({ ...state, query: '' }).toString();
  const lower = (query: string) => query.toLocaleLowerCase();
  return (
    earlier.query !== '' &&
    lower(later.query).startsWith(lower(earlier.query)) &&
    filtersOf(earlier) === filtersOf(later)
  );
}

// A zero-width joiner holds an emoji sequence together (👨‍👩‍👧); anywhere else it is invisible noise.
const STRAY_JOINER =
  /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * Trims, folds runs of white space and cuts to MAX_QUERY_LENGTH code points.
 * Control characters (tabs, line breaks) separate words; invisible format
 * characters (zero-width spaces, bidirectional marks and overrides, soft
 * hyphens) are removed, so that "Min\u200Bsk", pasted from somewhere, is
 * searched as the "Minsk" it looks like.
 */
export function cleanQuery(raw: string): string {
  const cleaned = raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(STRAY_JOINER, '')
    .replace(/(?!\u200D)\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return [...cleaned].slice(0, MAX_QUERY_LENGTH).join('');
}

/**
 * True for a query no search can answer: punctuation or symbols alone ("(",
 * "?!"), or one letter over and over ("aaaa", "a a a"). The search page says
 * what to type instead of listing whatever such a string happens to match.
 * A single letter is a search (Enter searches it).
 */
export function nothingToSearch(query: string): boolean {
  const cleaned = cleanQuery(query);
  const letters = [...foldForSearch(cleaned)].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (letters.length === 0) return cleaned !== '';
  return letters.length >= 3 && letters.every((c) => c === letters[0]);
}

/**
 * What is sent to the index: the query's meaningful words, without elided
 * articles and filler words ("pourquoi Pompeo est-il allé à Minsk" →
 * "Pompeo allé Minsk"): Pagefind finds only the pages holding every word, and
 * a question's fillers are seldom all on the page that answers it. A query of
 * fillers alone ("de la") is searched as typed.
 */
export function indexQuery(query: string): string {
  const cleaned = stripElisions(cleanQuery(query));
  const words = meaningfulWords(cleaned);
  return words.length > 0 ? words.join(' ') : cleaned;
}

/** A value from the URL, shown in a notice: cut, so that no link can make the page as wide as it likes. */
export function shownValue(value: string, max = SHOWN_VALUE_LENGTH): string {
  const chars = [...value];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}
/** Longer than any id of the site; short enough to fit a phone's line. */
export const SHOWN_VALUE_LENGTH = 32;

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).map(cleanQuery).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)];
  }
  return { query: cleanQuery(params.get('q') ?? ''), filters };
}

/** A filter value of a URL that the index does not know. */
export interface UnknownFilter {
  readonly key: FilterKey;
  readonly value: string;
}

/**
 * Keeps the filter values the index knows (`known`: every value of every
 * filter, as Pagefind lists them) and names the others, so the page can drop
 * them with a notice and still search the words.
 */
export function knownFilters(
  state: SearchState,
  known: Readonly<Record<string, Readonly<Record<string, number>>>>,
): { state: SearchState; unknown: UnknownFilter[] } {
  const filters: Partial<Record<FilterKey, string[]>> = {};
  const unknown: UnknownFilter[] = [];
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) {
      if (Object.hasOwn(known[key] ?? {}, value)) filters[key] = [...(filters[key] ?? []), value];
      else unknown.push({ key, value });
    }
  }
  return { state: { query: state.query, filters }, unknown };
}

/** Counts by filter value, as Pagefind gives them for each loaded filter. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** The values a record of this class has for each filter the reader sets. */
function valuesOf(record: RecordClass): Record<FilterKey, readonly string[]> {
  return { type: [record.type], rubrique: record.rubrique ? [record.rubrique] : [], orateur: record.orateur };
}

/**
 * The counts the page shows for each of its filters, from Pagefind's counts
 * of the class filter: every record has one class, so a value's count is the
 * sum over the classes that have it, as if it were a filter of its own.
 */
export function filterCounts(counts: FilterCounts): Record<FilterKey, Record<string, number>> {
  const out: Record<FilterKey, Record<string, number>> = { type: {}, rubrique: {}, orateur: {} };
  for (const [value, count] of Object.entries(counts[CLASS_FILTER] ?? {})) {
    const values = valuesOf(parseClass(value));
    for (const key of FILTER_KEYS) for (const v of values[key]) out[key][v] = (out[key][v] ?? 0) + count;
  }
  return out;
}

/**
 * A filter's values in the order the page lists their labels: `listed` is
 * that order, sorted at build time in the page's language (sorting them in
 * the browser loaded the language's collation rules, some 17 ms on the
 * bench's machine, while the first results waited); a value without a label
 * comes after, by its id.
 */
export function inListedOrder<T extends { value: string }>(
  values: readonly T[],
  listed: readonly string[],
): T[] {
  const place = (value: string) => {
    const at = listed.indexOf(value);
    return at === -1 ? listed.length : at;
  };
  return [...values].sort(
    (a, b) => place(a.value) - place(b.value) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
}

// A value no record has: Pagefind reads an empty list of values as no filter at all.
const NO_CLASS = '!';

/**
 * The Pagefind filter for the reader's filters: the classes that have one of
 * the chosen values of every filter set (any value within a filter, every
 * filter together), out of the classes the index knows. No filter set: none.
 */
export function classFilter(
  filters: SearchState['filters'],
  classes: readonly string[],
): Record<string, { any: string[] }> {
  const set = FILTER_KEYS.filter((key) => (filters[key]?.length ?? 0) > 0);
  if (set.length === 0) return {};
  const matching = classes.filter((value) => {
    const values = valuesOf(parseClass(value));
    return set.every((key) => values[key].some((v) => filters[key]?.includes(v)));
  });
  return { [CLASS_FILTER]: { any: matching.length > 0 ? matching : [NO_CLASS] } };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

/** Adds text to a list of excerpt parts, joined to the last part when it is marked alike. */
export function appendPart(parts: ExcerptPart[], text: string, marked: boolean): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last?.marked === marked) parts[parts.length - 1] = { text: last.text + text, marked };
  else parts.push({ text, marked });
}

// The punctuation a matched word may carry at its edges, which is not part of the match.
const EDGE_PUNCTUATION = '.,;:!?»«()"“”';
const EDGES = new RegExp(`^([${EDGE_PUNCTUATION}]*)(.*?)([${EDGE_PUNCTUATION}]*)$`, 'su');
const WORD_EDGES = new RegExp(`^[${EDGE_PUNCTUATION}]+|[${EDGE_PUNCTUATION}]+$`, 'gu');

/**
 * Pagefind's excerpt is HTML with <mark> around the matches. Only those
 * marks are honoured; everything else is text, so nothing in an excerpt can
 * ever become markup on the page. Pagefind marks a whole token, so the
 * punctuation at a mark's edges ("ambassadors)") is given back unmarked.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => appendPart(parts, text, marked);
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = decodeXML(piece.replace(/<[^>]*>/g, ''));
      const [, before = '', word = '', after = ''] = marked ? (EDGES.exec(text) ?? []) : ['', '', text, ''];
      push(before, false);
      push(word, marked);
      push(after, false);
    }
  }
  return parts;
}

/**
 * A link that lands on the match: a text fragment (#:~:text=) makes the
 * browser highlight and scroll to the matched words without any script on
 * the landing page.
 */
export function highlightUrl(url: string, parts: readonly ExcerptPart[]): string {
  const match = markedRuns(parts).find((run) => run.some((word) => !isFillerWord(word)));
  if (!match) return url;
  // A fragment on "de" would land on the first "de" of the page: it starts and ends on words that mean something.
  while (match.length > 1 && isFillerWord(match[0] ?? '')) match.shift();
  while (match.length > 1 && isFillerWord(match[match.length - 1] ?? '')) match.pop();
  const words = match.join(' ');
  const fragment = `:~:text=${encodeURIComponent(words).replace(/-/g, '%2D')}`;
  return url.includes('#') ? `${url}${fragment}` : `${url}#${fragment}`;
}

/** The marked words of an excerpt, in runs of words marked one after another, edge punctuation cut. */
function markedRuns(parts: readonly ExcerptPart[]): string[][] {
  const runs: string[][] = [];
  let current: string[] | undefined;
  for (const part of parts) {
    if (part.marked) {
      const words = part.text
        .split(/\s+/u)
        .map((w) => w.replace(WORD_EDGES, ''))
        .filter(Boolean);
      if (!current) runs.push((current = []));
      current.push(...words);
    } else if (part.text.trim() !== '') current = undefined;
  }
  return runs;
}
