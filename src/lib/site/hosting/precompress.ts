/**
 * Gzip and brotli copies of a built site's text files, written once at build
 * time so a server sends them as they are (nginx's gzip_static and
 * brotli_static) instead of compressing each response; and a brotli copy of
 * the content of Pagefind's files (below). A copy is kept only where it is
 * smaller than its original.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync, gzip } from 'node:zlib';
import { afterSignature } from '../../search/pagefind-format.ts';
import { HOST_FILES, isPagefindStream, mediaTypeOf } from './file-kinds.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Brotli's quality 10 rather than the maximum 11: on this site's text files
 * 11 saves 2 % more bytes (767 KB against 785 KB) for 25 to 130 % more build
 * time (9.5 s against 4.1 to 7.5 s, measured on a busy two-core machine).
 */
const BROTLI_QUALITY = 10;

const brotli = (bytes: Buffer, mode: number) =>
  brotliAsync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_MODE]: mode,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });

/** How each copy of a text file is made, by suffix: the bench's server compresses the same way (tests/bench/serve.ts). */
export const COMPRESSORS = {
  '.gz': (bytes: Buffer) => gzipAsync(bytes, { level: 9 }),
  '.br': (bytes: Buffer) => brotli(bytes, constants.BROTLI_MODE_TEXT),
} as const;

/** Whether a built file (path relative to dist/) gets compressed copies: text the site serves. */
export function isCompressible(file: string): boolean {
  return mediaTypeOf(file)?.text === true && !(HOST_FILES as readonly string[]).includes(file);
}

export interface CompressedFile {
  readonly file: string;
  readonly bytes: number;
  /** The size of each copy written, by suffix; a copy no smaller than its original is not written. */
  readonly copies: Partial<Record<keyof typeof COMPRESSORS, number>>;
}

/**
 * Pagefind's index, metadata and WebAssembly files are gzip streams that its
 * script opens itself, unless what it is handed starts with Pagefind's
 * signature, as it does once a browser has decoded a response sent with
 * `Content-Encoding` (pagefind.js, `decompress`). So their brotli copy is made
 * from their content: a browser that takes brotli gets it smaller (the French
 * WebAssembly 58.4 → 51.1 KB, the largest file of a first search) and hands
 * Pagefind the content; any other gets Pagefind's own file. No gzip copy: the
 * file is one already.
 */
async function pagefindCopy(dist: string, file: string): Promise<CompressedFile> {
  const original = readFileSync(join(dist, file));
  const none: CompressedFile = { file, bytes: original.length, copies: {} };
  let content: Buffer;
  try {
    content = gunzipSync(original);
  } catch {
    return none;
  }
  // Only what Pagefind will recognise once decoded; anything else keeps its file alone.
  if (!afterSignature(content)) return none;
  const copy = await brotli(content, constants.BROTLI_MODE_GENERIC);
  if (copy.length >= original.length) return none;
  writeFileSync(join(dist, `${file}.br`), copy);
  return { file, bytes: original.length, copies: { '.br': copy.length } };
}

/** Writes the compressed copies of the text files and Pagefind's files among `files` (relative to `dist`). */
export async function precompress(dist: string, files: readonly string[]): Promise<CompressedFile[]> {
  const pagefind = await Promise.all(files.filter(isPagefindStream).map((file) => pagefindCopy(dist, file)));
  const text = await Promise.all(
    files.filter(isCompressible).map(async (file) => {
      const original = readFileSync(join(dist, file));
      const copies: CompressedFile['copies'] = {};
      for (const [suffix, compress] of Object.entries(COMPRESSORS) as [
        keyof typeof COMPRESSORS,
        (b: Buffer) => Promise<Buffer>,
      ][]) {
        const compressed = await compress(original);
        if (compressed.length >= original.length) continue;
        writeFileSync(join(dist, file + suffix), compressed);
        copies[suffix] = compressed.length;
      }
      return { file, bytes: original.length, copies };
    }),
  );
  return [...text, ...pagefind];
}
