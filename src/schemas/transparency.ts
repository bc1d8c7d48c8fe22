import { z } from 'astro/zod';
import { idRef, isoDate, sentenceRef } from './common.ts';

export const CHANGE_KINDS = ['publication', 'addition', 'correction', 'update'] as const;

/**
 * One dated change to the analysis, shown in the changelog on /methode/. A page's
 * "last updated" date is the latest change that touches what it shows.
 */
export const changeSchema = z.strictObject({
  /** The day of the change, "YYYY-MM-DD". */
  date: isoDate.refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d), {
    error: 'a change is dated to the day: "YYYY-MM-DD"',
  }),
  /**
   * publication: the analysis first put online; addition: something new;
   * correction: an error of the site fixed (the article itself is never corrected);
   * update: a change of form.
   */
  kind: z.enum(CHANGE_KINDS, { error: `expected one of: ${CHANGE_KINDS.join(', ')}` }),
  /** What changed, in a sentence, in the site's words. */
  text: z.string().min(10),
  /**
   * Ids of what it touched: entries, claims, omissions, context events. Left out
   * (or empty) when it touched the whole site.
   */
  affects: z.array(idRef).default([]),
});

/**
 * One line of the home page's "L'essentiel": a finding in a sentence, with the
 * evidence it links to. Exactly one of claim, omission or page.
 */
export const findingSchema = z
  .strictObject({
    /** Position in the list, from 1. */
    order: z.number().int().min(1),
    /** The finding in one line, in the site's words. */
    text: z.string().min(10).max(140, { error: 'keep a finding to one line (under 140 characters)' }),
    /** The claim (content/claims/) whose verdict is the evidence. */
    claim: idRef.optional(),
    /** The omission (content/omissions/) that is the evidence. */
    omission: idRef.optional(),
    /** A page of the site that holds the evidence. */
    page: z.enum(['provenance']).optional(),
  })
  .refine((f) => [f.claim, f.omission, f.page].filter(Boolean).length === 1, {
    error: 'give exactly one of claim, omission or page as the evidence of a finding',
    path: ['claim'],
  });

/** The one file of the site's verdict on the article: content/verdicts/<locale>/article.yaml. */
export const ARTICLE_VERDICT_ID = 'article';

const verdictText = z
  .string()
  .min(40)
  .max(600, { error: 'keep the verdict to one or two sentences (under 600 characters)' });

/**
 * The site's verdict on the article as a whole, at the top of the front page: one or two
 * sentences in the site's words, the words that rest on a check linked to it inline as
 * "[words](id)", the id of a claim (c04) or an omission, or "provenance" for the page on where
 * the article comes from (src/lib/content/evidence-links.ts).
 */
export const articleVerdictSchema = z.strictObject({ text: verdictText });
export const articleVerdictTranslationSchema = articleVerdictSchema;

/** A change of wording between the English near-source and the French text. */
export const wordingChangeSchema = z.strictObject({
  /** The English words, exactly as in `english`. */
  en: z.string().min(1),
  /** The French words that replace them, exactly as in the article; left out when they were dropped. */
  fr: z.string().min(1).optional(),
  /** What the change does, in the site's words. */
  note: z.string().min(5),
});

/**
 * A passage of the article that the research matched to its English near-source.
 * The English text is verbatim from the research dossier, typos included.
 */
export const sourceMatchSchema = z.strictObject({
  /** The sentences of the article the passage covers, in order. */
  refs: z.array(sentenceRef).min(1),
  /** The near-source (an id in content/sources/). */
  source: idRef,
  /** The English text, verbatim, typos kept, as the dossier records it. */
  english: z.string().min(10),
  /** near-verbatim, paraphrase, or altered (the French changes the meaning). */
  relation: z.enum(['near-verbatim', 'paraphrase', 'altered']),
  /** The changes worth marking. */
  changes: z.array(wordingChangeSchema).default([]),
});

export type ChangeData = z.infer<typeof changeSchema>;
export type FindingData = z.infer<typeof findingSchema>;
export type ArticleVerdictData = z.infer<typeof articleVerdictSchema>;
export type SourceMatchData = z.infer<typeof sourceMatchSchema>;
