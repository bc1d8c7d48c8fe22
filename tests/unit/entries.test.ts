import { describe, expect, it } from 'vitest';
import {
  entriesBySentence,
  entryPath,
  isStatement,
  withNeighbours,
  sortChronologically,
  type AnalysisEntry,
} from '../../src/lib/content/entries.ts';
import type { DatePrecision } from '../../src/lib/timeline/dates.ts';
import type { SectionCollection } from '../../src/lib/content/sections.ts';

function entry(
  slug: string,
  collection: SectionCollection,
  date: string,
  precision: DatePrecision,
  refs: string[],
): AnalysisEntry {
  return {
    collection,
    slug,
    lang: 'fr',
    data: {
      title: slug,
      summary: `${slug} summary`,
      date,
      datePrecision: precision,
      covers: refs.map((ref) => ({ ref })),
      entities: [],
      featured: false,
    },
  };
}

const a = entry('a', 'commentary', '2020-02', 'month', ['§12.1']);
const b = entry('b', 'visit-facts', '2020-02-01', 'day', ['§2.2', '§3.2']);
const c = entry('c', 'statements', '2020-02-01', 'day', ['§4.2']);
const d = entry('d', 'energy-dispute', '2019-12-31', 'day', ['§11.3']);
const e = entry('e', 'visit-facts', '2020-02-01', 'day', ['§2.1']);

describe('sortChronologically', () => {
  it('orders by date, then section, then place in the article', () => {
    expect(sortChronologically([a, b, c, d, e]).map((x) => x.slug)).toEqual(['d', 'e', 'b', 'c', 'a']);
  });
});

describe('withNeighbours', () => {
  it('gives each entry the ones before and after it in time', () => {
    const paired = withNeighbours(sortChronologically([a, b, c, d, e]));
    expect(paired.find((p) => p.entry === b)).toEqual({ entry: b, previous: e, next: c });
    expect(paired[0]).toEqual({ entry: d, previous: undefined, next: e });
    expect(paired.at(-1)?.next).toBeUndefined();
  });
});

describe('entriesBySentence', () => {
  it('lists every entry covering a sentence, once', () => {
    const twice = entry('t', 'commentary', '2020', 'year', ['§2.2', '§2.2']);
    const index = entriesBySentence([b, twice, c]);
    expect(index.get('2.2')).toEqual([b, twice]);
    expect(index.get('3.2')).toEqual([b]);
    expect(index.has('9.9')).toBe(false);
  });
});

describe('entryPath and isStatement', () => {
  it('route an entry under its section', () => {
    expect(entryPath(c)).toBe('declarations/c/');
    expect(entryPath(a)).toBe('commentaire/a/');
    expect(isStatement(c)).toBe(true);
    expect(isStatement(b)).toBe(false);
  });
});
