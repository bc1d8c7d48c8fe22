/**
 * Everything the build reads of Pagefind's written index, behind one version
 * guard: the format is undocumented and may change with any release, so
 * every reader here first checks that the index was written by the version
 * this site reads (`PAGEFIND_VERSION`, the version package.json pins) and
 * stops with what to do if not. The format itself is described, and decoded,
 * in ./pagefind-format.ts, which the search page shares.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { PAGEFIND_VERSION, afterSignature, decodeCbor, pagefindValue, type Cbor } from './pagefind-format.ts';
import { chunkRanges, chunkRangesOf, type ChunkRange } from './chunks-ahead.ts';
import { chunkWords, indexPagesOf, type ChunkWord, type Ranking } from './fragments-ahead.ts';
import { firstPagesOf, type FirstPages } from './first-pages.ts';

/** A file's content after its gzip and its signature. */
export function pagefindFileBody(path: string): Buffer {
  const body = afterSignature(gunzipSync(readFileSync(path)));
  if (!body) throw new Error(`${path}: no Pagefind signature`);
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

interface Entry {
  readonly version: string;
  readonly languages: Readonly<Record<string, { hash: string; wasm?: string }>>;
}

/**
 * The entry file of a written index (`bundle` is the `pagefind/` folder),
 * once its version is checked: the guard every reader of this module passes.
 */
export function readEntry(bundle: string): Entry {
  const path = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(path, 'utf8')) as Partial<Entry>;
  if (entry.version !== PAGEFIND_VERSION || !entry.languages)
    throw new Error(
      `${path}: written by Pagefind ${entry.version ?? '(no version)'}, but the site reads the format of Pagefind ${PAGEFIND_VERSION}. ` +
        `Pin "pagefind": "${PAGEFIND_VERSION}" in package.json, or check the new format against src/lib/search/pagefind-format.ts and pagefind-files.ts, ` +
        `and the search page's copy of Pagefind's query handling against src/lib/search/chunks-ahead.ts, then update PAGEFIND_VERSION.`,
    );
  return entry as Entry;
}

/** The files of one language's index that a search needs before any query, as names. */
export interface LanguageFiles {
  /** `pagefind.fr_<hash>.pf_meta` */
  readonly metaFile: string;
  /** `wasm.fr.pagefind` */
  readonly wasmFile: string;
  /** The language's files under `filter/`, sorted. */
  readonly filterFiles: readonly string[];
}

export function languageFiles(bundle: string, lang: string): LanguageFiles {
  const language = readEntry(bundle).languages[lang];
  if (!language?.wasm) throw new Error(`Pagefind wrote no "${lang}" index with its WebAssembly in ${bundle}`);
  return {
    metaFile: `pagefind.${language.hash}.pf_meta`,
    wasmFile: `wasm.${language.wasm}.pagefind`,
    filterFiles: readdirSync(join(bundle, 'filter'))
      .filter((file) => file.startsWith(`${lang}_`) && file.endsWith('.pf_filter'))
      .sort(),
  };
}

/** A language's metadata file: each language has an index of its own. */
function metadataFile(bundle: string, lang: string): string {
  const language = readEntry(bundle).languages[lang];
  if (!language) throw new Error(`Pagefind wrote no "${lang}" index in ${bundle}`);
  return join(bundle, `pagefind.${language.hash}.pf_meta`);
}

/**
 * Pagefind gzips its metadata file with zlib's default settings. The file is
 * mostly its list of pages, a short hash and a word count each, which zlib's
 * filtered strategy at level 9 packs about a tenth smaller: the metadata file
 * is loaded before any search, and its size grows with the number of pages.
 * What it holds is unchanged, and so are its name and the hash in it. Returns
 * its size before and after.
 */
export function recompressMetadata(bundle: string): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const lang of Object.keys(readEntry(bundle).languages)) {
    const path = metadataFile(bundle, lang);
    const written = readFileSync(path);
    const packed = gzipSync(gunzipSync(written), { level: 9, strategy: constants.Z_FILTERED });
    before += written.length;
    if (packed.length >= written.length) {
      after += written.length;
      continue;
    }
    writeFileSync(path, packed);
    after += packed.length;
  }
  return { before, after };
}

/** A language's list of index chunks, as the search page reads it from the metadata file (./chunks-ahead.ts). */
export function metadataChunkRanges(bundle: string, lang: string): ChunkRange[] {
  const path = metadataFile(bundle, lang);
  const ranges = chunkRanges(gunzipSync(readFileSync(path)));
  if (!ranges)
    throw new Error(`${path}: no list of index chunks where Pagefind ${PAGEFIND_VERSION} writes it`);
  return ranges;
}

/** A language's table of the pages ranked first by three first letters (./first-pages.ts), read from its written index. */
export function indexFirstPages(bundle: string, lang: string, ranking: Ranking): FirstPages {
  const path = metadataFile(bundle, lang);
  // Read once for both its lists: the pages, and the chunks and the words they start with.
  const meta = readingFile(path, () => pagefindValue(gunzipSync(readFileSync(path))));
  const index = indexPagesOf(meta);
  const ranges = chunkRangesOf(meta);
  if (!index || !ranges)
    throw new Error(
      `${path}: no lists of pages and index chunks where Pagefind ${PAGEFIND_VERSION} writes them`,
    );
  const chunks = new Map<string, ChunkWord[]>();
  for (const { hash } of ranges) {
    const file = join(bundle, 'index', `${hash}.pf_index`);
    const words = readingFile(file, () => chunkWords(gunzipSync(readFileSync(file))));
    if (!words) throw new Error(`${file}: not an index chunk as Pagefind ${PAGEFIND_VERSION} writes it`);
    chunks.set(hash, words);
  }
  const table = firstPagesOf(chunks, ranges, index, ranking);
  if (ranges.length > 0 && Object.keys(table).length === 0)
    throw new Error(`${path}: the index has words, but no three letters of them name a page`);
  return table;
}

