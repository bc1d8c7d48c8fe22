import { z } from 'zod';
import {
  checkDatePrecision,
  datePrecision,
  idRef,
  isoDate,
  sentenceRef,
  SUMMARY_MAX,
  titleText,
} from './common.ts';

/** A span of the article that an entry analyses. */
export const excerptSchema = z.strictObject({
  /** The sentence that holds the span. */
  ref: sentenceRef,
  /**
   * The exact words of the article, typographic apostrophes (’) and guillemets
   * (« ») included. Leave out to cover the whole sentence.
   */
  text: z.string().min(1).optional(),
});

/** The fields every analysis entry carries, whatever its section. */
export const entryFields = {
  /** The entry's heading, in the site's own words. */
  title: titleText,
  /** One line that says what the entry is about. */
  summary: z
    .string()
    .min(10, { error: 'a one-line summary is required' })
    .max(SUMMARY_MAX, {
      error: `a summary of at most ${SUMMARY_MAX} characters: one line, the rest goes in the text`,
    })
    .refine((s) => !s.includes('\n'), { error: 'the summary must fit on one line' }),
  /** When it happened: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: isoDate,
  /** How precisely the date is known: day, month, year or approximate. */
  datePrecision,
  /** A source (content/sources/) for the date when the article itself does not give it. */
  dateSource: idRef.optional(),
  /** The sentences of the article this entry covers, with the exact span where it is only part of one. */
  covers: z.array(excerptSchema).min(1, { error: 'list at least one sentence in covers' }),
  /** People, places and institutions the entry mentions (ids in content/entities/). */
  entities: z.array(idRef).default([]),
  /** Shown first on the home page among the key points. */
  featured: z.boolean().default(false),
};

/** visit-facts, energy-dispute and commentary entries. */
export const entrySchema = z.strictObject(entryFields).superRefine(checkDatePrecision);

export const STATEMENT_MODES = ['direct', 'indirect', 'attributed'] as const;
export const STATEMENT_CHANNELS = [
  'meeting',
  'press-conference',
  'official-statement',
  'twitter',
  'speech',
  'press-report',
  'unspecified',
] as const;

/** One statement or quote reported by the article. */
export const statementSchema = z
  .strictObject({
    ...entryFields,
    /** Who spoke (ids in content/entities/); several when the article reports a joint statement. */
    speakers: z.array(idRef).min(1, { error: 'name at least one speaker (an entity id)' }),
    /**
     * How the article reports it: `direct` quotes the words between guillemets,
     * `indirect` reports them in its own words, `attributed` is a claim the
     * article credits to someone ("Selon Reuters…").
     */
    mode: z.enum(STATEMENT_MODES, { error: `expected one of: ${STATEMENT_MODES.join(', ')}` }),
    /** Where it was said, as far as the article or the record shows. */
    channel: z.enum(STATEMENT_CHANNELS, {
      error: `expected one of: ${STATEMENT_CHANNELS.join(', ')}`,
    }),
    /** To whom, when known (an entity id). */
    addressee: idRef.optional(),
    /** The words the article puts between guillemets, exactly, without the guillemets. */
    quote: excerptSchema.required().optional(),
  })
  .superRefine(checkDatePrecision)
  .superRefine((data, ctx) => {
    if (data.mode === 'direct' && !data.quote) {
      ctx.addIssue({
        code: 'custom',
        path: ['quote'],
        message: 'a direct statement needs its quote: { ref: "§4.2", text: "the exact words" }',
      });
    }
  });

export type EntryData = z.infer<typeof entrySchema>;
export type StatementData = z.infer<typeof statementSchema>;
