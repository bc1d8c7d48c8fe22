/**
 * A translation file holds only prose: the fields of its base file (same id,
 * in content/<collection>/fr/) that are the site's own words, in another
 * locale. Facts (dates, references, labels, sources, quoted words) live once,
 * in the base file, so two editions cannot disagree on a verdict or a date.
 * Lists of notes follow the base file's list, item for item.
 */
import { z } from 'astro/zod';
import { titleText, SUMMARY_MAX } from './common.ts';
import { idRef } from './common.ts';

/** A question a reader might type: one line, as asked. */
export const questionText = z
  .string()
  .min(8, { error: 'a question of a few words, as a reader would type it' })
  .max(160, { error: 'a question of at most 160 characters' })
  .refine((s) => !s.includes('\n'), { error: 'a question must fit on one line' });

const prose = z.string().min(2);
/** One note per item of the base file's list, in its order; `{}` for an item without a note. */
const notes = z.array(z.strictObject({ note: prose.optional() }));

export const entryTranslationFields = {
  title: titleText,
  summary: z
    .string()
    .min(10, { error: 'a one-line summary is required' })
    .max(SUMMARY_MAX, { error: `a summary of at most ${SUMMARY_MAX} characters` })
    .refine((s) => !s.includes('\n'), { error: 'the summary must fit on one line' }),
  /** The base file's questions (src/schemas/entry.ts) as readers ask them in this locale, item for item. */
  questions: z.array(questionText).optional(),
};

export const entryTranslationSchema = z.strictObject(entryTranslationFields);

export const statementTranslationSchema = z.strictObject({
  ...entryTranslationFields,
  /**
   * The site's own translation of the quoted words, shown labelled as such;
   * for a quote whose wording was not reported in this language.
   */
  quoteTranslation: prose.optional(),
  attribution: z.strictObject({ evidence: notes }).optional(),
});

export const claimTranslationSchema = z.strictObject({
  claim: prose,
  conclusion: prose,
  evidence: notes.default([]),
});

export const omissionTranslationSchema = z.strictObject({ title: prose, text: prose, evidence: notes });
export const eventTranslationSchema = z.strictObject({ title: prose, text: prose });
export const textTranslationSchema = z.strictObject({ text: prose });
export const findingTranslationSchema = z.strictObject({
  text: z.string().min(10).max(140, { error: 'keep a finding to one line (under 140 characters)' }),
});
export const sourceMatchTranslationSchema = z.strictObject({ changes: notes.default([]) });
export const entityTranslationSchema = z.strictObject({
  name: prose.optional(),
  inSentence: prose.optional(),
  role: prose.optional(),
});
export const sourceTranslationSchema = z.strictObject({
  publication: prose.optional(),
  httpReason: prose.optional(),
});

/** The article in another locale: sentence id ("§4.2") → the site's translation of that sentence. */
export const articleTranslationSchema = z.record(
  z.string().regex(/^§\d+\.\d+$/, { error: 'keys are sentence ids such as "§4.2"' }),
  prose,
);

/** A wording reported in English by a source, for a quote the article gives in French. */
export const reportedWordingSchema = z.strictObject({
  /** The words exactly as the source published them. */
  text: prose,
  /** The source that reported them: an id in content/sources/. */
  source: idRef,
});
