import { z } from 'astro/zod';
import { checkDatePrecision, datePrecision, idRef, isoDate, sentenceRef, titleText } from './common.ts';
import { SECTION_COLLECTIONS } from './sections.ts';

/** An event of the story that the article does not report, shown on the timeline as context. */
export const eventSchema = z
  .strictObject({
    /** A short headline, in the site's own words. */
    title: titleText,
    /** One or two sentences on what happened, in the site's own words. */
    text: z.string().min(10),
    /** When it happened: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
    date: isoDate,
    /** How precisely the date is known: day, month, year or approximate. */
    datePrecision,
    /** The section whose thread this event belongs to, for filtering the timeline. */
    section: z.enum(SECTION_COLLECTIONS, {
      error: `expected one of: ${SECTION_COLLECTIONS.join(', ')}`,
    }),
    /** Where the fact comes from (ids in content/sources/): context is never unsourced. */
    sources: z
      .array(idRef, { error: 'list the sources of this event: ids in content/sources/' })
      .min(1, { error: 'a context event needs at least one source (an id in content/sources/)' }),
    /** Entries of the analysis this event bears on (their ids). */
    entries: z.array(idRef).default([]),
    /** Sentences of the article this event bears on ("§4.2"). */
    sentences: z.array(sentenceRef).default([]),
    /** Shown in the compact timeline on the home page. */
    key: z.boolean().default(false),
  })
  .superRefine(checkDatePrecision);

export type EventData = z.infer<typeof eventSchema>;
