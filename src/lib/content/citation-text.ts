/**
 * The text a reader copies from the quotes page: the words, whose attribution
 * they are (the article's), and the verdicts that judge them, so that a
 * quote never leaves the site without its check. The phrasing is the page's
 * language; the words stay the article's.
 */
import { fill } from '../../i18n/fill.ts';
import { nestQuotes } from '../../i18n/typography.ts';

export { nestQuotes };

export interface CitationInput {
  /** The words as the article gives them. */
  readonly words: string;
  /** Whose the words are, as the article has it, in the page's language ("attribué par l’article au ministère…"). */
  readonly attribution: string;
  /** The verdict labels on these words, in the article's order; repeats are said once. */
  readonly verdicts: readonly string[];
  /** How the verdicts follow the attribution, "{labels}" for the labels ("\u202F; vérification\u00A0: {labels}"). */
  readonly verdictsLine: string;
  /** The quote's permanent address. */
  readonly link: string;
  /** Who is credited for the check: the site's name and its publisher when declared (siteCredit). */
  readonly credit?: string | undefined;
}

const NARROW_NBSP = '\u202F';

/** « words » — attribué par l'article à …  ; vérification : Trompeur (Site (Publisher), address) */
export function citationText(input: CitationInput): string {
  const verdicts = [...new Set(input.verdicts)];
  const check = verdicts.length > 0 ? fill(input.verdictsLine, { labels: verdicts.join(', ') }) : '';
  const where = input.credit ? `${input.credit}, ${input.link}` : input.link;
  return `«${NARROW_NBSP}${nestQuotes(input.words)}${NARROW_NBSP}» — ${input.attribution}${check} (${where})`;
}
