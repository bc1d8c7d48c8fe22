import { describe, expect, it } from 'vitest';
import type { ChunkRange } from '../../src/lib/search/chunks-ahead.ts';
import {
  FIRST_SEARCH_LETTERS,
  firstFragmentFor,
  firstLetters,
  firstPagesOf,
  parseFirstPages,
} from '../../src/lib/search/first-pages.ts';
import type { ChunkWord, IndexPages } from '../../src/lib/search/fragments-ahead.ts';
import { withFirstPages } from '../../src/lib/search/index-files.ts';

// Five pages of equal length; the last two share one fragment file.
const INDEX: IndexPages = {
  pages: [
    { hash: 'fr_aaa0001', wordCount: 100, group: '' },
    { hash: 'fr_bbb0002', wordCount: 100, group: '' },
    { hash: 'fr_ccc0003', wordCount: 100, group: '' },
    { hash: 'fr_ddd0004', wordCount: 100, group: 'fr_grp0001' },
    { hash: 'fr_eee0005', wordCount: 100, group: 'fr_grp0001' },
  ],
  metaFields: ['title'],
};

const word = (text: string, pages: [number, number][]): ChunkWord => ({
  word: text,
  pages: pages.map(([page, times]) => ({ page, weights: Array<number>(times).fill(24), metaFields: [] })),
});

// Two chunks: "a" to "am…" and "am…" to "z". "amb" starts words in the first chunk only; "ame"
// starts words in both, so that no letters typed up to three tell its chunk.
const RANGES: ChunkRange[] = [
  { from: 'a', to: 'ame', hash: 'fr_chunk1' },
  { from: 'amer', to: 'zone', hash: 'fr_chunk2' },
];
const CHUNKS = new Map<string, ChunkWord[]>([
  [
    'fr_chunk1',
    [
      // "a", thirty times on page 0: the letters "abr" and "amb" do not start it, however often.
      word('a', [[0, 30]]),
      word('abri', [[1, 1]]),
      word('ambassade', [[2, 1]]),
      word('ambassadeurs', [
        [0, 1],
        [3, 4],
      ]),
      word('ame', [[0, 1]]),
    ],
  ],
  ['fr_chunk2', [word('americain', [[1, 2]]), word('zone', [[2, 1]])]],
]);

describe('the page a word’s first letters will likely show first', () => {
  it('takes the first letters Pagefind searches, by letter rather than by code unit', () => {
    expect(FIRST_SEARCH_LETTERS).toBe(3);
    expect(firstLetters('ambassadeurs')).toBe('amb');
    expect(firstLetters('été')).toBe('été');
    expect(firstLetters('am')).toBeUndefined();
  });

  it('names, for each three letters whose chunk is known, the page ranked first among the words they start', () => {
    const table = firstPagesOf(CHUNKS, RANGES, INDEX, {});
    // "amb": "ambassadeurs" four times on the shared page outweighs once elsewhere.
    expect(table['amb']).toBe(3);
    // "abr": only "abri", on page 1, however often "a" is on page 0.
    expect(table['abr']).toBe(1);
    expect(table['zon']).toBe(2);
    // "ame" starts words in both chunks; "a" and other words under three letters start no entry.
    expect(Object.keys(table).sort()).toEqual(['abr', 'amb', 'zon']);
  });

  it('gives the fragment file to fetch, a shared page’s group file, and nothing for letters it does not hold', () => {
    const table = firstPagesOf(CHUNKS, RANGES, INDEX, {});
    expect(firstFragmentFor(table, INDEX, 'ambassadeu')).toBe('fr_grp0001');
    expect(firstFragmentFor(table, INDEX, 'abri')).toBe('fr_bbb0002');
    expect(firstFragmentFor(table, INDEX, 'am')).toBeUndefined();
    expect(firstFragmentFor(table, INDEX, 'ame')).toBeUndefined();
    // A page number the metadata does not list (a table and an index out of step): nothing.
    expect(firstFragmentFor({ amb: 9 }, INDEX, 'amb')).toBeUndefined();
    // Either page of a shared file is fetched by that file.
    expect(firstFragmentFor({ amb: 4 }, INDEX, 'amb')).toBe('fr_grp0001');
  });

  it('reads the table as the page finds it, and anything else as an empty table', () => {
    expect(parseFirstPages('{"amb":3,"abr":1}')).toEqual({ amb: 3, abr: 1 });
    expect(parseFirstPages(undefined)).toEqual({});
    expect(parseFirstPages('not json')).toEqual({});
    expect(parseFirstPages('[1,2]')).toEqual({});
    // Only page numbers: a negative, fractional or written number is dropped.
    expect(parseFirstPages('{"amb":-1,"abr":1.5,"zon":"2","cri":0}')).toEqual({ cri: 0 });
    // A key named like an object's property is only a key.
    const table = parseFirstPages('{"__proto__":1,"constructor":2}');
    expect(Object.getPrototypeOf(table)).toBeNull();
    expect(table['constructor']).toBe(2);
  });

  it('is written on the search page’s app, escaped, and the build stops when the page has not one', () => {
    expect(withFirstPages('<div id="search-app" hidden>', { amb: 3 }, 'p')).toBe(
      '<div id="search-app" data-first-pages="{&quot;amb&quot;:3}" hidden>',
    );
    expect(() => withFirstPages('<div>', {}, 'dist/recherche/index.html')).toThrow(
      /dist\/recherche\/index.html: not one element id="search-app"/,
    );
    expect(() => withFirstPages('<p id="search-app"><p id="search-app">', {}, 'p')).toThrow(/not one/);
  });
});