/** What `read` gives of a file, or an error that names the file (a missing or damaged index). */
function readingFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The URL of every page of the index (`bundle` is the `pagefind/` folder), by page number. */
export function indexedUrls(bundle: string, lang: string): string[] {
  const [, pages] = decodeCbor(pagefindFileBody(metadataFile(bundle, lang))) as [
    string,
    [string, number, string][],
  ];
  const groups = new Map<string, Record<string, { url: string }>>();
  return pages.map(([hash, , group]) => {
    if (!group) {
      const fragment = JSON.parse(
        pagefindFileBody(join(bundle, 'fragment', `${hash}.pf_fragment`)).toString(),
      );
      return (fragment as { url: string }).url;
    }
    if (!groups.has(group))
      groups.set(
        group,
        JSON.parse(pagefindFileBody(join(bundle, 'fragment', `${group}.pf_fragment`)).toString()),
      );
    const url = groups.get(group)?.[hash]?.url;
    if (url === undefined) throw new Error(`page ${hash} is missing from fragment group ${group}`);
    return url;
  });
}

type Page = [number, Cbor[], Cbor[]];
type Word = [string, Page[], [string, Page[]][]];

/** The words of the index that each of `pages` holds (whatever their accents), by page number. */
export function wordsOfPages(
  bundle: string,
  pages: ReadonlySet<number>,
  lang: string,
): Map<number, Set<string>> {
  readEntry(bundle);
  const words = new Map<number, Set<string>>([...pages].map((page) => [page, new Set<string>()]));
  const dir = join(bundle, 'index');
  for (const file of readdirSync(dir).filter(
    (name) => name.startsWith(`${lang}_`) && name.endsWith('.pf_index'),
  )) {
    const [chunk] = decodeCbor(pagefindFileBody(join(dir, file))) as [Word[]];
    for (const [word, wordPages, variants] of chunk) {
      for (const list of [wordPages, ...variants.map(([, variantPages]) => variantPages)]) {
        let page = 0;
        for (const [difference] of list) {
          page += difference;
          words.get(page)?.add(word);
        }
      }
    }
  }
  return words;
}

/** Two records of the index, by URL, the first of which should hold no word the second lacks. */
export interface WordsWithin {
  readonly name: string;
  readonly record: string;
  readonly within: string;
}

/** The pairs whose first record holds words the second does not, with those words; throws if a URL is not indexed. */
export function wordsNotWithin(
  bundle: string,
  pairs: readonly WordsWithin[],
  lang: string,
): { name: string; words: string[] }[] {
  const numbers = new Map(indexedUrls(bundle, lang).map((url, page) => [url, page]));
  const pageOf = (url: string): number => {
    const page = numbers.get(url);
    if (page === undefined) throw new Error(`${url} is not in the search index`);
    return page;
  };
  const numbered = pairs.map((pair) => ({
    ...pair,
    recordPage: pageOf(pair.record),
    withinPage: pageOf(pair.within),
  }));
  const words = wordsOfPages(bundle, new Set(numbered.flatMap((p) => [p.recordPage, p.withinPage])), lang);
  return numbered.flatMap(({ name, recordPage, withinPage }) => {
    const within = words.get(withinPage);
    const missing = [...(words.get(recordPage) ?? [])].filter((word) => !within?.has(word));
    return missing.length > 0 ? [{ name, words: missing.sort() }] : [];
  });
}

/** One word-index chunk, as the chunking rule of Pagefind 1.6 counts it (index/mod.rs, `chunk_index`). */
export interface IndexChunk {
  readonly file: string;
  /** Size on disk, gzip as Pagefind writes it (a browser that takes brotli gets the smaller copy). */
  readonly bytes: number;
  readonly firstWord: string;
  readonly lastWord: string;
  /** Pagefind's measure of the chunk: locations and meta locations, plus one per page. */
  readonly positions: number;
  /** What the last word added: without it, the chunk was still under the chunk size. */
  readonly lastWordPositions: number;
}

const pagePositions = (pages: readonly Page[]): number =>
  pages.reduce((sum, [, locations, metaLocations]) => sum + locations.length + metaLocations.length + 1, 0);
const wordPositions = ([, pages, variants]: Word): number =>
  pagePositions(pages) + variants.reduce((sum, [, variantPages]) => sum + pagePositions(variantPages), 0);

/**
 * Every word-index chunk of a written index, every language's, in word
 * order: words in order, each adding the length of its pages' locations and
 * meta locations plus one per page, a chunk closed as soon as its total
 * reaches the chunk size.
 */
export function readIndexChunks(bundle: string): IndexChunk[] {
  readEntry(bundle);
  const dir = join(bundle, 'index');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_index'))
    .map((name) => {
      const [words] = decodeCbor(pagefindFileBody(join(dir, name))) as [Word[]];
      const counts = words.map(wordPositions);
      return {
        file: name,
        bytes: statSync(join(dir, name)).size,
        firstWord: words[0]?.[0] ?? '',
        lastWord: words[words.length - 1]?.[0] ?? '',
        positions: counts.reduce((a, b) => a + b, 0),
        lastWordPositions: counts[counts.length - 1] ?? 0,
      };
    })
    .sort((a, b) => (a.firstWord < b.firstWord ? -1 : 1));
}
