/**
 * Dates of the story with their real precision.
 *
 * A date is an ISO string whose length says which period it names
 * ("2019", "2019-12", "2019-12-31") and a precision that says how sure we are:
 * `approximate` keeps the period of the ISO string but is shown as "vers …".
 */

import {
  DATE_PRECISIONS,
  isoMatchesPrecision,
  isValidIsoDate,
  parseValidIso,
  type DatePrecision,
  type Period,
  type StoryDate,
} from '../../schemas/iso-date.ts';

export { DATE_PRECISIONS, isoMatchesPrecision, isValidIsoDate, type DatePrecision, type StoryDate };

/**
 * Milliseconds at the end of the named period. Sorting by it places a date
 * known only to the month after the days of that month, which is the honest
 * place for "sometime in February" in a chronological list.
 */
export function periodEnd(iso: string): number {
  const { year, month, day, period } = parseValidIso(iso);
  if (period === 'year') return Date.UTC(year + 1, 0, 1) - 1;
  if (period === 'month') return Date.UTC(year, month ?? 1, 1) - 1;
  return Date.UTC(year, (month ?? 1) - 1, (day ?? 1) + 1) - 1;
}

export function periodStart(iso: string): number {
  const parsed = parseValidIso(iso);
  return Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function compareStoryDates(a: StoryDate, b: StoryDate): number {
  return periodEnd(a.iso) - periodEnd(b.iso) || periodStart(b.iso) - periodStart(a.iso);
}

/** The period an ISO string names, which is also its precision when the date is exact. */
export function periodOf(iso: string): Period {
  return parseValidIso(iso).period;
}
