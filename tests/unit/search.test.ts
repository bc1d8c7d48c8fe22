import { fill } from '../../src/i18n/fill.ts';
import { fillCount } from '../../src/i18n/plural.ts';
import { fr } from '../../src/i18n/fr.ts';
import { toWhomAll } from '../../src/i18n/grammar.ts';
import { inSentenceIn } from '../../src/lib/content/entity-names.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasesFor, foldForSearch, searchVariants } from '../../src/lib/search/aliases.ts';
import { elisionWords, stripElisions } from '../../src/lib/search/elision.ts';
import { groupBySpeakers, matchesQuery, speakerFromParams } from '../../src/lib/content/quotes.ts';
import { EXCERPT_ELLIPSIS, excerptAt, rankPartialMatches } from '../../src/lib/search/fallback.ts';
import { isFillerWord, meaningfulWords } from '../../src/lib/search/words.ts';
import { markWords } from '../../src/lib/search/highlight.ts';
import {
  groupResults,
  groupedCount,
  pageClassesOfQuotes,
  resultsToLoad,
  type LoadedResult,
} from '../../src/lib/search/results.ts';
import {
  cacheTagFromHint,
  cacheTagOf,
  preloadHints,
  moduleScripts,
  staticImports,
  withPreloadHints,
} from '../../src/lib/search/index-files.ts';
import { verdictsOf } from '../../src/lib/content/verdicts.ts';
import { buildRecordInput } from '../../src/lib/search/content.ts';
import { readContent } from '../../src/lib/content/files.ts';
import {
  classFilter,
  cleanQuery,
  excerptParts,
  filterCounts,
  highlightUrl,
  inListedOrder,
  typedOn,
  type SearchState,
  indexQuery,
  filtersSet,
  knownFilters,
  MAX_QUERY_LENGTH,
  nothingToSearch,
  shownValue,
  SHOWN_VALUE_LENGTH,
  type ExcerptPart,
  paramsFromState,
  stateFromParams,
} from '../../src/lib/search/query.ts';
import { analysisPath, entrySearch, searchRecords, statementWords } from '../../src/lib/search/records.ts';
import { CLASS_FILTER, classValue, parseClass } from '../../src/lib/search/record-class.ts';
import { parseArticle } from '../../src/lib/article/article.ts';
import { frenchTypography } from '../../src/i18n/typography.ts';

const root = new URL('../../', import.meta.url).pathname;
const entities = new Map([
  ['loukachenko', { spellings: ['Loukachenko', 'Lukashenko', 'Lukashenka', 'Лукашенко'] }],
  ['minsk', { spellings: ['Minsk', 'Minisk'] }],
  ['etats-unis', { spellings: ['États-Unis', 'USA', 'US'] }],
]);

describe('foldForSearch', () => {
  it('drops case and accents and straightens apostrophes', () => {
    expect(foldForSearch('États-Unis d’Amérique, ÉNERGIE')).toBe("etats-unis d'amerique, energie");
  });
});

describe('aliasesFor', () => {
  it('adds the other spellings of every entity a text names', () => {
    expect(aliasesFor('Loukachenko reçoit Pompeo à Minsk', entities)).toEqual([
      'Lukashenko',
      'Lukashenka',
      'Лукашенко',
      'Minisk',
    ]);
  });
  it('matches whole words only, whatever the case or accents', () => {
    expect(aliasesFor('la diplomatie US', entities)).toEqual(['États-Unis', 'USA']);
    expect(aliasesFor('un musée', entities)).toEqual([]);
    expect(aliasesFor('les etats-unis', entities)).toEqual(['USA', 'US']);
  });
  it('adds the spellings of entities named by id even when the text does not spell them', () => {
    expect(aliasesFor('le président', entities, ['loukachenko'])).toHaveLength(4);
  });
});

describe('elision', () => {
  it('finds the words glued to an elided article', () => {
    expect(elisionWords("l’échange d’ambassadeurs qu’il juge d’énergie, l'OTAN")).toEqual([
      'échange',
      'ambassadeurs',
      'il',
      'énergie',
      'OTAN',
    ]);
  });
  it('strips the article from a query unless the word is too short to stand alone', () => {
    expect(stripElisions('l’énergie')).toBe('énergie');
    expect(stripElisions("d'ambassadeurs")).toBe('ambassadeurs');
    expect(stripElisions('qu’il')).toBe('qu’il');
    expect(stripElisions('aujourd’hui')).toBe('aujourd’hui');
  });
  it('gives a page its aliases and bare words together', () => {
    expect(searchVariants('l’arrivée de Loukachenko', entities)).toBe(
      'Lukashenko Lukashenka Лукашенко arrivée',
    );
  });
});

