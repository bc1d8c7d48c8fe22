import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCbor, recompressMetadata } from '../../src/lib/search/pagefind-files.ts';
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
    const bundle = tempDir('minsk-pagefind-');
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
