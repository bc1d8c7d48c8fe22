/**
 * Which index chunk a word being typed will need, known before Pagefind can
 * say. On a phone's first visit the search waits for Pagefind's WebAssembly,
 * its largest file; only then does Pagefind work out which chunk of the word
 * index a query needs and ask for it, one round trip more. The list of chunks,
 * each with a prefix of the first and last word it holds, is in the metadata
 * file, which arrives long before the WebAssembly: read here, it names the
 * chunk as soon as the reader's first letters leave only one possible, and
 * the search page fetches it while the WebAssembly is still on its way.
 *
 * Pure functions: the page does the fetching (src/scripts/search-page.ts).
 * The choice must be Pagefind's own, or the chunk is fetched for nothing:
 * tests/e2e/search.spec.ts checks it against the chunks Pagefind asks for. It
 * is for a word searched alone: with several words Pagefind may leave out a
 * chunk that only holds extensions of a word's bound, and the page then uses
 * the chunk when it searches each word alone (the results for part of the
 * words). `pagefindWords` and the bounds follow Pagefind 1.6 (pagefind.js,
 * `search`, and pagefind_web, `request_indexes`): the build stops on any other
 * version (./pagefind-files.ts).
 */
import { PAGEFIND_VERSION, afterSignature, pagefindValue, type Cbor } from './pagefind-format.ts';

/** One chunk of a language's word index, as the metadata file lists it. */
export interface ChunkRange {
  /** A prefix of the chunk's first word (as short as tells it from the chunk before). */
  readonly from: string;
  /** A prefix of its last word (as short as tells it from the chunk after), or the whole word (see mayHold). */
  readonly to: string;
  /** The chunk's file under `index/`, without `.pf_index`: `fr_42966ed`. */
  readonly hash: string;
}

/**
 * The chunks a metadata file lists ([version, pages, chunks, …], each chunk
 * [from, to, hash]), from its bytes once decompressed. Undefined for anything
 * else: the page then simply waits for Pagefind, as it would without this.
 */
export const chunkRanges = (decompressed: Uint8Array): ChunkRange[] | undefined =>
  chunkRangesOf(pagefindValue(decompressed));

/** The same, from the metadata file's value once decoded (the page reads its pages from it too). */
export function chunkRangesOf(meta: Cbor | undefined): ChunkRange[] | undefined {
  // Written by the version whose format this reads, or not read at all.
  if (!Array.isArray(meta) || meta[0] !== PAGEFIND_VERSION) return undefined;
  const chunks = meta[2];
  if (!Array.isArray(chunks)) return undefined;
  const ranges: ChunkRange[] = [];
  for (const chunk of chunks) {
    if (!Array.isArray(chunk)) return undefined;
    const [from, to, hash] = chunk;
    if (typeof from !== 'string' || typeof to !== 'string' || typeof hash !== 'string') return undefined;
    if (!/^[\w-]+$/.test(hash)) return undefined;
    ranges.push({ from, to, hash });
  }
  return ranges;
}

// Pagefind drops a character that its test finds to be punctuation; the test is copied as
// Pagefind 1.6 writes it (pagefind.js, `search`), alternation and anchors included.
const PAGEFIND_PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** Pagefind 1.6's `normalizeDiacritics`: marks removed, except the Japanese voicing marks. */
function normalizeDiacritics(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/**
 * The words Pagefind 1.6 looks up for a query, in a language written with
 * spaces (the site's French and English): each character lower-cased unless
 * it is punctuation, which goes, then the diacritics removed word by word.
 */
export function pagefindWords(query: string): string[] {
  let kept = '';
  for (const character of query)
    if (!PAGEFIND_PUNCTUATION.test(character)) kept += character.toLocaleLowerCase();
  return kept
    .replace(/\s{2,}/g, ' ')
    .trim()
    .split(' ')
    .map(normalizeDiacritics)
    .filter((word) => word.length > 0);
}

/**
 * Compares as Pagefind's Rust does, by UTF-8 bytes, which is by code points
 * (JavaScript's own comparison goes by UTF-16 units, which differs past
 * U+FFFF). Walks both strings in place: it runs for every chunk at each key.
 */
function compare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(j) ?? 0;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return (i < a.length ? 1 : 0) - (j < b.length ? 1 : 0);
}

/**
 * Whether the chunk may hold a word that starts with `prefix`. Pagefind cuts
 * each bound to the shortest prefix that tells neighbouring chunks apart
 * (pagefind/src/index/mod.rs, `get_prefixes`): a chunk's words are at least
 * `from`, and at most `to` or an extension of it, unless `to` is the whole
 * last word, which it is when the next chunk's `from` starts with it (their
 * common part is then all of it) or when no chunk follows.
 */
function mayHold(chunk: ChunkRange, next: ChunkRange | undefined, prefix: string): boolean {
  const afterStart = compare(prefix, chunk.from) >= 0 || chunk.from.startsWith(prefix);
  const wholeLastWord = !next || next.from.startsWith(chunk.to);
  const beforeEnd = compare(prefix, chunk.to) <= 0 || (!wholeLastWord && prefix.startsWith(chunk.to));
  return afterStart && beforeEnd;
}

/**
 * The chunk every word starting with `prefix` is in, when only one chunk may
 * hold such words; undefined while the letters typed still leave several.
 * `chunks` in the metadata file's order, which is the words' order.
 */
export function onlyChunkFor(prefix: string, chunks: readonly ChunkRange[]): ChunkRange | undefined {
  if (!prefix) return undefined;
  const possible = chunks.filter((chunk, i) => mayHold(chunk, chunks[i + 1], prefix));
  return possible.length === 1 ? possible[0] : undefined;
}

/**
 * A Pagefind file's bytes as decompressed content. Pagefind writes its files
 * gzipped and gunzips them itself; a host that sends the build's brotli copy
 * of their content (docs/hosting.md), or the file with `Content-Encoding:
 * gzip`, hands them over decompressed already.
 */
export async function decompressed(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (afterSignature(bytes)) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
