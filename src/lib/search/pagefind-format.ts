/**
 * Pagefind's internal format, as this site reads it: in the build
 * (./pagefind-files.ts, behind the version guard) and in the search page,
 * which reads the lists of index chunks and pages from the metadata file it
 * loads anyway (./chunks-ahead.ts) and the typed word's chunk
 * (./fragments-ahead.ts). Nothing here touches the file system, so the
 * page can bundle it. The format is undocumented: the build stops if the
 * installed Pagefind is not `PAGEFIND_VERSION`, so a page built by this
 * site always meets the format described here.
 *
 * What Pagefind 1.6 writes: `pagefind-entry.json` (JSON: version, and per
 * language its index hash and wasm), then files that are gzip, then the
 * signature `pagefind_dcd`, then CBOR (minicbor arrays) or, for fragments, JSON.
 *
 *   pagefind.<lang>_<hash>.pf_meta  [version, pages, index chunks, filters, sorts, meta fields],
 *                                   a page [fragment hash, word count, fragment group]
 *   index/<lang>_*.pf_index         [words], a word [text, pages, variants], a page
 *                                   [number, locations, meta locations], a variant [form, pages];
 *                                   in each list of pages, a page's number is written as the
 *                                   difference from the page before it
 *   filter/<lang>_*.pf_filter       a filter's values and their pages
 *   fragment/*.pf_fragment          JSON: url, content, meta, filters
 *   wasm.<lang>.pagefind            the language's WebAssembly
 *
 * A page's number is its place in the metadata file's list of pages.
 */
/** The Pagefind release whose format this module reads; package.json pins the same. */
export const PAGEFIND_VERSION = '1.6.0';

export type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null;

// One decoder for every string of a file: in Chromium a string decoded by a decoder made for it
// took five times as long (a chunk holds hundreds of words, read while the reader types).
const utf8 = new TextDecoder();

/** A minimal CBOR reader: definite lengths only, as minicbor writes them. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info > 27) throw new Error(`CBOR length code ${info} is reserved`);
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
        return major === 2 ? slice : utf8.decode(slice);
      }
      case 4:
        return Array.from({ length: n }, item);
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      case 6:
        throw new Error('CBOR tags are not expected in a Pagefind index');
      default:
        return info === 20 ? false : info === 21 ? true : null;
    }
  };
  return item();
}

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** A decompressed file's content after Pagefind's signature; undefined if it does not start with it. */
export function afterSignature(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.length < SIGNATURE.length || SIGNATURE.some((byte, i) => bytes[i] !== byte)) return undefined;
  return bytes.subarray(SIGNATURE.length);
}

/** A decompressed file's value, decoded; undefined if it is not Pagefind's or does not decode. */
export function pagefindValue(decompressed: Uint8Array): Cbor | undefined {
  const body = afterSignature(decompressed);
  if (!body) return undefined;
  try {
    return decodeCbor(body);
  } catch {
    return undefined;
  }
}
