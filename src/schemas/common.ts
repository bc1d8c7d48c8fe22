import { z } from 'astro/zod';
import { DATE_PRECISIONS, isoMatchesPrecision, isValidIsoDate } from './iso-date.ts';

/** A sentence of the source, written §paragraph.sentence (e.g. "§4.2"). */
export const sentenceRef = z
  .string({ error: 'expected a sentence reference such as "§4.2"' })
  .regex(/^§\d+\.\d+$/, {
    error: 'write a sentence reference as "§paragraph.sentence", e.g. "§4.2" (see /source/)',
  });

/** An id of another file: lower-case words joined by hyphens, the file name without extension. */
export const idRef = z
  .string({ error: 'expected an id (the file name without extension)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'ids are lower-case words joined by hyphens, e.g. "loukachenko"',
  });

/**
 * A date written YYYY, YYYY-MM or YYYY-MM-DD, in quotes: unquoted, YAML turns
 * a full date into a timestamp.
 */
export const isoDate = z
  .string({ error: 'expected an ISO date in quotes, e.g. "2020-02-01", "2019-12" or "1994"' })
  .refine(isValidIsoDate, {
    error: 'not a real ISO date: write "YYYY", "YYYY-MM" or "YYYY-MM-DD" (e.g. "2020-02-01")',
  });

/** How precisely the date is known. */
export const datePrecision = z.enum(DATE_PRECISIONS, {
  error: `expected one of: ${DATE_PRECISIONS.join(', ')}`,
});

/** Refinement shared by every dated schema: the ISO form must match the stated precision. */
export function checkDatePrecision(
  data: { date: string; datePrecision: z.infer<typeof datePrecision> },
  ctx: z.RefinementCtx,
): void {
  if (!isoMatchesPrecision(data.date, data.datePrecision)) {
    ctx.addIssue({
      code: 'custom',
      path: ['datePrecision'],
      message: `"${data.date}" does not match precision "${data.datePrecision}": a day needs YYYY-MM-DD, a month YYYY-MM, a year YYYY`,
    });
  }
}

/** The longest heading the pages, share cards and search results are laid out for. */
export const TITLE_MAX = 120;
/** The longest one-line summary an entry card and a search result show whole. */
export const SUMMARY_MAX = 200;

/** A heading in the site's own words, between 3 and TITLE_MAX characters. */
export const titleText = z
  .string()
  .min(3, { error: 'a title of at least 3 characters is required' })
  .max(TITLE_MAX, {
    error: `a title of at most ${TITLE_MAX} characters: shorten it, details go in the text`,
  });
