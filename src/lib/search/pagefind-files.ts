/**
 * Reads what Pagefind 1.6 wrote (the version is pinned): every file under
 * `pagefind/` but the entry file is gzip, then the signature `pagefind_dcd`,
 * then CBOR (minicbor arrays) or, for fragments, JSON.
 *
 *   pagefind.<lang>_<hash>.pf_meta  [version, pages, index chunks, filters, sorts, meta fields],
 *                                   a page [fragment hash, word count, fragment group]
 *   index/*.pf_index                [words], a word [text, pages, variants], a page
 *                                   [number, locations, meta locations], a variant [form, pages];
 *                                   in each list of pages, a page's number is written as the
 *                                   difference from the page before it
 *   fragment/*.pf_fragment          JSON: url, content, meta, filters
 *
 * A page's number is its place in the metadata file's list of pages.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';

export type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null;

/** A minimal CBOR reader: definite lengths only, as minicbor writes them. */
export function decodeCbor(bytes: Uint8Array): Cbor {
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

const SIGNATURE = 'pagefind_dcd';

/** A file's content after its gzip and its signature. */
export function pagefindFileBody(path: string): Buffer {
  const body = gunzipSync(readFileSync(path));
  if (body.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
    throw new Error(`${path}: no Pagefind signature`);
  return body.subarray(SIGNATURE.length);
}

/** The metadata file of a written index (`bundle` is the `pagefind/` folder). */
/** A language's metadata file ("pagefind.fr_<hash>.pf_meta"): each language has an index of its own. */
function metadataFile(bundle: string, lang: string): string {
  const name = metadataFiles(bundle).find((file) => file.startsWith(`pagefind.${lang}_`));
  if (!name) throw new Error(`no Pagefind metadata file for "${lang}" in ${bundle}`);
  return join(bundle, name);
}

const metadataFiles = (bundle: string) => readdirSync(bundle).filter((file) => file.endsWith('.pf_meta'));

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
  for (const name of metadataFiles(bundle)) {
    const path = join(bundle, name);
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
