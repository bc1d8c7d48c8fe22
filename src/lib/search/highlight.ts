/**
 * Marks the reader's words in an excerpt where Pagefind does not: inside
 * elided and hyphenated forms. The index holds "d’ambassadeurs" and
 * "Biélorussie-Russie" as single words, and finds them for "ambassadeurs" or
 * "Russie" through the extra words the build adds (src/lib/search/aliases.ts),
 * but its excerpt then marks nothing. Works on excerpt parts, never on HTML.
 */
import { foldForSearch } from './aliases.ts';
import { appendPart, type ExcerptPart } from './query.ts';

// The shortest word marked inside another: "Russie" in "Biélorussie-Russie", not "la" in "l’a".
const MIN_MARKED = 3;

/**
 * The parts with every run of letters that starts with one of `words` marked
 * (compared without case or accents, so that "energie" marks "énergie", and
 * by prefix, as Pagefind matches "ambassadeur" to "ambassadeurs"). Runs of
 * letters are cut at apostrophes and hyphens, so only "ambassadeurs" is
 * marked in "d’ambassadeurs".
 */
export function markWords(parts: readonly ExcerptPart[], words: readonly string[]): ExcerptPart[] {
  const wanted = words.map(foldForSearch).filter((w) => [...w].length >= MIN_MARKED);
  if (wanted.length === 0) return [...parts];
  const out: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => appendPart(out, text, marked);
  for (const part of parts) {
    if (part.marked) {
      push(part.text, true);
      continue;
    }
    let at = 0;
    for (const run of part.text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
      const folded = foldForSearch(run[0]);
      if (!wanted.some((w) => folded.startsWith(w))) continue;
      push(part.text.slice(at, run.index), false);
      push(run[0], true);
      at = run.index + run[0].length;
    }
    push(part.text.slice(at), false);
  }
  return out;
}
