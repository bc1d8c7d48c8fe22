/**
 * What the site says about itself: the changelog and the "last updated" date it gives
 * each page, the home page's findings, and the article's matches with its English
 * near-source. Their rules are in ./rules/transparency.ts.
 */
import { sentenceOf, type Article } from '../article/article.ts';
import type { ChangeData, SourceMatchData } from '../../schemas/transparency.ts';

export interface Change {
  readonly id: string;
  readonly data: ChangeData;
}

/** Newest first; on the same day, the later file name first (files are named date-NN-slug). */
export function sortChanges<C extends Change>(changes: readonly C[]): C[] {
  return [...changes].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id));
}

/**
 * The day a page was last updated: the latest change that touched the whole site or one
 * of the things the page shows (`shown`: ids of entries, claims, events…). Undefined when
 * there is no changelog at all.
 */
export function lastUpdated(
  changes: readonly Change[],
  shown: Iterable<string> | 'everything',
): string | undefined {
  const ids = shown === 'everything' ? undefined : new Set(shown);
  return changes
    .filter((c) => !ids || c.data.affects.length === 0 || c.data.affects.some((id) => ids.has(id)))
    .map((c) => c.data.date)
    .sort()
    .at(-1);
}

/**
 * The day something was first published: the earliest change that touched the whole site or one
 * of `shown` (ids of entries, claims…). Undefined when there is no changelog at all.
 */
export function firstPublished(changes: readonly Change[], shown: Iterable<string>): string | undefined {
  const ids = new Set(shown);
  return changes
    .filter((c) => c.data.affects.length === 0 || c.data.affects.some((id) => ids.has(id)))
    .map((c) => c.data.date)
    .sort()
    .at(0);
}

/** How many claims carry each label, in the order of the scale. */
export function countByLabel<L extends string>(
  labels: readonly L[],
  claims: readonly { data: { label: L } }[],
): { label: L; count: number }[] {
  return labels.map((label) => ({ label, count: claims.filter((c) => c.data.label === label).length }));
}

/** The French text of a match: its sentences, joined as in the article. */
export function frenchOf(match: SourceMatchData, article: Article): string {
  return match.refs.map((ref) => sentenceOf(ref, article)?.text ?? '').join(' ');
}
