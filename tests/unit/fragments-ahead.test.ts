import { describe, expect, it } from 'vitest';
import {
  chunkWords,
  indexPages,
  likelyFirstFragments,
  type IndexPages,
} from '../../src/lib/search/fragments-ahead.ts';
import { pagefindContent } from '../support/cbor.ts';

// Metadata fields, by number, as a metadata file names them.
const FIELDS = ['attribution', 'questions', 'title'];
const TITLE = -(FIELDS.indexOf('title') + 1);
const QUESTIONS = -(FIELDS.indexOf('questions') + 1);

/** A metadata file's content: [version, pages, chunks, filters, sorts, meta fields], a page [hash, words, group]. */
const metadata = (pages: [string, number, string][]) => pagefindContent(['1.6.0', pages, [], [], [], FIELDS]);

// Five pages of equal length but the last, which shares its fragment file with another page.
const PAGES: [string, number, string][] = [
  ['fr_aaa0001', 100, ''],
  ['fr_bbb0002', 100, ''],
  ['fr_ccc0003', 100, ''],
  ['fr_ddd0004', 100, ''],
  ['fr_eee0005', 400, 'fr_grp0001'],
];

/**
 * A chunk's content: [words], a word [text, pages, variants], a page [number from the page
 * before, locations (a weight marker -(w + 1) before them), meta locations (a field marker)].
 */
const chunk = (words: unknown[]) => pagefindContent([words]);

const index = (): IndexPages => {
  const pages = indexPages(metadata(PAGES));
  if (!pages) throw new Error('the test metadata did not read');
  return pages;
};

describe('the pages and words Pagefind wrote', () => {
  it('reads the pages with their length and fragment group, and the metadata fields', () => {
    const { pages, metaFields } = index();
    expect(pages.map((p) => p.hash)).toEqual(PAGES.map(([hash]) => hash));
    expect(pages[4]).toEqual({ hash: 'fr_eee0005', wordCount: 400, group: 'fr_grp0001' });
    expect(metaFields).toEqual(FIELDS);
  });

  it('numbers each page from the one before, counts weights and metadata fields, and folds variants in', () => {
    const words = chunkWords(
      chunk([
        [
          'petrole',
          [
            [1, [-25, 4, 9, -121, 12], []],
            [2, [], [TITLE, 0, 3, QUESTIONS, 1]],
          ],
          // The accented form: page 4 only there, page 1 under both forms.
          [
            [
              'pétrole',
              [
                [1, [-25, 30], [TITLE, 5]],
                [3, [-25, 7], []],
              ],
            ],
          ],
        ],
        // Locations before any marker weigh 25, as Pagefind reads them.
        ['poutine', [[0, [2, 8], []]], []],
      ]),
    );
    expect(words).toEqual([
      {
        word: 'petrole',
        pages: [
          { page: 1, weights: [24, 24, 120, 24], metaFields: [FIELDS.indexOf('title')] },
          { page: 3, weights: [], metaFields: [FIELDS.indexOf('title'), FIELDS.indexOf('questions')] },
          { page: 4, weights: [24], metaFields: [] },
        ],
      },
      { word: 'poutine', pages: [{ page: 0, weights: [25, 25], metaFields: [] }] },
    ]);
  });

  it('reads nothing from a file that is not a Pagefind index or metadata file', () => {
    const notPagefind = new TextEncoder().encode('not a pagefind file');
    expect(chunkWords(notPagefind)).toBeUndefined();
    expect(indexPages(notPagefind)).toBeUndefined();
    expect(chunkWords(pagefindContent(['a word alone']))).toBeUndefined();
    expect(
      indexPages(pagefindContent(['1.6.0', [['fr_x', 'not a length', '']], [], [], [], []])),
    ).toBeUndefined();
  });
});

