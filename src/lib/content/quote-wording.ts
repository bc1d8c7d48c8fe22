/**
 * The wording a quote is given in, besides the article's French words, on a
 * page of a locale: the words a source reported in that language, or else the
 * site's translation. One decision for the pages, the quotes page, the search
 * records and the rules, so that they never show a quote differently.
 */
import type { StatementData } from '../../schemas/entry.ts';

/** The language of `reportedInEnglish`: the one the reporting this site checks against is in. */
export const REPORTED_LANGUAGE = 'en';

export type QuoteWording =
  | { readonly kind: 'reported'; readonly text: string; readonly source: string }
  | { readonly kind: 'translation'; readonly text: string };

/** `lang` is the page's language; `translation` the site's translation in the locale's twin, if any. */
export function quoteWording(
  statement: Pick<StatementData, 'quote' | 'reportedInEnglish'>,
  translation: string | undefined,
  lang: string,
): QuoteWording | undefined {
  if (!statement.quote) return undefined;
  const reported = lang === REPORTED_LANGUAGE ? statement.reportedInEnglish : undefined;
  if (reported) return { kind: 'reported', text: reported.text, source: reported.source };
  return translation ? { kind: 'translation', text: translation } : undefined;
}
