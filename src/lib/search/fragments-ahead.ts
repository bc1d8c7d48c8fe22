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
 * picked, so they never queue ahead of what Pagefind asks for (fetching every
 * page that holds the word did: docs/benchmarks.md). The ranking is Pagefind
 * 1.x's BM25 (pagefind_web, `search_term`) with its default settings, the
 * matches in metadata added with their `metaWeights`, and without stemming:
 * a word typed in full also matches the index's words it starts with, as its
 * stem would. tests/e2e/search.spec.ts measures how often Pagefind's first
 * result is among the pages picked.
 *
 * Pure functions: the page does the fetching (src/scripts/search-page.ts).
 */
import { afterSignature, decodeCbor, type Cbor } from './pagefind-format.ts';

/**
 * How many fragments a search page fetches ahead, at most: a few more than a
 * first screen draws before the rest, and few enough, over HTTP/1.1's six
 * connections, never to hold up the requests Pagefind makes once it runs.
 */
export const FRAGMENTS_AHEAD = 5;

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
export function indexPages(decompressed: Uint8Array): IndexPages | undefined {
  const body = afterSignature(decompressed);
  if (!body) return undefined;
  try {
    const meta = decodeCbor(body);
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
  } catch {
    return undefined;
  }
}

// A word's weight before any marker, and the weight Pagefind counts as one occurrence.
const BASE_WEIGHT = 24;

/** A list of locations: a negative number -(w + 1) sets the weight w of the locations after it. */
function weightsOf(locations: Cbor): number[] {
  if (!Array.isArray(locations)) return [];
  const weights: number[] = [];
  let weight = BASE_WEIGHT;
  for (const location of locations) {
    if (typeof location !== 'number') continue;
    if (location < 0) weight = Math.min(255, -(location + 1));
    else weights.push(weight);
  }
  return weights;
}

/** A list of metadata locations: a negative number -(f + 1) names the field f of the locations after it. */
function fieldsOf(locations: Cbor): number[] {
  if (!Array.isArray(locations)) return [];
  const fields = new Set<number>();
  let field = -1;
  for (const location of locations) {
    if (typeof location !== 'number') continue;
    if (location < 0) field = -(location + 1);
    else if (field >= 0) fields.add(field);
  }
  return [...fields];
}

/**
 * The words of an index chunk ([words], a word [text, pages, variants], a
 * page [number, locations, meta locations] numbered from the page before it,
 * a variant [form, pages]), a word's variants (its accented forms) counted
 * as the word; undefined for anything else.
 */
export function chunkWords(decompressed: Uint8Array): ChunkWord[] | undefined {
  const body = afterSignature(decompressed);
  if (!body) return undefined;
  try {
    const chunk = decodeCbor(body);
    if (!Array.isArray(chunk) || !Array.isArray(chunk[0])) return undefined;
    const words: ChunkWord[] = [];
    for (const entry of chunk[0]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') return undefined;
      const [word, pages, variants] = entry;
      const lists = [
        pages,
        ...(Array.isArray(variants) ? variants.map((v) => (Array.isArray(v) ? v[1] : [])) : []),
      ];
      const found: ChunkWord['pages'][number][] = [];
      for (const list of lists) {
        if (!Array.isArray(list)) continue;
        let page = 0;
        for (const item of list) {
          if (!Array.isArray(item) || typeof item[0] !== 'number') return undefined;
          page += item[0];
          found.push({ page, weights: weightsOf(item[1] ?? []), metaFields: fieldsOf(item[2] ?? []) });
        }
      }
      words.push({ word, pages: found });
    }
    return words;
  } catch {
    return undefined;
  }
}

/** Pagefind's ranking settings with its defaults (https://pagefind.app/docs/ranking/). */
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
 * itself, the longest that it starts with. The index holds stems, so that
 * one stands for the stem Pagefind would look up for a word typed in full
 * ("changement" finds "chang").
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
  const metaWeights = { ...DEFAULT_META_WEIGHTS, ...ranking.metaWeights };
  const total = index.pages.length;
  if (total === 0 || !typed) return [];
  const averageLength = index.pages.reduce((sum, p) => sum + p.wordCount, 0) / total;
  const scores = new Map<number, number>();
  for (const { word, pages } of matchingWords(words, typed)) {
    const bonus = lengthBonus(Math.abs(word.length - typed.length) + 1, termSimilarity);
    const holding = new Set(pages.map((p) => p.page)).size;
    const idf = Math.log((total - holding + 0.5) / (holding + 0.5) + 1);
    for (const { page, weights, metaFields } of pages) {
      const length = index.pages[page]?.wordCount ?? averageLength;
      const frequency = (weights.reduce((a, b) => a + b, 0) / BASE_WEIGHT) * bonus;
      const k1 = termSaturation;
      const bm25 =
        ((k1 + 1) * frequency) /
        (k1 * (1 - pageLength + pageLength * (length / averageLength)) + frequency || 1);
      const raw = Math.min(frequency / (averageLength / 5), k1 + 1);
      const body = idf * ((1 - termFrequency) * raw + termFrequency * bm25);
      const meta = metaFields.reduce(
        (sum, field) => sum + (metaWeights[index.metaFields[field] ?? ''] ?? 1) * bonus * idf,
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