describe('cleanQuery and indexQuery', () => {
  it('trims, folds white space and drops control characters', () => {
    expect(cleanQuery('  Minsk\n\t pétrole\u0000 ')).toBe('Minsk pétrole');
  });
  it('cuts long queries at a character boundary', () => {
    expect([...cleanQuery('é'.repeat(10_000))]).toHaveLength(MAX_QUERY_LENGTH);
    expect(cleanQuery('🛢️'.repeat(300)).endsWith('\uD83D')).toBe(false);
  });
  it('keeps emoji joiners and right-to-left text', () => {
    expect(cleanQuery('👨‍👩‍👧 مينسك')).toBe('👨‍👩‍👧 مينسك');
  });
  it('sends the index the query without elided articles', () => {
    expect(indexQuery(' l’énergie ')).toBe('énergie');
  });
  it('removes invisible characters instead of splitting the word they sit in', () => {
    // Zero-width space, joiner and non-joiner, word joiner, soft hyphen, byte-order mark.
    for (const invisible of ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF'])
      expect(cleanQuery(`Min${invisible}sk`), JSON.stringify(invisible)).toBe('Minsk');
    // Bidirectional marks, embeddings, overrides and isolates.
    for (const control of [
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ])
      expect(cleanQuery(`${control}Minsk${control} pétrole`), JSON.stringify(control)).toBe('Minsk pétrole');
    expect(cleanQuery('مينسك\u200F النفط')).toBe('مينسك النفط');
  });
  it('sends the index the meaningful words of a question, and a query of fillers as typed', () => {
    expect(indexQuery('pourquoi Pompeo est-il allé à Minsk ?')).toBe('Pompeo allé Minsk');
    expect(indexQuery('did Russia cut off oil to Belarus')).toBe('Russia cut oil Belarus');
    expect(indexQuery('qu’a dit Loukachenko sur la Russie')).toBe('Loukachenko Russie');
    expect(indexQuery('les États-Unis')).toBe('États-Unis');
    expect(indexQuery('de la')).toBe('de la');
  });
});

describe('queries with nothing to search', () => {
  it('are punctuation or symbols alone, or one letter over and over', () => {
    for (const query of ['(', '?!', '« »', '...', '🛢️', 'a'.repeat(200), 'aaa', 'a a a a', 'ÀAà'])
      expect(nothingToSearch(query), query.slice(0, 10)).toBe(true);
  });
  it('are not a word, a single letter, a short word or a number', () => {
    for (const query of ['', ' ', 'p', 'aa', 'Minsk', 'zzzxxqqq', '26', '2020', '(Minsk', 'Min\u200Bsk'])
      expect(nothingToSearch(query), query).toBe(false);
  });
});

describe('values from the URL shown in a notice', () => {
  it('are cut to a phone’s line, whatever their length', () => {
    expect(shownValue('loukachenko')).toBe('loukachenko');
    const long = shownValue('x'.repeat(5000));
    expect([...long]).toHaveLength(SHOWN_VALUE_LENGTH);
    expect(long.endsWith('…')).toBe(true);
    expect([...shownValue('🛢️'.repeat(100))].length).toBeLessThanOrEqual(SHOWN_VALUE_LENGTH);
  });
});

describe('search state in the URL', () => {
  it('round-trips the query and the filters', () => {
    const state = {
      query: 'Lukashenka',
      filters: { type: ['quote'], orateur: ['pompeo', 'reuters'] },
    };
    const params = paramsFromState(state);
    expect(params.toString()).toBe('q=Lukashenka&type=quote&orateur=pompeo&orateur=reuters');
    expect(stateFromParams(params)).toEqual(state);
  });
  it('ignores unknown parameters and empty values', () => {
    expect(stateFromParams(new URLSearchParams('q=&type=&x=1&rubrique=visit-facts'))).toEqual({
      query: '',
      filters: { rubrique: ['visit-facts'] },
    });
  });
  it('keeps the filter values the index knows and names the others', () => {
    const known = { orateur: { pompeo: 3, loukachenko: 2 }, type: { quote: 5 } };
    const state = stateFromParams(
      new URLSearchParams('q=Minsk&orateur=loukachenko&orateur=Mike+Pompeo&type=quote&rubrique=x'),
    );
    expect(knownFilters(state, known)).toEqual({
      state: { query: 'Minsk', filters: { orateur: ['loukachenko'], type: ['quote'] } },
      unknown: [
        { key: 'rubrique', value: 'x' },
        { key: 'orateur', value: 'Mike Pompeo' },
      ],
    });
  });
  it('says whether a filter narrows the search', () => {
    expect(filtersSet(stateFromParams(new URLSearchParams('q=Minsk')))).toBe(false);
    expect(filtersSet({ query: '', filters: { type: [] } })).toBe(false);
    expect(filtersSet(stateFromParams(new URLSearchParams('q=Minsk&orateur=pompeo')))).toBe(true);
  });
  it('does not take an inherited property for a known value', () => {
    expect(
      knownFilters(stateFromParams(new URLSearchParams('type=constructor')), { type: {} }).unknown,
    ).toEqual([{ key: 'type', value: 'constructor' }]);
  });
});

describe('the class filter', () => {
  const classes = {
    'quote/statements/loukachenko+pompeo': 2,
    'quote/statements/pompeo': 3,
    'entry/statements/pompeo': 4,
    'entry/visit-facts/': 5,
    'sentence//': 6,
  };
  it('carries a record’s kind, section and speakers in one value, and gives them back', () => {
    const value = classValue({ type: 'quote', rubrique: 'statements', orateur: ['pompeo', 'loukachenko'] });
    expect(value).toBe('quote/statements/loukachenko+pompeo');
    expect(parseClass(value)).toEqual({
      type: 'quote',
      rubrique: 'statements',
      orateur: ['loukachenko', 'pompeo'],
    });
    expect(parseClass(classValue({ type: 'sentence', rubrique: undefined, orateur: [] }))).toEqual({
      type: 'sentence',
      rubrique: undefined,
      orateur: [],
    });
  });
  it('counts every value of the reader’s filters as if it were a filter of its own', () => {
    expect(filterCounts({ [CLASS_FILTER]: classes, entree: { x: 2 } })).toEqual({
      type: { quote: 5, entry: 9, sentence: 6 },
      rubrique: { statements: 9, 'visit-facts': 5 },
      orateur: { loukachenko: 2, pompeo: 9 },
    });
    expect(filterCounts({})).toEqual({ type: {}, rubrique: {}, orateur: {} });
  });
  it('turns the reader’s filters into the classes that meet each of them', () => {
    const known = Object.keys(classes);
    expect(classFilter({}, known)).toEqual({});
    expect(classFilter({ orateur: ['loukachenko'] }, known)).toEqual({
      [CLASS_FILTER]: { any: ['quote/statements/loukachenko+pompeo'] },
    });
    // Any value within a filter, every filter together.
    expect(
      classFilter({ type: ['entry', 'sentence'], rubrique: ['visit-facts', 'statements'] }, known),
    ).toEqual({ [CLASS_FILTER]: { any: ['entry/statements/pompeo', 'entry/visit-facts/'] } });
    // No class meets them: a value no record has, never an empty list (which Pagefind reads as no filter).
    const none = classFilter({ type: ['sentence'], orateur: ['pompeo'] }, known);
    expect(none[CLASS_FILTER]?.any).toHaveLength(1);
    expect(known).not.toContain(none[CLASS_FILTER]?.any[0]);
  });
});

describe('a search typed on from another', () => {
  const state = (query: string, filters: SearchState['filters'] = {}): SearchState => ({ query, filters });
  it('holds when more letters follow the same words, with the same filters', () => {
    expect(typedOn(state('amb'), state('ambassadeurs'))).toBe(true);
    expect(typedOn(state('Amb'), state('ambassadeurs'))).toBe(true);
    expect(typedOn(state('amb', { type: ['quote'] }), state('ambas', { type: ['quote'] }))).toBe(true);
  });
  it('does not when letters were taken away or changed, the filters differ, or nothing was searched', () => {
    expect(typedOn(state('ambassadeurs'), state('amb'))).toBe(false);
    expect(typedOn(state('amb'), state('pétrole'))).toBe(false);
    expect(typedOn(state('amb'), state('amb', { type: ['quote'] }))).toBe(false);
    expect(typedOn(state(''), state('amb'))).toBe(false);
  });
});

describe('the order of a filter’s values', () => {
  it('follows the labels’ order the page was built with, values without a label after, by id', () => {
    const values = ['pompeo', 'zz-unknown', 'loukachenko', 'aa-unknown', 'makei'].map((value) => ({ value }));
    const listed = ['loukachenko', 'makei', 'pompeo'];
    expect(inListedOrder(values, listed).map((v) => v.value)).toEqual([
      'loukachenko',
      'makei',
      'pompeo',
      'aa-unknown',
      'zz-unknown',
    ]);
    expect(values[0]?.value).toBe('pompeo');
  });
});

describe('excerptParts', () => {
  it('keeps only the marks of an excerpt, the rest as text', () => {
    expect(excerptParts('a <mark>b</mark> &lt;script&gt; <b>c</b> &amp; &#233;')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
      { text: ' <script> c & é', marked: false },
    ]);
  });
  it('gives back unmarked the punctuation Pagefind marks with a word', () => {
    expect(
      excerptParts('(the exchange of <mark>ambassadors)</mark> — <mark>«Minsk»,</mark> <mark>(</mark>'),
    ).toEqual([
      { text: '(the exchange of ', marked: false },
      { text: 'ambassadors', marked: true },
      { text: ') — «', marked: false },
      { text: 'Minsk', marked: true },
      { text: '», (', marked: false },
    ]);
    // Apostrophes and hyphens are part of a word, not its edges.
    expect(
      excerptParts('<mark>d’ambassadeurs</mark> <mark>Biélorussie-Russie</mark>').filter((p) => p.marked),
    ).toEqual([
      { text: 'd’ambassadeurs', marked: true },
      { text: 'Biélorussie-Russie', marked: true },
    ]);
  });
  it('cannot be tricked into markup by an attribute or a broken tag', () => {
    const parts = excerptParts('<mark onmouseover="x">y</mark><img src=x onerror=alert(1)>z');
    expect(parts.map((p) => p.text).join('')).not.toMatch(/[<>]|onerror/);
  });
});

