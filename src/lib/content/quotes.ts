/** The quotes page's grouping and its in-page filter, independent of the browser. */
import { foldForSearch } from '../search/aliases.ts';
import { stripElisions } from '../search/elision.ts';
import { cleanQuery, nothingToSearch } from '../search/query.ts';

export interface SpeakerGroup<S> {
  /** The speakers' ids joined: a joint statement has a group of its own. */
  readonly key: string;
  readonly anchor: string;
  readonly label: string;
  readonly statements: readonly S[];
}

/**
 * Statements grouped by who made them, in order of first appearance, a
 * joint statement (Pompeo and Lukashenko) under both names together.
 * `speakersOf` says who made one: by default whom the article names.
 */
export function groupBySpeakers<S extends { data: { speakers: readonly string[] } }>(
  statements: readonly S[],
  nameOf: (id: string) => string,
  speakersOf: (statement: S) => readonly string[] = (s) => s.data.speakers,
  /** How the page's language joins names ("Mike Pompeo et Alexander Lukashenko"). */
  joinNames: (names: readonly string[]) => string = (names) => names.join(', '),
): SpeakerGroup<S>[] {
  const groups = new Map<string, S[]>();
  for (const statement of statements) {
    const key = speakersOf(statement).join('+');
    groups.set(key, [...(groups.get(key) ?? []), statement]);
  }
  return [...groups].map(([key, list]) => ({
    key,
    anchor: `orateur-${key.replace(/\+/g, '-et-')}`,
    label: joinNames(key.split('+').map(nameOf)),
    statements: list,
  }));
}

/**
 * True when every word of the query occurs in the text, compared without
 * case, accents or elided articles. The query is only ever compared as
 * text: no pattern is built from it. A query with nothing to search
 * (punctuation alone, one letter over and over: the search page's rule,
 * `nothingToSearch`) matches no quote; the page gives advice instead.
 */
export function matchesQuery(text: string, query: string): boolean {
  if (nothingToSearch(query)) return false;
  const haystack = foldForSearch(stripElisions(text));
  const words = foldForSearch(stripElisions(cleanQuery(query)))
    .split(/[\s,;.!?«»"()]+/u)
    .filter(Boolean);
  return words.every((word) => haystack.includes(word));
}

/**
 * The speaker a /citations/ URL asks for (`orateur=loukachenko`, the same id
 * as on /recherche/), checked against the speakers the page lists: an
 * unknown one is named so the page can say it was dropped.
 */
export function speakerFromParams(
  params: URLSearchParams,
  known: readonly string[],
): { speaker: string; unknown: string | undefined } {
  const wanted = cleanQuery(params.get('orateur') ?? '');
  if (!wanted) return { speaker: '', unknown: undefined };
  return known.includes(wanted) ? { speaker: wanted, unknown: undefined } : { speaker: '', unknown: wanted };
}
