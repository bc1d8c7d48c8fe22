/**
 * The page a search will likely show first, known from the first letters
 * Pagefind searches, before the word's index chunk is in. On a phone's first
 * visit a first result waits for two round trips after the letters that name
 * the word's chunk: the chunk, then the fragment of the page it ranks first
 * (./fragments-ahead.ts guesses that page from the chunk). The build reads
 * every chunk once and writes, for each run of three letters that starts a
 * word of the index, the page its ranking puts first; the search page fetches
 * that page's fragment at the third key, beside the chunk, by the address
 * Pagefind will ask for it at.
 *
 * A guess like the others: a wrong one costs a fragment of a few hundred
 * bytes. tests/e2e/search.spec.ts measures how often Pagefind's first result
 * is the page named here.
 */
import { onlyChunkFor, type ChunkRange } from './chunks-ahead.ts';
import { likelyFirstFragments, type ChunkWord, type IndexPages, type Ranking } from './fragments-ahead.ts';

/** Pagefind searches as the reader types from this many letters on (the search page's rule). */
export const FIRST_SEARCH_LETTERS = 3;

/** For each three-letter start of a word of the index, the number of the page ranked first, in the metadata file's order. */
export type FirstPages = Readonly<Record<string, number>>;

/** The letters a word's entry is under: its first three, or none for a shorter word. */
export function firstLetters(word: string): string | undefined {
  const letters = [...word];
  return letters.length >= FIRST_SEARCH_LETTERS ? letters.slice(0, FIRST_SEARCH_LETTERS).join('') : undefined;
}

/**
 * The table, from the index's chunks (by file name, as read) and its
 * metadata. Letters that start words in two chunks are left out: the page
 * guesses those once the chunk is known, as before.
 */
export function firstPagesOf(
  chunks: ReadonlyMap<string, readonly ChunkWord[]>,
  ranges: readonly ChunkRange[],
  index: IndexPages,
  ranking: Ranking,
): FirstPages {
  const starts = new Set<string>();
  for (const words of chunks.values())
    for (const { word } of words) {
      const letters = firstLetters(word);
      if (letters) starts.add(letters);
    }
  // Each fragment file by the first page it holds: pages that share a file are fetched by it alike.
  const files = new Map<string, number>();
  index.pages.forEach((page, i) => {
    if (!files.has(page.group || page.hash)) files.set(page.group || page.hash, i);
  });
  const table: Record<string, number> = {};
  for (const letters of [...starts].sort()) {
    // Only the words the letters start: Pagefind takes a shorter word of the index ("a" for "abr")
    // only when nothing extends what is typed, and here something always does.
    const words = chunks
      .get(onlyChunkFor(letters, ranges)?.hash ?? '')
      ?.filter(({ word }) => word.startsWith(letters));
    if (!words) continue;
    const [file] = likelyFirstFragments(words, index, letters, 1, ranking);
    const page = file === undefined ? undefined : files.get(file);
    if (page !== undefined) table[letters] = page;
  }
  return table;
}

/** The table as the search page reads it; an empty table for anything else. */
export function parseFirstPages(json: string | null | undefined): FirstPages {
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    // A Map-like object without a prototype: a key such as "constructor" is only a key.
    const table: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const [key, page] of Object.entries(value))
      if (Number.isInteger(page) && (page as number) >= 0) table[key] = page as number;
    return table;
  } catch {
    return {};
  }
}

/** The fragment file to fetch for a word being typed, from the table and the metadata's pages. */
export function firstFragmentFor(table: FirstPages, index: IndexPages, word: string): string | undefined {
  const letters = firstLetters(word);
  if (!letters || !Object.hasOwn(table, letters)) return undefined;
  const page = index.pages[table[letters] ?? -1];
  return page ? page.group || page.hash : undefined;
}
