/**
 * Which results a word being typed will likely bring first, known before
 * Pagefind can say. On a phone's first visit the index chunk of the typed
 * word arrives before Pagefind's WebAssembly (./chunks-ahead.ts); once
 * Pagefind runs, each result it shows costs one more round trip, for its
 * fragment. Read here, the chunk says which pages hold the word and how; a
 * rough copy of Pagefind's ranking picks the few it will likely put first,
 * and the search page fetches their fragments while the WebAssembly is still
 * on its way, by the addresses Pagefind will ask for them at.
 *
 * A guess, and only a guess: a page it picks wrongly costs a fragment of a
 * few hundred bytes, one it misses is fetched by Pagefind as before. Few are
 * picked: fetching every page that holds the word queued twenty requests on
 * HTTP/1.1's six connections, ahead of the ones Pagefind then made
 * (docs/benchmarks.md). The ranking copies the BM25 of Pagefind's
 * `search_term` (pagefind_web/src/search.rs, as published before 1.6), with
 * the settings the page gives Pagefind and its defaults for the rest. What
 * 1.6 added is not copied: matches in metadata are added with their
 * `metaWeights` by an approximation, and the accented form typed is not
 * preferred (`diacriticSimilarity`); nor is there a stemmer (see
 * matchingWords).
 * tests/e2e/search.spec.ts measures how often Pagefind's first result is
 * among the pages picked.
 *
 * Pure functions: the page does the fetching (src/scripts/search-page.ts).
 */
import { pagefindValue, type Cbor } from './pagefind-format.ts';

/**
 * How many fragments a search page fetches ahead, at most: a few more than a
 * first screen draws before the rest, and fewer than HTTP/1.1's six
 * connections to the host, one of which the WebAssembly holds meanwhile.
 */
export const FRAGMENTS_AHEAD = 5;

/**
 * A guess wants four letters: the page Pagefind puts first for a whole word
 * of the French article was among the five guessed from its first three
 * letters for 100 of 114 words, from its first four for 113 of 117 (words
 * whose letters leave one chunk).
 */
export const MIN_GUESS_LETTERS = 4;

/** A page of the index, as the metadata file lists it. */
export interface IndexPage {
  /** Its fragment's name, `fr_b9fd7af`. */
  readonly hash: string;
  readonly wordCount: number;
  /** The fragment file it shares with other pages, if any: Pagefind then fetches that one. */
  readonly group: string;
}

/** What the metadata file says of the pages: their list, and the names of the metadata fields. */
export interface IndexPages {
  readonly pages: readonly IndexPage[];
  readonly metaFields: readonly string[];
}

/** A word of an index chunk: for each page holding it, its weighted locations in the text and in the metadata. */
export interface ChunkWord {
  readonly word: string;
  readonly pages: readonly { page: number; weights: readonly number[]; metaFields: readonly number[] }[];
}

const isNameish = (value: Cbor | undefined): value is string =>
  typeof value === 'string' && /^[\w-]*$/.test(value);

/**
 * The pages of a metadata file ([version, pages, chunks, filters, sorts,
 * meta fields], a page [hash, word count, group]), from its content once
 * decompressed; undefined for anything else.
 */
export const indexPages = (decompressed: Uint8Array): IndexPages | undefined =>
  indexPagesOf(pagefindValue(decompressed));

/** The same, from the metadata file's value once decoded (the page reads its chunks from it too). */
export function indexPagesOf(meta: Cbor | undefined): IndexPages | undefined {
  if (!Array.isArray(meta) || !Array.isArray(meta[1]) || !Array.isArray(meta[5])) return undefined;
  const pages: IndexPage[] = [];
  for (const page of meta[1]) {
    if (!Array.isArray(page)) return undefined;
    const [hash, wordCount, group = ''] = page;
    if (!isNameish(hash) || typeof wordCount !== 'number' || !isNameish(group)) return undefined;
    pages.push({ hash, wordCount, group });
  }
  const metaFields = meta[5].filter((field): field is string => typeof field === 'string');
  return { pages, metaFields };
}

// A location's weight before any marker, as Pagefind reads a chunk (pagefind_web, index.rs), and
// the weight its ranking counts as one occurrence (search.rs): a page's text at the default
// weight is written with a marker for 24.
const UNMARKED_WEIGHT = 25;
const ONE_OCCURRENCE = 24;

/** A list of locations: a negative number -(w + 1) sets the weight w of the locations after it. */
function weightsOf(locations: Cbor): number[] {
  if (!Array.isArray(locations)) return [];
  const weights: number[] = [];
  let weight = UNMARKED_WEIGHT;
  for (const location of locations) {
    if (typeof location !== 'number') continue;
    if (location < 0) weight = Math.min(255, -(location + 1));
    else weights.push(weight);
  }
  return weights;
}

/** A list of metadata locations: a negative number -(f + 1) names the field f of the locations after it. */
function fieldsOf(locations: Cbor): Set<number> {
  const fields = new Set<number>();
  if (!Array.isArray(locations)) return fields;
  let field = -1;
  for (const location of locations) {
    if (typeof location !== 'number') continue;
    if (location < 0) field = -(location + 1);
    else if (field >= 0) fields.add(field);
  }
  return fields;
}

/**
 * The words of an index chunk ([words], a word [text, pages, variants], a
 * page [number, locations, meta locations] numbered from the page before it,
 * a variant [form, pages]); a page listed under a word and under its
 * variants (its accented forms) counts once for the word, with all its
 * occurrences. Undefined for anything else.
 */