describe('highlightUrl', () => {
  it('links to the first marked words with a text fragment', () => {
    const parts = excerptParts('un <mark>malentendu</mark> et <mark>deux</mark>');
    expect(highlightUrl('/source/#s4-2', parts)).toBe('/source/#s4-2:~:text=malentendu');
    expect(highlightUrl('/visite/x/', parts)).toBe('/visite/x/#:~:text=malentendu');
  });
  it('never lands on a filler word, and spans a run of marked words', () => {
    expect(highlightUrl('/a/', excerptParts('<mark>de</mark> la <mark>Crimée</mark>'))).toBe(
      '/a/#:~:text=Crim%C3%A9e',
    );
    expect(highlightUrl('/a/', excerptParts('<mark>de</mark> <mark>la</mark> x'))).toBe('/a/');
    expect(
      highlightUrl(
        '/a/',
        excerptParts('« <mark>très</mark> <mark>bien</mark> <mark>que</mark> <mark>vous</mark>'),
      ),
    ).toBe('/a/#:~:text=bien');
    expect(highlightUrl('/a/', excerptParts('<mark>ayez</mark> <mark>risqué</mark> de'))).toBe(
      '/a/#:~:text=ayez%20risqu%C3%A9',
    );
  });
  it('encodes what a fragment must not contain, and leaves unmarked results alone', () => {
    expect(highlightUrl('/a/', excerptParts('<mark>États-Unis,</mark>'))).toBe(
      '/a/#:~:text=%C3%89tats%2DUnis',
    );
    expect(highlightUrl('/a/', excerptParts('rien'))).toBe('/a/');
  });
});

