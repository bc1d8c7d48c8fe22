import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../src/lib/site/csv.ts';
import { attributionOf, claimRecords, recordsToCsv, CLAIM_FIELDS } from '../../src/lib/content/open-data.ts';
import { claimSchema } from '../../src/schemas/claim.ts';

describe('CSV (RFC 4180)', () => {
  it('quotes a field only when it holds a comma, a double quote or a line break, and doubles its quotes', () => {
    expect(csvField('Minsk')).toBe('Minsk');
    expect(csvField('Minsk, Moscou')).toBe('"Minsk, Moscou"');
    expect(csvField('il dit "oui"')).toBe('"il dit ""oui"""');
    expect(csvField('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvField('« guillemets » français')).toBe('« guillemets » français');
    expect(csvField(undefined)).toBe('');
  });

  it('ends every record with CRLF, header first, fields in the header’s order', () => {
    expect(toCsv(['a', 'b'], [{ b: '2', a: '1' }, { a: 'x,y' }])).toBe('a,b\r\n1,2\r\n"x,y",\r\n');
  });

  it('reads back exactly what it writes', () => {
    const rows = [
      { id: 'c01', text: 'Il a dit « non », puis "oui"\r\net partit' },
      { id: 'c02', text: '' },
    ];
    expect(parseCsv(toCsv(['id', 'text'], rows))).toEqual([
      ['id', 'text'],
      ...rows.map((r) => [r.id, r.text]),
    ]);
  });
});

describe('open data records', () => {
  const claim = claimSchema.parse({
    ref: '§2.1',
    span: 'le premier',
    type: 'fact',
    label: 'wrong',
    entry: 'premier',
    claim: 'Pompeo est le premier à venir',
    conclusion: 'Faux : James Baker est venu en 1991, selon la source.',
    evidence: [
      { kind: 'external', source: 'rp', note: 'Baker à Minsk, 1991.' },
      { kind: 'internal', refs: ['§3.1'], note: 'L’article se contredit.' },
    ],
  });
  const context = {
    sources: new Map([['rp', { publication: 'Rzeczpospolita', url: 'https://rp.pl/x', lang: 'pl' }]]),
    absolute: (path: string) => `https://example.org/${path}`,
    entryPaths: new Map([['premier', 'visite/premier/']]),
    paths: {
      analysis: (id: string) => `analyse/#${id}`,
      quotes: (id: string) => `citations/#${id}`,
      timeline: (id: string) => `chronologie/#${id}`,
    },
  };

  it('gives a claim its evidence with the address of each source, and its entry’s address', () => {
    const [record] = claimRecords([{ id: 'c04', data: claim }], context);
    expect(record).toMatchObject({
      id: 'c04',
      sentence: '§2.1',
      label: 'wrong',
      entry_url: 'https://example.org/visite/premier/',
      url: 'https://example.org/analyse/#c04',
    });
    expect(record?.evidence).toEqual([
      {
        kind: 'external',
        note: 'Baker à Minsk, 1991.',
        source: { publication: 'Rzeczpospolita', url: 'https://rp.pl/x' },
      },
      { kind: 'internal', note: 'L’article se contredit.', sentences: ['§3.1'] },
    ]);
    const csv = parseCsv(recordsToCsv(CLAIM_FIELDS, claimRecords([{ id: 'c04', data: claim }], context)));
    expect(csv[1]?.[CLAIM_FIELDS.indexOf('evidence')]).toBe(
      'Rzeczpospolita <https://rp.pl/x> : Baker à Minsk, 1991. | §3.1 : L’article se contredit.',
    );
  });

  it('takes the attribution status from the statement when it has one, and never guesses it', () => {
    expect(attributionOf({ attribution: 'confirmed' })).toBe('confirmed');
    expect(attributionOf({ attribution: { status: 'unconfirmed', source: 'x' } })).toBe('unconfirmed');
    expect(attributionOf({})).toBe('');
  });
});
