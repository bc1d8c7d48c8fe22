import { z } from 'astro/zod';
import { evidenceSchema } from './claim.ts';
import { questionText, reportedWordingSchema } from './translation.ts';
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
  /**
   * Questions readers ask that this entry answers, in their words: "La Russie a-t-elle coupé le
   * pétrole à la Biélorussie ?". The search index weighs them more than the page's text, so that
   * a reader who types the question finds this entry first; the search page lists the first one,
   * linked to the entry, before a search (src/lib/views/search.ts): put the best answered first.
   */
  questions: z.array(questionText).optional(),
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

/**
 * Whether the record bears out whom the article credits: `confirmed` (a source
 * shows that speaker said it), `partly-confirmed` (part of it, or one of the
 * speakers), `not-found` (looked for, not found), `contradicted` (a source
 * shows otherwise).
 */
export const ATTRIBUTION_STATUSES = ['confirmed', 'partly-confirmed', 'not-found', 'contradicted'] as const;
export type AttributionStatus = (typeof ATTRIBUTION_STATUSES)[number];

/**
 * What someone is recorded as saying on the same subject, in words other than
 * the article's: shown beside the quote as different words, with their source,
 * so that neither is taken for the other.
 */
export const recordedWordsSchema = z.strictObject({
  /** Who said them (an id in content/entities/). */
  speaker: idRef,
  /** The words exactly as the source published them, in the source's language. */
  text: z.string().min(2),
  /** The source that recorded them: an id in content/sources/. */
  source: idRef,
});

/** Who said it according to the record, as against whom the article credits. */
export const attributionSchema = z
  .strictObject({
    /** How far the record bears out the article's attribution. */
    status: z.enum(ATTRIBUTION_STATUSES, { error: `expected one of: ${ATTRIBUTION_STATUSES.join(', ')}` }),
    /**
     * Who the record shows said these words, when it is not whom the article
     * names (ids in content/entities/): the quote is grouped under them, the
     * article's words unchanged. Only for words the record shows them saying:
     * someone who said something else goes in `recordedWords`.
     */
    spokenBy: z.array(idRef).min(1).optional(),
    /**
     * What the record shows someone said instead, when the article's words
     * were not found: e.g. the minister's own words beside the words the
     * article gives the ministry. The quote stays under whom the article credits.
     */
    recordedWords: recordedWordsSchema.optional(),
    /** What the status rests on: the sources that were read for it. */
    evidence: z
      .array(evidenceSchema)
      .min(1, { error: 'an attribution status needs evidence: { kind: external, source, note }' }),
  })
  .superRefine((data, ctx) => {
    // Words nobody was found saying cannot be filed under someone the record shows saying them.
    if (data.status === 'not-found' && data.spokenBy) {
      ctx.addIssue({
        code: 'custom',
        path: ['spokenBy'],
        message:
          'spokenBy names who the record shows said these words, but the status says they were not found: remove spokenBy, and put what the record shows someone said instead in recordedWords: { speaker, text, source }',
      });
    }
  });

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
    /**
     * The quote's wording as a source reported it in English (a wire, a
     * transcript, an official English text), shown on English pages after the
     * article's French words; without it, English pages show the site's translation.
     */
    reportedInEnglish: reportedWordingSchema.optional(),
    /** Whether the record bears out the article's attribution: speakers, mode and channel are the article's claim. */
    attribution: attributionSchema,
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
export type AttributionData = z.infer<typeof attributionSchema>;
