/**
 * Reads the word-index chunks Pagefind wrote (`pagefind/index/*.pf_index`,
 * whose format src/lib/search/pagefind-files.ts describes). Enough to check the
 * chunking rule of Pagefind 1.6 (index/mod.rs, `chunk_index`): words in
 * order, each adding the length of its pages' locations and meta locations
 * plus one per page, and a chunk closed as soon as its total reaches the
 * chunk size.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCbor, pagefindFileBody, type Cbor } from '../../src/lib/search/pagefind-files.ts';

export interface IndexChunk {
  readonly file: string;
  /** Size on disk (gzip, as served). */
  readonly bytes: number;
  readonly firstWord: string;
  readonly lastWord: string;
  /** Pagefind's measure of the chunk: locations and meta locations, plus one per page. */
  readonly positions: number;
  /** What the last word added: without it, the chunk was still under the chunk size. */
  readonly lastWordPositions: number;
}

const pagePositions = (pages: Cbor[]): number =>
  pages.reduce<number>((sum, page) => {
    const [, locs, metaLocs] = page as [number, Cbor[], Cbor[]];
    return sum + (locs?.length ?? 0) + (metaLocs?.length ?? 0) + 1;
  }, 0);
const wordPositions = (word: Cbor[]): number =>
  pagePositions((word[1] as Cbor[]) ?? []) +
  ((word[2] as Cbor[][]) ?? []).reduce<number>(
    (sum, variant) => sum + pagePositions((variant[1] as Cbor[]) ?? []),
    0,
  );

/** Every index chunk of a built site, in word order. */
export function readIndexChunks(dist: string): IndexChunk[] {
  const dir = join(dist, 'pagefind', 'index');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_index'))
    .map((name) => {
      const [words] = decodeCbor(pagefindFileBody(join(dir, name))) as [Cbor[][]];
      const counts = words.map(wordPositions);
      return {
        file: name,
        bytes: statSync(join(dir, name)).size,
        firstWord: String(words[0]?.[0] ?? ''),
        lastWord: String(words[words.length - 1]?.[0] ?? ''),
        positions: counts.reduce((a, b) => a + b, 0),
        lastWordPositions: counts[counts.length - 1] ?? 0,
      };
    })
    .sort((a, b) => (a.firstWord < b.firstWord ? -1 : 1));
}
