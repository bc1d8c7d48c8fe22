/**
 * How Pagefind ranks results on the search pages (its `ranking` option,
 * Pagefind 1.6: https://pagefind.app/docs/ranking/), tuned on the question
 * set of tests/e2e/search-questions.spec.ts; docs/search.md gives the figures
 * each setting bought.
 */
import { QUESTIONS_META } from './record-class.ts';

/**
 * A match in the questions a page answers counts this much, against 5 for
 * a match in its title (Pagefind's default `metaWeights.title`): a reader who
 * types one of those questions means that page.
 */
export const QUESTION_WEIGHT = 10;

/**
 * Only the questions' weight is set. On the question set, Pagefind's other settings moved
 * nothing or made it worse (docs/search.md): pageLength 0.3 or termFrequency 0.5 or
 * termSaturation 0.8 gave the same figures, pageLength 1 lost one question a language.
 */
export const RANKING = { metaWeights: { [QUESTIONS_META]: QUESTION_WEIGHT } } as const;
