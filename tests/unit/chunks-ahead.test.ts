import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chunkRanges,
  decompressed,
  onlyChunkFor,
  pagefindWords,
  type ChunkRange,
} from '../../src/lib/search/chunks-ahead.ts';
import { pagefindContent } from '../support/cbor.ts';

/** A metadata file's content as Pagefind 1.6 writes it: signature, then [version, pages, chunks, filters, sorts, meta fields]. */
const metadata = (chunks: unknown): Uint8Array<ArrayBuffer> =>
  pagefindContent(['1.6.0', [['fr_0a1b2c3', 120, '']], chunks, [], [], []]);

// Seven of the fourteen chunks of the site's French index as built today, in order: each bound is
// a prefix of the chunk's first or last word, as short as tells it from its neighbour's.
const FRENCH: ChunkRange[] = [
  { from: '000', to: 'afp', hash: 'fr_f3fb88c' },
  { from: 'afpb', to: 'back', hash: 'fr_42966ed' },
  { from: 'backg', to: 'cet', hash: 'fr_691d55a' },
  { from: 'lon', to: 'mic', hash: 'fr_a2b1dfd' },
  { from: 'mie', to: 'part', hash: 'fr_63e95bd' },
  { from: 'parti', to: 'r', hash: 'fr_722414c' },
  { from: 'ra', to: 'secp', hash: 'fr_1e7c2cb' },
];

describe('the words Pagefind looks up', () => {
  it('lower-cases, drops punctuation and removes diacritics, as Pagefind 1.6 does', () => {
    expect(pagefindWords('Ambassadeurs')).toEqual(['ambassadeurs']);
    expect(pagefindWords('« Crimée »  pétrole')).toEqual(['crimee', 'petrole']);
    // The hyphen and the apostrophe are punctuation: Pagefind joins what they separated.
    expect(pagefindWords('Biélorussie-Russie')).toEqual(['bielorussierussie']);
    expect(pagefindWords('d’ambassadeurs')).toEqual(['dambassadeurs']);
    expect(pagefindWords('Лукашенко')).toEqual(['лукашенко']);
  });
  it('gives nothing for punctuation alone', () => {
    expect(pagefindWords('(« … »)')).toEqual([]);
    expect(pagefindWords('   ')).toEqual([]);
  });
});

describe('the only chunk a typed prefix can need', () => {
  it('waits while the letters typed leave several chunks', () => {
    // "a…" may be in the first chunk (up to "afp…") or the second (from "afpb").
    expect(onlyChunkFor('a', FRENCH)).toBeUndefined();
    expect(onlyChunkFor('', FRENCH)).toBeUndefined();
  });
  it('names the chunk once one is left', () => {
    expect(onlyChunkFor('am', FRENCH)?.hash).toBe('fr_42966ed');
    expect(onlyChunkFor('ambassadeurs', FRENCH)?.hash).toBe('fr_42966ed');
    expect(onlyChunkFor('mi', FRENCH)).toBeUndefined();
    expect(onlyChunkFor('mic', FRENCH)?.hash).toBe('fr_a2b1dfd');
    expect(onlyChunkFor('mie', FRENCH)?.hash).toBe('fr_63e95bd');
  });
  it('counts the words that extend a chunk’s last bound as the chunk’s, unless the bound is a whole word', () => {
    // "mic" was cut from the chunk's last word ("mie" follows): "mich…" may be there.
    expect(onlyChunkFor('mich', FRENCH)?.hash).toBe('fr_a2b1dfd');
    // The next chunk starts at "ra": "r" is all of its chunk's last word, so "ru…" is in the next.
    expect(onlyChunkFor('ru', FRENCH)?.hash).toBe('fr_1e7c2cb');
    expect(onlyChunkFor('r', FRENCH)).toBeUndefined();
    // "back" ends the second chunk and "backg" starts the third: "back" may be either, "backa" neither.
    expect(onlyChunkFor('back', FRENCH)).toBeUndefined();
    expect(onlyChunkFor('backa', FRENCH)).toBeUndefined();
    // The last chunk's bound is its last word, whole.
    expect(onlyChunkFor('secpa', FRENCH)).toBeUndefined();
    expect(onlyChunkFor('sec', FRENCH)?.hash).toBe('fr_1e7c2cb');
  });
  it('compares as Pagefind does, by code points', () => {
    // "＿" (U+FF3F) comes before "𝑧" (U+1D467) by code points, as Pagefind orders its words, but
    // after it by UTF-16 units, JavaScript's own order: it is in the first chunk, not in none.
    const wide: ChunkRange[] = [
      { from: 'a', to: '𝑧', hash: 'x_1' },
      { from: '𝔞', to: '𝔷', hash: 'x_2' },
    ];
    expect(onlyChunkFor('＿', wide)?.hash).toBe('x_1');
    // Between two chunks, in no chunk's range: nothing to fetch.
    expect(onlyChunkFor('ko', FRENCH)).toBeUndefined();
  });
});

describe('the list of chunks in a metadata file', () => {
  const chunks = FRENCH.map(({ from, to, hash }) => [from, to, hash]);
  it('reads each chunk’s bounds and file', () => {
    expect(chunkRanges(metadata(chunks))).toEqual(FRENCH);
  });
  it('reads a file the host sent gzipped as well as one the browser decompressed', async () => {
    const written = gzipSync(metadata(chunks));
    expect(chunkRanges(await decompressed(new Uint8Array(written)))).toEqual(FRENCH);
    expect(chunkRanges(await decompressed(metadata(chunks)))).toEqual(FRENCH);
  });
  it('gives nothing for a file it cannot read, so the page waits for Pagefind instead', () => {
    const otherVersion = metadata(chunks);
    otherVersion.set(new TextEncoder().encode('1.7.0'), 14);
    expect(chunkRanges(otherVersion)).toBeUndefined();
    expect(chunkRanges(new TextEncoder().encode('not a pagefind file'))).toBeUndefined();
    expect(chunkRanges(metadata('chunks'))).toBeUndefined();
    expect(chunkRanges(metadata([['a', 'b']]))).toBeUndefined();
    // A chunk name that is not a plain file name is never fetched.
    expect(chunkRanges(metadata([['a', 'b', '../../elsewhere']]))).toBeUndefined();
  });
});
