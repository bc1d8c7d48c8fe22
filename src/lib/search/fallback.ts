/**
 * Results for part of the words. Pagefind finds only the pages that hold
 * every word of a query, so a reader who asks a whole question ("la
 * Biélorussie a-t-elle reconnu l’annexion de la Crimée") gets nothing. When
 * that happens (or when the full search fills less than a screen), the
 * search page searches each meaningful word alone and ranks the pages by how
 * many of the words they hold. These are the plain parts of that: which
 * words count, how the pages rank, and an excerpt that marks them all.
 */
import type { ExcerptPart } from './query.ts';

/** How many of its words a page must hold to be shown as a partial match. */
export function minimumMatched(wordCount: number): number {
  // Two words of a long question already name its subject; one word of it would match half the site.
  return wordCount <= 2 ? 1 : 2;
}

/** One page found by the search for one word. */
export interface WordHit {
  readonly id: string;
  readonly score: number;
  /** Positions of the word in the page's text, as Pagefind gives them. */
  readonly locations: readonly number[];
}

export interface PartialMatch {
  readonly id: string;
  /** The query's words the page holds, in the query's order. */
  readonly words: readonly string[];
  readonly score: number;
  readonly locations: readonly number[];
}

/**
 * The pages that hold part of the words, most words first, then by
 * Pagefind's scores summed; pages the full search found are left out, and so
 * are those under `minimumMatched`.
 */
export function rankPartialMatches(
  hitsByWord: ReadonlyMap<string, readonly WordHit[]>,
  fullMatches: ReadonlySet<string>,
): PartialMatch[] {
  const pages = new Map<string, { words: string[]; score: number; locations: Set<number> }>();
  for (const [word, hits] of hitsByWord) {
    for (const hit of hits) {
      if (fullMatches.has(hit.id)) continue;
      const page = pages.get(hit.id) ?? { words: [], score: 0, locations: new Set<number>() };
      page.words.push(word);
      page.score += hit.score;
      for (const location of hit.locations) page.locations.add(location);
      pages.set(hit.id, page);
    }
  }
  const least = minimumMatched(hitsByWord.size);
  return [...pages]
    .filter(([, page]) => page.words.length >= least)
    .map(([id, page]) => ({
      id,
      words: page.words,
      score: page.score,
      locations: [...page.locations].sort((a, b) => a - b),
    }))
    .sort((a, b) => b.words.length - a.words.length || b.score - a.score);
}

/**
 * What stands for the words an excerpt leaves out at either end, so that a
 * reader sees it starts or stops mid-text: Pagefind's own excerpts take it
 * too (its `excerptEllipsis` option, set by the search page).
 */
export const EXCERPT_ELLIPSIS = '…';

/**
 * An excerpt of `length` words of the page's text around the densest run of
 * matched positions, every matched word marked, with an ellipsis where text is
 * left out before or after it. Built as parts, never as HTML.
 */
export function excerptAt(content: string, locations: readonly number[], length: number): ExcerptPart[] {
  const words = content.split(/[\r\n\s]+/g);
  const marked = new Set(locations);
  let start = 0;
  let best = -1;
  for (let i = 0; i <= Math.max(0, words.length - length); i++) {
    let count = 0;
    for (let j = i; j < i + length && j < words.length; j++) if (marked.has(j)) count++;
    if (count > best) {
      best = count;
      start = i;
    }
  }
  // Some context before the first match, as Pagefind's own excerpts give.
  const first = locations.find((l) => l >= start);
  if (first !== undefined && first === start && start > 0) start = Math.max(0, start - 3);
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.marked === isMarked)
      parts[parts.length - 1] = { text: last.text + text, marked: isMarked };
    else parts.push({ text, marked: isMarked });
  };
  const end = Math.min(words.length, start + length);
  for (let i = start; i < end; i++) {
    const separator = i > start ? ' ' : '';
    const word = words[i] ?? '';
    if (marked.has(i)) {
      // The mark covers the word, not the punctuation glued to it.
      const [, before = '', core = '', after = ''] = /^([«"(]*)(.*?)([.,;:!?»")]*)$/u.exec(word) ?? [];
      push(separator + before, false);
      push(core, true);
      push(after, false);
    } else push(separator + word, false);
  }
  // As Pagefind writes its own: the ellipsis, then a space, before; a space, then the ellipsis, after.
  // Only where words are left out: blank space at either end of the text leaves nothing out.
  if (words.slice(0, start).some(Boolean)) {
    const [lead] = parts;
    if (lead && !lead.marked) parts[0] = { text: `${EXCERPT_ELLIPSIS} ${lead.text}`, marked: false };
    else parts.unshift({ text: `${EXCERPT_ELLIPSIS} `, marked: false });
  }
  if (words.slice(end).some(Boolean)) push(` ${EXCERPT_ELLIPSIS}`, false);
  return parts;
}
