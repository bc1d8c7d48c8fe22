/** Searches every file of a built site for a word, compressed files included. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { filesUnder } from './built-site.ts';

const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * The files below `dir` whose bytes hold `word` (case-insensitive), as paths
 * relative to `dir`. Pagefind's index and fragments are gzipped, so a word in
 * them is searched after decompressing.
 */
export function filesNaming(dir: string, word: string): string[] {
  const needle = word.toLowerCase();
  return filesUnder(dir).flatMap((path) => {
    const raw = readFileSync(path);
    const bytes = isGzip(raw) ? gunzipSync(raw) : raw;
    return bytes.toString('latin1').toLowerCase().includes(needle) ? [relative(dir, path)] : [];
  });
}
