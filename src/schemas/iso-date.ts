/**
 * ISO dates of the story as the content writes them: "2019", "2019-12" or
 * "2019-12-31", each with a precision. The schemas validate with these; the
 * timeline (src/lib/timeline/dates.ts) orders and groups with them.
 */

export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface StoryDate {
  readonly iso: string;
  readonly precision: DatePrecision;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Period = 'day' | 'month' | 'year';

export interface ParsedIso {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly period: Period;
}

export function parseIso(iso: string): ParsedIso | undefined {
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
export function parseValidIso(iso: string): ParsedIso {
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
