import { elisionWords } from './elision.ts';
/**
 * Other spellings of the people, places and institutions a text mentions,
 * so that a reader who types "Lukashenka" or "Лукашенко" finds the passages
 * where the article writes "Loukachenko". The pages keep the article's own
 * spellings; the aliases only feed the search index.
 */

/** Lower case, no diacritics, typographic apostrophes made straight: the form words are compared in. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʼ]/g, "'").toLowerCase();
}

export interface Spelled {
  readonly spellings: readonly string[];
}

function mentions(foldedText: string, spelling: string): boolean {
  const needle = foldForSearch(spelling);
  let at = foldedText.indexOf(needle);
  while (at >= 0) {
    const before = foldedText[at - 1] ?? ' ';
    const after = foldedText[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = foldedText.indexOf(needle, at + 1);
  }
  return false;
}

/**
 * Every spelling of every entity mentioned in `text` (by any of its
 * spellings, as a whole word, whatever the case or accents), plus those of
 * the entities named outright in `ids`. Spellings already in the text are left out.
 */
export function aliasesFor(
  text: string,
  entities: ReadonlyMap<string, Spelled>,
  ids: readonly string[] = [],
): string[] {
  const folded = foldForSearch(text);
  const out = new Set<string>();
  for (const [id, entity] of entities) {
    const named = ids.includes(id) || entity.spellings.some((s) => mentions(folded, s));
    if (!named) continue;
    for (const spelling of entity.spellings) {
      if (!mentions(folded, spelling)) out.add(spelling);
    }
  }
  return [...out];
}

/**
 * The extra words a text should be found by, for the index only: other
 * spellings of what it names and the bare forms of its elided words
 * ("ambassadeurs" for "d’ambassadeurs"). Space-separated; empty when none.
 */
export function searchVariants(
  text: string,
  entities: ReadonlyMap<string, Spelled>,
  ids: readonly string[] = [],
): string {
  return [...new Set([...aliasesFor(text, entities, ids), ...elisionWords(text)])].join(' ');
}

/** True when the text names something by any of its spellings, as a whole word. */
export function mentionsAny(text: string, spellings: readonly string[]): boolean {
  const folded = foldForSearch(text);
  return spellings.some((s) => mentions(folded, s));
}
