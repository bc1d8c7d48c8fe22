/**
 * Reads the word-index chunks Pagefind wrote (`pagefind/index/*.pf_index`):
 * gzip, a 12-byte signature, then CBOR (minicbor arrays: a chunk is
 * [words], a word [text, pages, variants], a page [number, locs, meta_locs]).
 * Enough to check the chunking rule of Pagefind 1.6 (index/mod.rs,
 * `chunk_index`): words in order, each adding the length of its pages'
 * locations and meta locations plus one per page, and a chunk closed as soon
 * as its total reaches the chunk size.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null;

/** A minimal CBOR reader: definite lengths only, as minicbor writes them. */
function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    const value =
      size === 0
        ? view.getUint8(at)
        : size === 1
          ? view.getUint16(at)
          : size === 2
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += [1, 2, 4, 8][size] ?? 0;
    return value;
  };
  const item = (): Cbor => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (info === 31) throw new Error('indefinite CBOR lengths are not expected in a Pagefind index');
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        const slice = bytes.subarray(at, at + n);
        at += n;
        return major === 2 ? slice : new TextDecoder().decode(slice);
      }
      case 4:
        return Array.from({ length: n }, item);
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      default:
        return info === 20 ? false : info === 21 ? true : null;
    }
  };
  return item();
}

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
      const raw = readFileSync(join(dir, name));
      const body = gunzipSync(raw);
      if (body.subarray(0, 12).toString() !== 'pagefind_dcd')
        throw new Error(`${name}: no Pagefind signature`);
      const [words] = decodeCbor(body.subarray(12)) as [Cbor[][]];
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
