import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntry, readIndexChunks, recompressMetadata } from '../../src/lib/search/pagefind-files.ts';
import { PAGEFIND_VERSION, decodeCbor } from '../../src/lib/search/pagefind-format.ts';

/** A bundle folder with an entry file as Pagefind writes it, of the given version. */
function bundleOf(version: string): string {
  const bundle = tempDir('minsk-pagefind-');
  writeFileSync(
    join(bundle, 'pagefind-entry.json'),
    JSON.stringify({ version, languages: { fr: { hash: 'fr_0123456789', wasm: 'fr', page_count: 1 } } }),
  );
  return bundle;
}
import { removeTempDirs, tempDir } from '../support/temp-content.ts';

afterAll(removeTempDirs);

describe('decodeCbor', () => {
  it('reads the arrays, strings and numbers minicbor writes', () => {
    // [ "fr", [ 1, 300 ], -2 ]
    const bytes = Uint8Array.from([0x83, 0x62, 0x66, 0x72, 0x82, 0x01, 0x19, 0x01, 0x2c, 0x21]);
    expect(decodeCbor(bytes)).toEqual(['fr', [1, 300], -2]);
  });
});

describe('recompressMetadata', () => {
  it('packs the metadata file tighter and leaves what it holds as it was', () => {
    const bundle = bundleOf(PAGEFIND_VERSION);
    // A list of pages as Pagefind writes it: a short hash and a word count each.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    const pages = Array.from(
      { length: 3000 },
      () => `fr_${next().toString(16).slice(0, 7)}${String.fromCharCode(next() % 200)}`,
    ).join('');
    const body = Buffer.from(`pagefind_dcd${pages}`);
    const path = join(bundle, 'pagefind.fr_0123456789.pf_meta');
    writeFileSync(path, gzipSync(body));
    const { before, after } = recompressMetadata(bundle);
    expect(after).toBeLessThan(before);
    expect(readFileSync(path)).toHaveLength(after);
    expect(gunzipSync(readFileSync(path)).equals(body)).toBe(true);
  });
});

describe('the version guard', () => {
  it('reads an index written by the pinned Pagefind', () => {
    expect(readEntry(bundleOf(PAGEFIND_VERSION)).languages['fr']?.hash).toBe('fr_0123456789');
  });
  it('stops every reader on an index of another version, naming the file and what to do', () => {
    const bundle = bundleOf('1.7.0');
    for (const read of [
      () => readEntry(bundle),
      () => readIndexChunks(bundle),
      () => recompressMetadata(bundle),
    ])
      expect(read).toThrow(/pagefind-entry\.json: written by Pagefind 1\.7\.0.*Pin "pagefind": "1\.6\.0"/);
  });
});
