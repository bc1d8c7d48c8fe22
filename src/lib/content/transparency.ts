/**
 * What the site says about itself: the changelog and the "last updated" date it gives
 * each page, the home page's findings, and the article's matches with its English
 * near-source, each checked against the rest of the content.
 */
import type { Problem } from './rules/problems.ts';
import { sentenceOf, type Article } from '../article/article.ts';
import type { ChangeData, FindingData, SourceMatchData } from '../../schemas/transparency.ts';

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

interface Located<D> {
  readonly file: string;
  readonly data: D;
}

/** A change must only name things that exist. */
export function checkChanges(
  changes: readonly Located<ChangeData>[],
  knownIds: ReadonlySet<string>,
): Problem[] {
  return changes.flatMap(({ file, data }) =>
    data.affects.flatMap((id, i) =>
      knownIds.has(id)
        ? []
        : [
            {
              file,
              field: `affects[${i}]`,
              message: `"${id}" is not the id of an entry, claim, omission or context event`,
              fix: 'use a file name from content/<section>/fr/, claims/fr/, omissions/fr/ or events/fr/, or leave affects out for a change to the whole site',
            },
          ],
    ),
  );
}

/** A finding's evidence must exist. */
export function checkFindings(
  findings: readonly Located<FindingData>[],
  claimIds: ReadonlySet<string>,
  omissionIds: ReadonlySet<string>,
): Problem[] {
  return findings.flatMap(({ file, data }): Problem[] => {
    if (data.claim !== undefined && !claimIds.has(data.claim)) {
      return [
        {
          file,
          field: 'claim',
          message: `no claim "${data.claim}"`,
          fix: 'use a file name from content/claims/fr/',
        },
      ];
    }
    if (data.omission !== undefined && !omissionIds.has(data.omission)) {
      return [
        {
          file,
          field: 'omission',
          message: `no omission "${data.omission}"`,
          fix: 'use a file name from content/omissions/fr/',
        },
      ];
    }
    return [];
  });
}

/** The French text of a match: its sentences, joined as in the article. */
export function frenchOf(match: SourceMatchData, article: Article): string {
  return match.refs.map((ref) => sentenceOf(ref, article)?.text ?? '').join(' ');
}

/**
 * A match must point at real sentences and a known source, and every marked change must be
 * verbatim on both sides: the English in the recorded English, the French in the article.
 */
export function checkSourceMatches(
  matches: readonly Located<SourceMatchData>[],
  article: Article,
  sourceIds: ReadonlySet<string>,
): Problem[] {
  return matches.flatMap(({ file, data }) => {
    const problems: Problem[] = [];
    data.refs.forEach((ref, i) => {
      if (!sentenceOf(ref, article)) {
        problems.push({
          file,
          field: `refs[${i}]`,
          message: `no sentence ${ref} in the article`,
          fix: 'see /source/ for the sentence ids',
        });
      }
    });
    if (!sourceIds.has(data.source)) {
      problems.push({
        file,
        field: 'source',
        message: `no source "${data.source}"`,
        fix: 'use a file name from content/sources/',
      });
    }
    const french = frenchOf(data, article);
    data.changes.forEach((change, i) => {
      if (!data.english.includes(change.en)) {
        problems.push({
          file,
          field: `changes[${i}].en`,
          message: `"${change.en}" is not in the English text of this match`,
          fix: 'copy the words exactly from `english`',
        });
      }
      if (change.fr !== undefined && !french.includes(change.fr)) {
        problems.push({
          file,
          field: `changes[${i}].fr`,
          message: `"${change.fr}" is not verbatim in ${data.refs.join(' ')}`,
          fix: `copy the words exactly from the article: "${french}"`,
        });
      }
    });
    return problems;
  });
}