export function chunkWords(decompressed: Uint8Array): ChunkWord[] | undefined {
  const chunk = pagefindValue(decompressed);
  if (!Array.isArray(chunk) || !Array.isArray(chunk[0])) return undefined;
  const words: ChunkWord[] = [];
  for (const entry of chunk[0]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') return undefined;
    const [word, pages, variants] = entry;
    const lists = [
      pages,
      ...(Array.isArray(variants) ? variants.map((v) => (Array.isArray(v) ? v[1] : [])) : []),
    ];
    const found = new Map<number, { weights: number[]; metaFields: Set<number> }>();
    for (const list of lists) {
      if (!Array.isArray(list)) continue;
      let page = 0;
      for (const item of list) {
        if (!Array.isArray(item) || typeof item[0] !== 'number') return undefined;
        page += item[0];
        const held = found.get(page) ?? { weights: [], metaFields: new Set<number>() };
        for (const weight of weightsOf(item[1] ?? [])) held.weights.push(weight);
        for (const field of fieldsOf(item[2] ?? [])) held.metaFields.add(field);
        found.set(page, held);
      }
    }
    words.push({
      word,
      pages: [...found].map(([page, { weights, metaFields }]) => ({
        page,
        weights,
        metaFields: [...metaFields],
      })),
    });
  }
  return words;
}

/** Pagefind's ranking settings (https://pagefind.app/docs/ranking/); those not given take its defaults. */
export interface Ranking {
  readonly termSimilarity?: number;
  readonly pageLength?: number;
  readonly termSaturation?: number;
  readonly termFrequency?: number;
  readonly metaWeights?: Readonly<Record<string, number>>;
}
const DEFAULTS = { termSimilarity: 1, pageLength: 0.75, termSaturation: 1.4, termFrequency: 1 };
const DEFAULT_META_WEIGHTS: Readonly<Record<string, number>> = { title: 5 };

/** Close to 1 for a word as long as the one typed, less the more it differs (Pagefind's `word_length_bonus`). */
function lengthBonus(differential: number, similarity: number): number {
  const base = Math.exp((-0.5 * differential ** 2) / 4);
  return Math.exp(base * similarity) / Math.exp(similarity);
}

/**
 * The index's words a typed word matches: those that start with it
 * (Pagefind's extensions of the word) and, unless the index holds the word
 * itself, the longest word it starts with. Pagefind looks up the stem of
 * what is typed and takes that longest word only when nothing extends the
 * stem; without a stemmer, the longest word stands for the stem, and counts
 * beside the extensions: "changement" finds "chang", and "ambassadeurs",
 * which some odd word of the index extends, still finds "ambassadeur". A
 * word typed in part ("ambassadeu") finds a shorter word too ("ambassad"),
 * which its length bonus, like an extension's, weighs by how far it is from
 * what is typed.
 */
function matchingWords(words: readonly ChunkWord[], typed: string): ChunkWord[] {
  const extensions = words.filter(({ word }) => word.startsWith(typed));
  if (extensions.some(({ word }) => word === typed)) return extensions;
  const stem = words
    .filter(({ word }) => typed.startsWith(word))
    .reduce<ChunkWord | undefined>(
      (longest, w) => (w.word.length > (longest?.word.length ?? 0) ? w : longest),
      undefined,
    );
  return stem ? [...extensions, stem] : extensions;
}

/**
 * The pages Pagefind will likely rank first for a word searched alone, best
 * first, at most `count`, as fragment files to fetch (a page's group's file
 * when it shares one).
 */
export function likelyFirstFragments(
  words: readonly ChunkWord[],
  index: IndexPages,
  typed: string,
  count: number,
  ranking: Ranking = {},
): string[] {
  const { termSimilarity, pageLength, termSaturation, termFrequency } = { ...DEFAULTS, ...ranking };
  // A Map: a field's name is the index's, and must not reach an object's prototype ("constructor").
  const metaWeights = new Map(Object.entries({ ...DEFAULT_META_WEIGHTS, ...ranking.metaWeights }));
  const total = index.pages.length;
  if (total === 0 || !typed) return [];
  const averageLength = index.pages.reduce((sum, p) => sum + p.wordCount, 0) / total;
  const scores = new Map<number, number>();
  for (const { word, pages } of matchingWords(words, typed)) {
    const bonus = lengthBonus(Math.abs(word.length - typed.length) + 1, termSimilarity);
    // Per word, as Pagefind counts the pages holding it (chunkWords lists each page once).
    const idf = Math.log((total - pages.length + 0.5) / (pages.length + 0.5) + 1);
    for (const { page, weights, metaFields } of pages) {
      const length = index.pages[page]?.wordCount ?? averageLength;
      const frequency = (weights.reduce((a, b) => a + b, 0) / ONE_OCCURRENCE) * bonus;
      const k1 = termSaturation;
      const bm25 =
        ((k1 + 1) * frequency) /
        (k1 * (1 - pageLength + pageLength * (length / averageLength)) + frequency || 1);
      const raw = Math.min(frequency / (averageLength / 5), k1 + 1);
      const body = idf * ((1 - termFrequency) * raw + termFrequency * bm25);
      // An approximation: Pagefind adds a boost per metadata field matched, scaled by the field's
      // weight; how it sizes the boost is not copied here.
      const meta = metaFields.reduce(
        (sum, field) => sum + (metaWeights.get(index.metaFields[field] ?? '') ?? 1) * bonus * idf,
        0,
      );
      scores.set(page, (scores.get(page) ?? 0) + body + meta);
    }
  }
  const files: string[] = [];
  for (const [page] of [...scores].sort((a, b) => b[1] - a[1])) {
    if (files.length >= count) break;
    const entry = index.pages[page];
    const file = entry && (entry.group || entry.hash);
    if (file && !files.includes(file)) files.push(file);
  }
  return files;
}
