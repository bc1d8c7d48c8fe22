import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleDate, dateBasis, datesStatedIn } from '../../src/lib/content/rules/date-basis.ts';
import { parseArticle } from '../../src/lib/article/article.ts';

const article = parseArticle(
  readFileSync(new URL('../../content/article/article.fr.txt', import.meta.url), 'utf8'),
);

describe('the dates a sentence states', () => {
  it('reads days, months, years and ISO dates, a day without a year taking the text’s year', () => {
    expect(datesStatedIn('Le 31 décembre 2019, la Russie a cessé', 2020)).toEqual(['2019-12-31']);
    expect(datesStatedIn('Il est arrivé à Minsk le 1er février.', 2020)).toEqual(['2020-02-01']);
    expect(datesStatedIn('à Minsk, le1er février 2020.', undefined)).toEqual(['2020-02-01']);
    expect(datesStatedIn('date 2020-02 Le président', undefined)).toEqual(['2020-02']);
    expect(datesStatedIn('en février 2020, puis en 2014', undefined)).toEqual(['2020-02', '2014']);
    expect(datesStatedIn('après 26 ans', 2020)).toEqual([]);
  });

  it('finds the article’s own date in its dateline', () => {
    expect(articleDate(article)).toBe('2020-02');
  });
});

describe('what an entry’s date rests on', () => {
  const entry = (date: string, refs: string[], dateSource?: string) => ({
    date,
    dateSource,
    covers: refs.map((ref) => ({ ref })),
  });

  it('is a sentence it covers when that sentence states the date, or a day within it', () => {
    expect(dateBasis(entry('2020-02-01', ['§2.2']), article)).toEqual({ kind: 'sentence', ref: '§2.2' });
    expect(dateBasis(entry('2019-12', ['§11.3']), article)).toEqual({ kind: 'sentence', ref: '§11.3' });
  });

  it('is the named source first', () => {
    expect(dateBasis(entry('2020-01-24', ['§11.4'], 'ap'), article)).toEqual({
      kind: 'source',
      source: 'ap',
    });
  });

  it('is the article’s own date for an entry dated to it', () => {
    expect(dateBasis(entry('2020-02', ['§14.1']), article)).toEqual({ kind: 'article' });
  });

  it('is nothing for a date no covered sentence states, without a source', () => {
    expect(dateBasis(entry('2014-03', ['§14.1']), article)).toBeUndefined();
    expect(dateBasis(entry('2020-02-01', ['§4.3']), article)).toBeUndefined();
  });
});
