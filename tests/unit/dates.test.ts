import { describe, expect, it } from 'vitest';
import {
  compareStoryDates,
  isoMatchesPrecision,
  isValidIsoDate,
  periodOf,
  type StoryDate,
} from '../../src/lib/timeline/dates.ts';
import { formatStoryDate } from '../../src/i18n/dates.ts';

const words = { around: 'vers', firstOfMonth: '1er' };

describe('isValidIsoDate', () => {
  it.each(['2020', '2020-02', '2020-02-01', '2020-02-29', '1991-12-18'])('accepts %s', (iso) => {
    expect(isValidIsoDate(iso)).toBe(true);
  });
  it.each(['2019-02-29', '2020-13', '2020-00', '2020-02-30', '20', '2020-2-1', '1 février 2020', ''])(
    'rejects %s',
    (iso) => {
      expect(isValidIsoDate(iso)).toBe(false);
    },
  );
});

describe('isoMatchesPrecision', () => {
  it('asks the ISO form to match the stated precision', () => {
    expect(isoMatchesPrecision('2020-02-01', 'day')).toBe(true);
    expect(isoMatchesPrecision('2020-02', 'day')).toBe(false);
    expect(isoMatchesPrecision('2020-02', 'month')).toBe(true);
    expect(isoMatchesPrecision('2020', 'month')).toBe(false);
    expect(isoMatchesPrecision('1994', 'approximate')).toBe(true);
    expect(periodOf('1994-01')).toBe('month');
  });
});

describe('formatStoryDate', () => {
  it('never shows a day that is not known', () => {
    expect(formatStoryDate({ iso: '2020-02-01', precision: 'day' }, 'fr', words)).toBe('1er février 2020');
    expect(formatStoryDate({ iso: '2019-12-31', precision: 'day' }, 'fr', words)).toBe('31 décembre 2019');
    expect(formatStoryDate({ iso: '2019-12', precision: 'month' }, 'fr', words)).toBe('décembre 2019');
    expect(formatStoryDate({ iso: '2015', precision: 'year' }, 'fr', words)).toBe('2015');
    expect(formatStoryDate({ iso: '1994', precision: 'approximate' }, 'fr', words)).toBe('vers 1994');
  });

  it('writes a day in the order and with the punctuation of each language', () => {
    const first = { around: 'around', firstOfMonth: '1' };
    expect(formatStoryDate({ iso: '2020-02-01', precision: 'day' }, 'en-GB', first)).toBe('1 February 2020');
    expect(formatStoryDate({ iso: '2020-01-24', precision: 'day' }, 'de-DE', first)).toBe('24. Januar 2020');
    expect(formatStoryDate({ iso: '2019-12', precision: 'month' }, 'en-GB', first)).toBe('December 2019');
  });
});

describe('compareStoryDates', () => {
  it('orders mixed precisions, a month after its days and a year after its months', () => {
    const dates: StoryDate[] = [
      { iso: '2020-02', precision: 'month' },
      { iso: '2020', precision: 'year' },
      { iso: '2020-02-01', precision: 'day' },
      { iso: '2019-12-31', precision: 'day' },
      { iso: '2019-12', precision: 'month' },
      { iso: '2020-01-24', precision: 'day' },
    ];
    expect([...dates].sort(compareStoryDates).map((d) => d.iso)).toEqual([
      '2019-12-31',
      '2019-12',
      '2020-01-24',
      '2020-02-01',
      '2020-02',
      '2020',
    ]);
  });
});
