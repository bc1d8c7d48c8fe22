import { fill } from '../../src/lib/fill.ts';
import { fillCount } from '../../src/lib/plural.ts';
import { fr } from '../../src/i18n/fr.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasesFor, foldForSearch, searchVariants } from '../../src/lib/aliases.ts';
import { elisionWords, stripElisions } from '../../src/lib/elision.ts';
import { groupBySpeakers, matchesQuery } from '../../src/lib/quotes.ts';
import { buildRecordInput } from '../../src/lib/search-content.ts';
import {
  cleanQuery,
  excerptParts,
  highlightUrl,
  indexQuery,
  MAX_QUERY_LENGTH,
  paramsFromState,
  stateFromParams,
} from '../../src/lib/search-query.ts';
import { searchRecords, statementWords } from '../../src/lib/search-records.ts';
import { parseArticle } from '../../src/lib/source.ts';

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
});

describe('search state in the URL', () => {
  it('round-trips the query and the filters', () => {
    const state = {
      query: 'Lukashenka',
      filters: { type: ['Citation'], orateur: ['Mike Pompeo', 'Reuters'] },
    };
    const params = paramsFromState(state);
    expect(params.toString()).toBe('q=Lukashenka&type=Citation&orateur=Mike+Pompeo&orateur=Reuters');
    expect(stateFromParams(params)).toEqual(state);
  });
  it('ignores unknown parameters and empty values', () => {
    expect(stateFromParams(new URLSearchParams('q=&type=&x=1&rubrique=La+visite'))).toEqual({
      query: '',
      filters: { rubrique: ['La visite'] },
    });
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
  it('encodes what a fragment must not contain, and leaves unmarked results alone', () => {
    expect(highlightUrl('/a/', excerptParts('<mark>États-Unis,</mark>'))).toBe(
      '/a/#:~:text=%C3%89tats%2DUnis',
    );
    expect(highlightUrl('/a/', excerptParts('rien'))).toBe('/a/');
  });
});

describe('the quotes page', () => {
  it('groups statements by speakers, a joint statement apart', () => {
    const statement = (slug: string, speakers: string[]) => ({ slug, data: { speakers } });
    const groups = groupBySpeakers(
      [statement('a', ['pompeo']), statement('b', ['pompeo', 'loukachenko']), statement('c', ['pompeo'])],
      (id) => id.toUpperCase(),
    );
    expect(groups.map((g) => [g.anchor, g.label, g.statements.map((s) => s.slug)])).toEqual([
      ['orateur-pompeo', 'POMPEO', ['a', 'c']],
      ['orateur-pompeo-et-loukachenko', 'POMPEO et LOUKACHENKO', ['b']],
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
});

describe('searchRecords', () => {
  const input = buildRecordInput(root, `${root}content`, '/minsk-2020/');
  const records = searchRecords(input);
  const article = parseArticle(readFileSync(`${root}content/source/article.fr.txt`, 'utf8'));

  it('makes one record per statement, per sentence and per context event', () => {
    const kinds = records.map((r) => r.filters['type']?.[0]);
    expect(kinds.filter((k) => k === 'Citation')).toHaveLength(input.statements.length);
    expect(kinds.filter((k) => k === 'Phrase de l’article')).toHaveLength(article.sentences.length);
    expect(kinds.filter((k) => k === 'Chronologie')).toHaveLength(input.events.length);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });

  it('links a quote to its anchor under the base path, with speaker, section and mode filters', () => {
    const quote = records.find((r) => r.url === '/minsk-2020/citations/#loukachenko-malentendus');
    expect(quote).toMatchObject({
      language: 'fr',
      filters: {
        rubrique: ['Les déclarations'],
        orateur: ['Alexandre Loukachenko'],
        forme: ['Citation directe'],
        type: ['Citation'],
      },
    });
    expect(quote?.content).toContain('très bien que vous ayez risqué de venir à Minsk');
    expect(quote?.meta['variantes']).toContain('Lukashenka');
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

  it('heads a sentence with its § and its first words, not the whole sentence again', () => {
    const sentence = records.find((r) => r.url === '/minsk-2020/source/#s12-1');
    expect(sentence?.meta['title']).toBe(
      '§12.1 · La politique actuelle des dirigeants biélorusses montre que…',
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
    expect(fillCount(forms(key), count, values)).toBe(expected);
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
