/**
 * The text a reader copies from /citations/: the words, whose attribution
 * they are (the article's), and the verdicts that judge them, so that a
 * quote never leaves the site without its check.
 */
import { toWhomAll } from './attribution.ts';
import { nestQuotes } from './typography.ts';

export { nestQuotes };

export interface CitationInput {
  /** The words as the article gives them. */
  readonly words: string;
  /** Whom the article credits, each as a sentence writes the name ("le ministère…"). */
  readonly attributedTo: readonly string[];
  /** The verdict labels on these words, in the article's order; repeats are said once. */
  readonly verdicts: readonly string[];
  /** The quote's permanent address. */
  readonly link: string;
}

const NARROW_NBSP = '\u202F';
const NBSP = '\u00A0';

/** « words » — attribué par l'article à …  ; vérification : Trompeur (address) */
export function citationText(input: CitationInput): string {
  const verdicts = [...new Set(input.verdicts)];
  const check = verdicts.length > 0 ? `${NARROW_NBSP}; vérification${NBSP}: ${verdicts.join(', ')}` : '';
  return `«${NARROW_NBSP}${nestQuotes(input.words)}${NARROW_NBSP}» — attribué par l’article ${toWhomAll(input.attributedTo)}${check} (${input.link})`;
}
