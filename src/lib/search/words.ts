/**
 * The words of a query that mean something. Questions are mostly filler
 * ("pourquoi", "est-il", "did", "the"): Pagefind finds only the pages that
 * hold every word typed, so the search looks for the meaningful ones and
 * leaves the rest out. Shared by the query's clean-up, the results for part
 * of the words and the links that land on a match.
 */
import { foldForSearch } from './aliases.ts';
import { stripElisions } from './elision.ts';
import { FILLER_WORDS } from './filler-words.ts';

/** Every published language's filler words together: a reader may ask in either language on either edition. */
const STOPWORDS = new Set(Object.values(FILLER_WORDS).flatMap((list) => list.split(/\s+/).filter(Boolean)));

/** True for a word that carries no meaning alone ("de", "la", "même", "t", "qu’a"). */
export function isFillerWord(word: string): boolean {
  const folded = foldForSearch(word).replace(/^['’]+|['’]+$/g, '');
  // An elided pair of fillers ("qu’a", "qu’il", "n’est") means no more than its parts.
  if (folded.includes("'")) return folded.split("'").every(isFillerWord);
  return folded.length < 2 || STOPWORDS.has(folded) || !/\p{L}|\p{N}/u.test(folded);
}

/**
 * The words of a query worth searching alone, in the reader's order, each
 * once: elided articles dropped ("l’annexion" → "annexion"), inverted
 * pronouns split off ("a-t-elle" → nothing, "est-il" → nothing) while real
 * compounds stay whole ("États-Unis"), and filler words left out.
 */
export function meaningfulWords(query: string): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const raw of stripElisions(query).split(/[\s,;:.!?«»"()[\]{}…]+/u)) {
    const token = raw.replace(/^[-'’]+|[-'’]+$/g, '');
    if (!token) continue;
    const parts = token.split('-');
    // A hyphen with a filler on one side is an inversion ("venu-t-il"), not a compound.
    const pieces = parts.length > 1 && parts.some(isFillerWord) ? parts : [token];
    for (const piece of pieces) {
      const word = stripElisions(piece);
      const key = foldForSearch(word);
      if (isFillerWord(word) || seen.has(key)) continue;
      seen.add(key);
      words.push(word);
    }
  }
  return words;
}