describe('results for part of the words', () => {
  it('keeps the words of a question that mean something', () => {
    expect(meaningfulWords('la Biélorussie a-t-elle reconnu l’annexion de la Crimée')).toEqual([
      'Biélorussie',
      'reconnu',
      'annexion',
      'Crimée',
    ]);
    expect(meaningfulWords('quand un secrétaire d’État américain est-il venu à Minsk ?')).toEqual([
      'secrétaire',
      'État',
      'américain',
      'venu',
      'Minsk',
    ]);
    expect(meaningfulWords('qui a dit que Washington voulait profiter du désaccord énergétique')).toEqual([
      'Washington',
      'voulait',
      'profiter',
      'désaccord',
      'énergétique',
    ]);
  });
  it('keeps compounds whole, and each word once whatever its case or accents', () => {
    expect(meaningfulWords('les États-Unis et les etats-unis, même Minsk')).toEqual(['États-Unis', 'Minsk']);
    expect(meaningfulWords('de la, les même')).toEqual([]);
    expect(isFillerWord('Même')).toBe(true);
    expect(isFillerWord('Crimée')).toBe(false);
  });
  it('ranks pages by how many words they hold, leaving out full matches and single-word hits', () => {
    const hit = (id: string, score: number, locations: number[] = [0]) => ({ id, score, locations });
    const ranked = rankPartialMatches(
      new Map([
        ['a', [hit('p1', 1, [3]), hit('p2', 5), hit('full', 9), hit('p3', 2)]],
        ['b', [hit('p1', 1, [1]), hit('p3', 1), hit('full', 9)]],
        ['c', [hit('p1', 1, [3, 8]), hit('p4', 9)]],
      ]),
      new Set(['full']),
    );
    expect(ranked.map((m) => [m.id, m.words])).toEqual([
      ['p1', ['a', 'b', 'c']],
      ['p3', ['a', 'b']],
    ]);
    expect(ranked[0]?.locations).toEqual([1, 3, 8]);
  });
  it('accepts one word of two', () => {
    const ranked = rankPartialMatches(
      new Map([
        ['a', [{ id: 'p1', score: 1, locations: [] }]],
        ['b', []],
      ]),
      new Set(),
    );
    expect(ranked.map((m) => m.id)).toEqual(['p1']);
  });
  it('cuts an excerpt around the densest matches, marks every matched word and shows what is cut', () => {
    const text = 'zéro un deux trois quatre cinq six sept huit neuf dix onze douze';
    expect(excerptAt(text, [8, 10], 5)).toEqual([
      { text: `${EXCERPT_ELLIPSIS} six sept `, marked: false },
      { text: 'huit', marked: true },
      { text: ' neuf ', marked: false },
      { text: 'dix', marked: true },
      { text: ` ${EXCERPT_ELLIPSIS}`, marked: false },
    ]);
    // Cut at one end only: the ellipsis there alone, even next to a marked word.
    expect(excerptAt(text, [0], 3)).toEqual([
      { text: 'zéro', marked: true },
      { text: ` un deux ${EXCERPT_ELLIPSIS}`, marked: false },
    ]);
    expect(excerptAt(text, [12], 3)).toEqual([
      { text: `${EXCERPT_ELLIPSIS} dix onze `, marked: false },
      { text: 'douze', marked: true },
    ]);
    // Blank space at the ends of a text leaves no word out: no ellipsis for it.
    expect(excerptAt(' un deux trois ', [2], 4)).toEqual([
      { text: ' un ', marked: false },
      { text: 'deux', marked: true },
      { text: ' trois', marked: false },
    ]);
    expect(excerptAt('a b', [], 5)).toEqual([{ text: 'a b', marked: false }]);
    expect(excerptAt('la «Crimée», enfin', [1], 5)).toEqual([
      { text: 'la «', marked: false },
      { text: 'Crimée', marked: true },
      { text: '», enfin', marked: false },
    ]);
  });
});

