/**
 * Dates of the story with their real precision.
 *
 * A date is an ISO string whose length says which period it names
 * ("2019", "2019-12", "2019-12-31") and a precision that says how sure we are:
 * `approximate` keeps the period of the ISO string but is shown as "vers …".
 */

export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface StoryDate {
  readonly iso: string;
  readonly precision: DatePrecision;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type Period = 'day' | 'month' | 'year';

interface ParsedIso {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly period: Period;
}

function parseIso(iso: string): ParsedIso | undefined {
  const match = ISO.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, period: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, period: 'month' };
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day, period: 'day' };
}

/** For dates the schemas have already accepted: anything else is a bug, so it throws. */
function parseValidIso(iso: string): ParsedIso {
  const parsed = parseIso(iso);
  if (!parsed) throw new Error(`Not an ISO date: ${iso}`);
  return parsed;
}

/** True for a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD. */
export function isValidIsoDate(iso: string): boolean {
  return parseIso(iso) !== undefined;
}

/** A `day` date needs YYYY-MM-DD, `month` YYYY-MM, `year` YYYY; `approximate` takes any. */
export function isoMatchesPrecision(iso: string, precision: DatePrecision): boolean {
  const parsed = parseIso(iso);
  if (!parsed) return false;
  return precision === 'approximate' || parsed.period === precision;
}

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