describe('the results a typed word will likely bring first', () => {
  const words = chunkWords(
    chunk([
      // Page 0 says it once, page 1 three times, page 2 in a heading (weight 5 × 24), page 3 in its
      // title only, page 4 (four times as long) three times.
      ['ambassad', [[0, [-25, 5], []]], []],
      [
        'ambassadeur',
        [
          [1, [-25, 3, 8, 20], []],
          [1, [-121, 0], []],
          [1, [], [TITLE, 2]],
          [1, [-25, 1, 50, 90], []],
        ],
        [],
      ],
      ['ambassadric', [[3, [], [QUESTIONS, 0]]], []],
      ['ambiance', [[0, [-25, 1, 2, 3, 4, 5, 6], []]], []],
    ]),
  );
  if (!words) throw new Error('the test chunk did not read');

  it('ranks by matches in the metadata, weighted frequency and page length', () => {
    // The title's match first (Pagefind's title weight, 5); then the heading's weight; then three
    // mentions in a page of average length before the same three in a page four times as long.
    expect(likelyFirstFragments(words, index(), 'ambassadeur', 5)).toEqual([
      'fr_ddd0004',
      'fr_ccc0003',
      'fr_bbb0002',
      'fr_grp0001',
    ]);
  });

  it('gives a page its group’s fragment file, once', () => {
    const likely = likelyFirstFragments(words, index(), 'ambassadeur', 5);
    expect(likely).toContain('fr_grp0001');
    expect(likely).not.toContain('fr_eee0005');
    // Pages 1 and 4 share one file: it is named once.
    const grouped = indexPages(
      metadata(PAGES.map(([hash, count, group], i) => [hash, count, i === 1 ? 'fr_grp0001' : group])),
    );
    if (!grouped) throw new Error('the test metadata did not read');
    expect(likelyFirstFragments(words, grouped, 'ambassadeur', 5)).toEqual([
      'fr_ddd0004',
      'fr_ccc0003',
      'fr_grp0001',
    ]);
  });

  it('matches the words a prefix starts, and for a word in full the longest word that starts it', () => {
    // "ambass" starts all three "ambass…" words and not "ambiance".
    const prefix = likelyFirstFragments(words, index(), 'ambass', 5);
    expect(prefix).toHaveLength(5);
    // "ambassadeurs" starts no word of the chunk: its stem "ambassadeur" stands for it.
    expect(likelyFirstFragments(words, index(), 'ambassadeurs', 5)).toEqual(
      likelyFirstFragments(words, index(), 'ambassadeur', 5),
    );
    // A word the index holds is looked up as it is, not by a shorter one.
    expect(likelyFirstFragments(words, index(), 'ambassadeur', 5)).not.toContain('fr_aaa0001');
    expect(likelyFirstFragments(words, index(), 'amb', 1)).toEqual(['fr_aaa0001']);
    // Typed in part, a word not in the index also finds the longest word it starts with.
    expect(likelyFirstFragments(words, index(), 'ambassadeu', 5)).toContain('fr_aaa0001');
    expect(likelyFirstFragments(words, index(), 'zebre', 5)).toEqual([]);
  });

  it('weighs a metadata field as the ranking says', () => {
    // Pages 1 and 2 match only in their metadata, one in its title, the other in its questions.
    const metaOnly = chunkWords(
      chunk([
        [
          'minsk',
          [
            [1, [], [TITLE, 0]],
            [1, [], [QUESTIONS, 4]],
          ],
          [],
        ],
      ]),
    );
    if (!metaOnly) throw new Error('the test chunk did not read');
    // Pagefind's title weight (5) against a field the ranking does not name (1), then the other way.
    expect(likelyFirstFragments(metaOnly, index(), 'minsk', 2)).toEqual(['fr_bbb0002', 'fr_ccc0003']);
    expect(likelyFirstFragments(metaOnly, index(), 'minsk', 2, { metaWeights: { questions: 10 } })).toEqual([
      'fr_ccc0003',
      'fr_bbb0002',
    ]);
    // A title that counts for nothing leaves the body's matches to rank.
    const noTitle = likelyFirstFragments(words, index(), 'ambassadeur', 5, { metaWeights: { title: 0 } });
    expect(noTitle.slice(0, 3)).toEqual(['fr_ccc0003', 'fr_bbb0002', 'fr_grp0001']);
  });

  it('reads a field’s weight from the ranking alone, whatever the field is called', () => {
    const fields = ['constructor', 'title'];
    const pages = indexPages(pagefindContent(['1.6.0', PAGES, [], [], [], fields]));
    const named = chunkWords(
      chunk([
        [
          'minsk',
          [
            [1, [], [-1, 0]],
            [1, [], [-2, 0]],
          ],
          [],
        ],
      ]),
    );
    if (!pages || !named) throw new Error('the test files did not read');
    // "constructor" is no weight of an object's: it counts as a field the ranking does not name.
    expect(likelyFirstFragments(named, pages, 'minsk', 2)).toEqual(['fr_ccc0003', 'fr_bbb0002']);
  });

  it('gives at most the count asked for', () => {
    expect(likelyFirstFragments(words, index(), 'ambass', 2)).toHaveLength(2);
    expect(likelyFirstFragments(words, index(), 'ambass', 0)).toEqual([]);
  });
});
