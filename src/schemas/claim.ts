import { z } from 'astro/zod';
import { idRef, sentenceRef, titleText } from './common.ts';

/** What supports a conclusion: the article itself, or a publication from content/sources/. */
export const evidenceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      /** The article contradicts or repeats itself: the sentences that show it. */
      kind: z.literal('internal'),
      refs: z.array(sentenceRef).min(1, { error: 'list the sentences that show it, e.g. ["§3.1"]' }),
      /** What those sentences show, in a sentence. */
      note: z.string().min(5),
    }),
    z.strictObject({
      /** A publication outside the article. */
      kind: z.literal('external'),
      /** Its id in content/sources/. */
      source: idRef,
      /** What it says that bears on the claim, in a sentence. */
      note: z.string().min(5),
    }),
  ],
  { error: 'evidence is { kind: internal, refs, note } or { kind: external, source, note }' },
);

export const CLAIM_TYPES = ['fact', 'attributed', 'quote', 'framing', 'opinion'] as const;

/**
 * The rating scale. `opinion` is not a rating: it marks what cannot be
 * checked because it is the author's view.
 */
export const CLAIM_LABELS = ['exact', 'imprecise', 'misleading', 'wrong', 'unverifiable', 'opinion'] as const;
export type ClaimLabel = (typeof CLAIM_LABELS)[number];

/** One checkable statement of the article (or one opinion), with its verdict and evidence. */
export const claimSchema = z
  .strictObject({
    /** The sentence that holds it. */
    ref: sentenceRef,
    /** The exact words of the article; left out when the claim is the whole sentence. */
    span: z.string().min(1).optional(),
    /**
     * fact: the article's own statement of fact; attributed: what it reports
     * someone said; quote: words it puts in guillemets; framing: a choice of
     * words or emphasis; opinion: the author's view.
     */
    type: z.enum(CLAIM_TYPES, { error: `expected one of: ${CLAIM_TYPES.join(', ')}` }),
    /** The verdict, from the scale above. */
    label: z.enum(CLAIM_LABELS, { error: `expected one of: ${CLAIM_LABELS.join(', ')}` }),
    /** The entry whose page shows this claim (an id in content/<section>/fr/). */
    entry: idRef,
    /** What is claimed, in the site's words, under 75 characters (ClaimReview's claimReviewed). */
    claim: z.string().min(10).max(74, { error: 'keep the claim under 75 characters' }),
    /** What is right, what is wrong, on what evidence: a sentence or two. */
    conclusion: z.string().min(20),
    /** What the conclusion rests on. */
    evidence: z.array(evidenceSchema).default([]),
    /**
     * When the claim is where the article departs from the English text it
     * follows: that text's id in content/sources/, also cited in `evidence`.
     * Lists the claim among the departures on /analyse/.
     */
    departsFrom: idRef.optional(),
  })
  .superRefine((data, ctx) => {
    if ((data.type === 'opinion') !== (data.label === 'opinion')) {
      ctx.addIssue({
        code: 'custom',
        path: ['label'],
        message:
          data.type === 'opinion'
            ? 'an opinion is labelled "opinion": it is not rated'
            : 'only a claim of type "opinion" takes the label "opinion"; rate this one',
      });
    }
    if (data.label !== 'opinion' && data.evidence.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message:
          'a rated claim needs evidence: { kind: external, source, note } or { kind: internal, refs, note }',
      });
    }
  });

/** Something the article leaves out that its own sources reported. */
export const omissionSchema = z.strictObject({
  /** A short heading, in the site's words. */
  title: titleText,
  /** What is missing and why it matters, in the site's words. */
  text: z.string().min(20),
  /** Sentences of the article where it is missing ("§4.2"). */
  sentences: z.array(sentenceRef).default([]),
  /** Entries it bears on (their ids). */
  entries: z.array(idRef).default([]),
  /** Where the missing facts are reported: at least one outside source. */
  evidence: z.array(evidenceSchema).min(1, { error: 'an omission needs evidence of what was left out' }),
});

export type ClaimData = z.infer<typeof claimSchema>;
export type OmissionData = z.infer<typeof omissionSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
