/**
 * One result per passage. A statement is indexed twice, as its quote record
 * (on /citations/) and as its entry page, and the article's sentence holds
 * the same words again: the search page folds the quote and its page into
 * one result, and keeps a sentence next to the quotes and entries drawn from
 * it, the quotes first.
 */
import { classValue, parseClass, type ResultKind } from './record-class.ts';

/** A result as the search page knows it once its data is loaded. */
export interface LoadedResult<T = unknown> {
  /** Pagefind's rank: 0 for its best result. */
  readonly rank: number;
  readonly kind: ResultKind | undefined;
  /** The first sentence its words come from ("4.2"), if any. */
  readonly passage: string | undefined;
  /** The entry a quote record and its page share, if any. */
  readonly entry: string | undefined;
  readonly item: T;
}

export interface ResultGroup<T = unknown> {
  /** The result shown: the most specific of those folded together. */
  readonly main: LoadedResult<T>;
  /** The results folded into it (the entry page of a quote). */
  readonly folded: readonly LoadedResult<T>[];
}

/** Most specific first: a speaker's words, the sentence holding them, the analysis of it, the timeline. */
const SPECIFICITY: Record<ResultKind, number> = { quote: 0, sentence: 1, entry: 2, event: 3, page: 4 };
const specificity = (r: LoadedResult): number => (r.kind ? SPECIFICITY[r.kind] : 5);

/**
 * Folds the results that share an entry into one, then orders them so that
 * the results of one passage stand together, at the place of the best-ranked
 * of them, its quotes first and the rest in the index's order.
 */
export function groupResults<T>(results: readonly LoadedResult<T>[]): ResultGroup<T>[] {
  const byEntry = new Map<string, LoadedResult<T>[]>();
  const groups: LoadedResult<T>[][] = [];
  for (const result of [...results].sort((a, b) => a.rank - b.rank)) {
    const shared = result.entry ? byEntry.get(result.entry) : undefined;
    if (shared) shared.push(result);
    else {
      const group = [result];
      groups.push(group);
      if (result.entry) byEntry.set(result.entry, group);
    }
  }
  const folded = groups.map((members): ResultGroup<T> & { rank: number } => {
    const [main, ...rest] = [...members].sort((a, b) => specificity(a) - specificity(b) || a.rank - b.rank);
    return { main: main as LoadedResult<T>, folded: rest, rank: Math.min(...members.map((m) => m.rank)) };
  });
  const passageRank = new Map<string, number>();
  for (const group of folded) {
    const passage = group.main.passage;
    if (passage !== undefined && !passageRank.has(passage)) passageRank.set(passage, group.rank);
  }
  const place = (g: (typeof folded)[number]) =>
    g.main.passage !== undefined ? (passageRank.get(g.main.passage) ?? g.rank) : g.rank;
  // Within a passage the speaker's own words lead; then the sentence and its analyses in the
  // index's order, so that an analysis that answers the reader's words better comes before the
  // sentence it analyses.
  const quoteFirst = (g: (typeof folded)[number]) => (g.main.kind === 'quote' ? 0 : 1);
  return folded
    .sort((a, b) => place(a) - place(b) || quoteFirst(a) - quoteFirst(b) || a.rank - b.rank)
    .map(({ main, folded: rest }) => ({ main, folded: rest }));
}

/**
 * How many results remain once quotes and their pages are folded together,
 * known before any result is loaded. A statement is found as its quote record
 * and as its entry page; the entry page holds every word of its quote record
 * (the quote is verbatim in the sentences the page shows, and the page carries
 * the quote's attribution as meta; the build checks the index for it), so
 * every quote found brings its page, unless the reader's filters leave entry
 * pages out: `quotes` is how many quote records the search found.
 */
export function groupedCount(count: number, quotes: number, withEntries: boolean): number {
  return withEntries ? count - quotes : count;
}

/**
 * The classes of the entry pages that quotes of these classes fold into: a
 * statement's page has its quote record's class, as an entry
 * (`quote/statements/pompeo` → `entry/statements/pompeo`).
 */
export function pageClassesOfQuotes(quoteClasses: readonly string[]): string[] {
  return quoteClasses.map((value) => classValue({ ...parseClass(value), type: 'entry' }));
}

/**
 * How many of the ranked results (`ids`, best first) to load so that at least
 * `groups` results remain once quotes fold into their pages, or all of them:
 * known before any is loaded, so that a page of results comes in one round of
 * fragments instead of one round more for each fold. Among the first n
 * results, a fold needs a quote and a page it may fold into both loaded, so
 * at most min(quotes, such pages) fold: n less that many is a floor on the
 * groups shown, and the count returned never falls short of a page.
 */
export function resultsToLoad(
  ids: readonly string[],
  groups: number,
  quotes: ReadonlySet<string>,
  pages: ReadonlySet<string>,
): number {
  let foundQuotes = 0;
  let foundPages = 0;
  for (const [i, id] of ids.entries()) {
    if (quotes.has(id)) foundQuotes++;
    else if (pages.has(id)) foundPages++;
    if (i + 1 - Math.min(foundQuotes, foundPages) >= groups) return i + 1;
  }
  return ids.length;
}