describe('one result per passage', () => {
  const result = (
    rank: number,
    kind: LoadedResult['kind'],
    passage?: string,
    entry?: string,
  ): LoadedResult<string> => ({ rank, kind, passage, entry, item: `${kind}-${rank}` });

  it('folds a quote and its entry page into one result, the quote shown', () => {
    const groups = groupResults([result(0, 'entry', '4.2', 'x'), result(1, 'quote', '4.2', 'x')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.main.item).toBe('quote-1');
    expect(groups[0]?.folded.map((f) => f.item)).toEqual(['entry-0']);
  });
  it('keeps a passage together at the place of its best result, its quotes first, the rest as ranked', () => {
    const groups = groupResults([
      result(0, 'sentence', '4.2'),
      result(1, 'event'),
      result(2, 'entry', '2.1'),
      result(3, 'entry', '4.2', 'y'),
      result(4, 'quote', '4.2', 'z'),
      result(5, 'sentence', '2.1'),
    ]);
    expect(groups.map((g) => g.main.item)).toEqual([
      'quote-4',
      'sentence-0',
      'entry-3',
      'event-1',
      'entry-2',
      'sentence-5',
    ]);
  });
  it('counts the results left once each quote found folds its entry page in, unless entry pages are filtered out', () => {
    expect(groupedCount(10, 3, true)).toBe(7);
    expect(groupedCount(4, 0, true)).toBe(4);
    expect(groupedCount(3, 3, false)).toBe(3);
  });
  it('loads at once enough results for a page once quotes fold into their pages, and no more', () => {
    const ids = ['q1', 'p1', 'e1', 'q2', 'e2', 'p2', 'e3', 'e4'];
    const quotes = new Set(['q1', 'q2']);
    const pages = new Set(['p1', 'p2']);
    // Without quotes nothing folds: a page of 3 is the first 3.
    expect(resultsToLoad(ids, 3, new Set(), new Set())).toBe(3);
    // q1 and p1 may fold: 4 results make at least 3, and 5 at least 4 (p2 is not among them);
    // with p2, 6 make at least 4 only, so 7 for 5.
    expect(resultsToLoad(ids, 3, quotes, pages)).toBe(4);
    expect(resultsToLoad(ids, 4, quotes, pages)).toBe(5);
    expect(resultsToLoad(ids, 5, quotes, pages)).toBe(7);
    // Quotes whose pages come later fold with nothing loaded: they count whole.
    expect(resultsToLoad(['q1', 'q2', 'e1', 'p1'], 3, quotes, pages)).toBe(3);
    expect(resultsToLoad(ids, 20, quotes, pages)).toBe(ids.length);
    expect(pageClassesOfQuotes(['quote/statements/loukachenko+pompeo'])).toEqual([
      'entry/statements/loukachenko+pompeo',
    ]);
  });
});

describe('the quotes page', () => {
  it('reads the speaker of the URL as an id, and names an unknown one', () => {
    expect(speakerFromParams(new URLSearchParams('orateur=loukachenko'), ['pompeo', 'loukachenko'])).toEqual({
      speaker: 'loukachenko',
      unknown: undefined,
    });
    expect(speakerFromParams(new URLSearchParams('orateur=Mike+Pompeo'), ['pompeo'])).toEqual({
      speaker: '',
      unknown: 'Mike Pompeo',
    });
    expect(speakerFromParams(new URLSearchParams(''), ['pompeo'])).toEqual({
      speaker: '',
      unknown: undefined,
    });
  });
  it('groups statements by speakers, a joint statement apart', () => {
    const statement = (slug: string, speakers: string[]) => ({ slug, data: { speakers } });
    const groups = groupBySpeakers(
      [statement('a', ['pompeo']), statement('b', ['pompeo', 'loukachenko']), statement('c', ['pompeo'])],
      (id) => id.toUpperCase(),
      (s) => s.data.speakers,
      (names) => new Intl.ListFormat('en', { type: 'conjunction' }).format(names),
    );
    expect(groups.map((g) => [g.anchor, g.label, g.statements.map((s) => s.slug)])).toEqual([
      ['orateur-pompeo', 'POMPEO', ['a', 'c']],
      ['orateur-pompeo-et-loukachenko', 'POMPEO and LOUKACHENKO', ['b']],
    ]);
  });
  it('filters quotes by every word, without accents or elided articles', () => {
    const text = 'très bien que vous ayez risqué de venir à Minsk après divers malentendus';
    expect(matchesQuery(text, 'risque MINSK')).toBe(true);
    expect(matchesQuery('l’échange d’ambassadeurs', 'd’ambassadeurs')).toBe(true);
    expect(matchesQuery(text, 'risqué Moscou')).toBe(false);
    expect(matchesQuery(text, '')).toBe(true);
    expect(matchesQuery(text, '.*(')).toBe(false);
  });
  it('matches no quote for a query with nothing to search, as the search page gives no result for it', () => {
    const text = 'très bien (vraiment) que vous ayez risqué de venir à Minsk… aaa';
    for (const query of ['(', '…', '?!', 'aaa', 'a a a']) {
      expect(nothingToSearch(query), query).toBe(true);
      expect(matchesQuery(text, query), query).toBe(false);
    }
    expect(matchesQuery(text, '(Minsk')).toBe(true);
  });
});

describe('searchRecords', () => {
  const input = buildRecordInput(readContent(root), '/minsk-2020/', 'fr');
  const records = searchRecords(input);
  const article = parseArticle(readFileSync(`${root}content/article/article.fr.txt`, 'utf8'));

  it('makes one record per statement, per sentence and per context event', () => {
    const kinds = records.map((r) => parseClass(r.filters[CLASS_FILTER]?.[0] ?? '').type);
    expect(kinds.filter((k) => k === 'quote')).toHaveLength(input.statements.length);
    expect(kinds.filter((k) => k === 'sentence')).toHaveLength(article.sentences.length);
    expect(kinds.filter((k) => k === 'event')).toHaveLength(input.events.length);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });

  it('links a quote to its anchor under the base path, with its kind, section and speaker as ids', () => {
    const quote = records.find((r) => r.url === '/minsk-2020/citations/#loukachenko-malentendus');
    expect(quote).toMatchObject({
      language: 'fr',
      filters: { [CLASS_FILTER]: ['quote/statements/loukachenko'] },
      meta: { passage: '4.2', entree: 'loukachenko-malentendus' },
    });
    expect(quote?.meta['analyse']).toBeUndefined();
    expect(`/minsk-2020/${analysisPath(quote?.meta['entree'] ?? '', 'fr')}`).toBe(
      '/minsk-2020/declarations/loukachenko-malentendus/',
    );
    expect(quote?.content).toContain('très bien que vous ayez risqué de venir à Minsk');
    expect(quote?.meta['variantes']).toContain('Lukashenka');
  });

  it('says in a quote’s words who the article credits and how far the record bears it out', () => {
    const ministry = records.find((r) => r.url === '/minsk-2020/citations/#mae-role-des-etats-unis');
    const statement = input.statements.find((s) => s.slug === 'mae-role-des-etats-unis');
    expect(statement?.data.attribution.status).toBe('not-found');
    // As the copied citation says it: the name as a sentence writes it, after its preposition.
    expect(ministry?.content).toContain(
      `— attribué par l’article au ministère biélorusse des Affaires étrangères (${frenchTypography(fr['attribution.not-found'])})`,
    );
  });

  it('joins the names of a joint statement as the language does, each after its preposition', () => {
    const joint = input.statements.filter((s) => s.data.speakers.length > 1);
    expect(joint.length).toBeGreaterThan(0);
    for (const statement of joint) {
      const record = records.find((r) => r.url === `/minsk-2020/citations/#${statement.slug}`);
      const names = statement.data.speakers.map((id) => inSentenceIn(input.entities, id));
      expect(record?.content, statement.slug).toContain(`attribué par l’article ${toWhomAll(names)} (`);
    }
  });

  it('gives indirect statements the article’s own words', () => {
    const statement = input.statements.find((s) => s.slug === 'pompeo-reels-progres');
    expect(statement && statementWords(statement.data, article)).toBe(
      'Le secrétaire d’État américain, Mike Pompeo, a appelé à de réels progrès dans les relations bilatérales avec la Biélorussie',
    );
  });

  it('makes every sentence of the article reachable at its anchor, with the bare forms of elided words', () => {
    const sentence = records.find((r) => r.url === '/minsk-2020/source/#s5-1');
    expect(sentence?.content).toBe(article.byId.get('5.1')?.text);
    expect(sentence?.meta['variantes']?.split(' ')).toContain('ambassadeurs');
  });

  it('gives every quote record the labels of every verdict on its words', () => {
    for (const { slug } of input.statements) {
      const quote = records.find((r) => r.url === `/minsk-2020/citations/#${slug}`);
      const labels = verdictsOf(slug, input.claims).map((v) => v.label);
      expect(quote?.meta['verdicts']?.split(' ') ?? [], slug).toEqual(labels);
    }
    expect(input.statements.some((s) => verdictsOf(s.slug, input.claims).length > 0)).toBe(true);
  });

  it('gives an entry page ids for filters, its passage, and every verdict label when several claims judge it', () => {
    const judged = new Map<string, number>();
    for (const c of input.claims)
      if (c.data.label !== 'opinion') judged.set(c.data.entry, (judged.get(c.data.entry) ?? 0) + 1);
    const [slug] = [...judged].find(([, n]) => n > 1) ?? [];
    expect(slug).toBeDefined();
    const search = entrySearch({
      slug: slug ?? '',
      collection: 'visit-facts',
      date: '2020-02-01',
      covers: [{ ref: '§2.1' }],
      speakers: [],
      variants: '',
      claims: input.claims,
    });
    expect(search.filters).toEqual({ [CLASS_FILTER]: ['entry/visit-facts/'] });
    expect(search.meta['passage']).toBe('2.1');
    expect(search.meta['verdicts']?.split(' ')).toEqual(
      verdictsOf(slug ?? '', input.claims).map((v) => v.label),
    );
    expect(search.meta['verdicts']?.split(' ').length).toBeGreaterThan(1);
    const statement = entrySearch({
      slug: 'x',
      collection: 'statements',
      date: '2020',
      covers: [{ ref: '§4.2' }],
      speakers: ['loukachenko'],
      variants: 'Lukashenka',
      claims: [],
      attribution: 'attribué par l’article à Alexandre Loukachenko (attribution confirmée par une source)',
    });
    expect(statement).toEqual({
      filters: { [CLASS_FILTER]: ['entry/statements/loukachenko'] },
      meta: {
        date: '2020',
        variantes: 'Lukashenka',
        passage: '4.2',
        entree: 'x',
        attribution: 'attribué par l’article à Alexandre Loukachenko (attribution confirmée par une source)',
      },
    });
  });

  it('heads a sentence with its § and its first words, not the whole sentence again', () => {
    const sentence = records.find((r) => r.url === '/minsk-2020/source/#s12-1');
    // The cut stands apart from the last word, which the index would otherwise take with it.
    expect(sentence?.meta['title']).toBe(
      '§12.1 · La politique actuelle des dirigeants biélorusses montre que\u00a0[…]',
    );
  });
});

describe('fill', () => {
  it('fills named slots and leaves unknown ones as written', () => {
    expect(fill('{count} sur {total}', { count: 1, total: 13 })).toBe('1 sur 13');
    expect(fill('{count} pour {query}', { count: 2 })).toBe('2 pour {query}');
  });
});

describe('fillCount', () => {
  const forms = (key: string) => ({
    one: fr[`${key}.one` as keyof typeof fr],
    other: fr[`${key}.other` as keyof typeof fr],
  });
  it.each([
    ['quotes.count', 0, { total: 13 }, '0 citation affichée sur 13'],
    ['quotes.count', 1, { total: 13 }, '1 citation affichée sur 13'],
    ['quotes.count', 2, { total: 13 }, '2 citations affichées sur 13'],
    ['analysis.count', 1, {}, '1 affirmation'],
    ['analysis.count', 38, {}, '38 affirmations'],
    ['timeline.count', 1, {}, '1 événement'],
    ['search.results', 1, { query: '« x »' }, '1 résultat pour « x »'],
    ['search.results', 1_000_000, { query: '« x »' }, '1000000 résultats pour « x »'],
    ['search.filtered', 0, {}, '0 résultat avec ces filtres'],
    ['search.filtered', 3, {}, '3 résultats avec ces filtres'],
  ])('agrees %s with %d as French does', (key, count, values, expected) => {
    expect(fillCount(forms(key), count, values, 'fr')).toBe(expected);
  });

  it('has both forms for every counted string of the dictionary', () => {
    for (const key of Object.keys(fr).filter((k) => k.endsWith('.one'))) {
      expect(Object.keys(fr), key).toContain(key.replace(/\.one$/, '.other'));
    }
    // A count written into a single form is the bug these forms fix.
    expect(Object.entries(fr).filter(([k, v]) => v.includes('{count}') && !/\.(one|other)$/.test(k))).toEqual(
      [],
    );
  });
});

describe('preload hints for the search page', () => {
  const files = {
    base: '/minsk-2020/',
    metaFile: 'pagefind.fr_9eb25aa5c5.pf_meta',
    wasmFile: 'wasm.fr.pagefind',
    filterFiles: ['fr_1.pf_filter', 'fr_2.pf_filter'],
    pageScripts: ['_astro/search.X.js'],
    moduleChunks: ['_astro/search-query.X.js'],
  };
  it('names every file the page needs before a query, under the base path, fetched as fetch() does', () => {
    const hints = preloadHints(files);
    // The page's own script, found last at the end of the body, is named first, then its imports.
    expect(
      hints.startsWith(
        '<link rel="modulepreload" href="/minsk-2020/_astro/search.X.js"><link rel="modulepreload" href="/minsk-2020/_astro/search-query.X.js">',
      ),
    ).toBe(true);
    expect(hints).toContain('<link rel="modulepreload" href="/minsk-2020/pagefind/pagefind.js">');
    expect(hints).toContain(
      '<link rel="preload" href="/minsk-2020/pagefind/pagefind-entry.json?ts=fr_9eb25aa5c5" as="fetch" crossorigin data-pagefind-entry>',
    );
    expect(hints).toContain('href="/minsk-2020/pagefind/wasm.fr.pagefind" as="fetch" crossorigin>');
    // The page reads the list of index chunks from the metadata file: the hint names it for the page.
    expect(hints).toContain(
      'href="/minsk-2020/pagefind/pagefind.fr_9eb25aa5c5.pf_meta" as="fetch" crossorigin data-pagefind-meta>',
    );
    expect(hints.match(/pagefind\/filter\//g)).toHaveLength(2);
    // The page reads the metadata file at the first keys; Pagefind reads the entry file only once
    // pagefind.js has run: over HTTP/1.1's six connections the first comes first.
    expect(hints.indexOf('data-pagefind-meta')).toBeLessThan(hints.indexOf('data-pagefind-entry'));
    expect(hints.indexOf('wasm.fr.pagefind')).toBeLessThan(hints.indexOf('data-pagefind-meta'));
  });
  it('gives Pagefind the tag the entry hint carries, and none without a hint', () => {
    expect(cacheTagFromHint('http://x/minsk-2020/pagefind/pagefind-entry.json?ts=fr_9eb25aa5c5')).toBe(
      'fr_9eb25aa5c5',
    );
    expect(cacheTagFromHint(undefined)).toBeUndefined();
    expect(() => cacheTagOf('pagefind-entry.json')).toThrow(/not a Pagefind metadata file/);
  });
  it('finds the relative imports of a built module, and puts the hints at the end of the head', () => {
    expect(staticImports('import{a as e}from"./search-query.X.js";import"./b.js";import x from "y"')).toEqual(
      ['search-query.X.js', 'b.js'],
    );
    expect(withPreloadHints('<head><title>t</title></head><body>', '<link>', 'p')).toBe(
      '<head><title>t</title><link></head><body>',
    );
    expect(
      moduleScripts('<head></head><body><script type="module" src="/_astro/search.X.js"></script></body>'),
    ).toEqual(['/_astro/search.X.js']);
    expect(() => withPreloadHints('<body>', '<link>', 'dist/recherche/index.html')).toThrow(
      /dist\/recherche\/index.html: no <\/head>/,
    );
  });
});

describe('marking the reader’s words inside elided and hyphenated forms', () => {
  const marked = (parts: ExcerptPart[]) => parts.filter((p) => p.marked).map((p) => p.text);
  it('marks the word after an elided article, and not the article', () => {
    const parts = markWords([{ text: 'un échange d’ambassadeurs.', marked: false }], ['ambassadeurs']);
    expect(marked(parts)).toEqual(['ambassadeurs']);
    expect(parts.map((p) => p.text).join('')).toBe('un échange d’ambassadeurs.');
  });
  it('marks a part of a hyphenated form, whatever its accents, by prefix as the index matches', () => {
    expect(marked(markWords([{ text: 'tension biélorusso-russe', marked: false }], ['russe']))).toEqual([
      'russe',
    ]);
    expect(marked(markWords([{ text: 'l’Énergie', marked: false }], ['energie']))).toEqual(['Énergie']);
    expect(marked(markWords([{ text: 'des ambassadeurs', marked: false }], ['ambassadeur']))).toEqual([
      'ambassadeurs',
    ]);
  });
  it('keeps what Pagefind marked, and marks no word shorter than three letters', () => {
    const parts = markWords(
      [
        { text: 'la ', marked: false },
        { text: 'Crimée', marked: true },
      ],
      ['la', 'Crimée'],
    );
    expect(parts).toEqual([
      { text: 'la ', marked: false },
      { text: 'Crimée', marked: true },
    ]);
  });
});
