/**
 * Dates written as each language writes them, through Intl.DateTimeFormat in
 * the locale's own date convention ("1er février 2020", "1 February 2020",
 * "1. Februar 2020"), at the precision the date is known: never a day that is
 * not known.
 */

/** A story date: an ISO string of its period ("2019", "2019-12", "2019-12-31") and its precision. */
export interface DatedAs {
  readonly iso: string;
  readonly precision: string;
}

/** Words that a date display needs beyond what Intl gives, from the interface dictionary. */
export interface DateWords {
  /** "vers", for approximate dates. */
  readonly around: string;
  /** How the first of a month is written: "1er" in French, "1" elsewhere. */
  readonly firstOfMonth: string;
}

/**
 * A date at the precision its ISO string has. `dateLocale` is the BCP 47 tag
 * whose conventions dates follow (the table's `dateLocale`, e.g. "en-GB").
 */
export function formatStoryDate(date: DatedAs, dateLocale: string, words: DateWords): string {
  const [year, month, day] = date.iso.split('-').map(Number) as [number, number?, number?];
  const at = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  let text: string;
  if (day !== undefined) {
    const parts = new Intl.DateTimeFormat(dateLocale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(at);
    text = parts.map((p) => (p.type === 'day' && day === 1 ? words.firstOfMonth : p.value)).join('');
  } else if (month !== undefined) {
    text = new Intl.DateTimeFormat(dateLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      at,
    );
  } else text = String(year);
  return date.precision === 'approximate' ? `${words.around} ${text}` : text;
}
