/**
 * The rules of what the site says about itself: a change names only things
 * that exist, a finding's evidence exists, and every marked change of a
 * provenance match is verbatim on both sides.
 */
import type { ChangeData, FindingData, SourceMatchData } from '../../../schemas/transparency.ts';
import { sentenceOf, type Article } from '../../article/article.ts';
import type { RawFile } from '../files.ts';
import { frenchOf } from '../transparency.ts';
import { entryIdsOf, type RuleContext } from './context.ts';
import type { Problem } from './problems.ts';
import { schemaProblems } from './schema.ts';
import { invisibleDifference, showInvisible } from './invisible.ts';

const differs = (words: string, text: string) => {
  const difference = invisibleDifference(words, text);
  return difference ? ` (${difference})` : '';
};

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
          message: `"${showInvisible(change.en)}" is not in the English text of this match${differs(change.en, data.english)}`,
          fix: 'copy the words exactly from `english`',
        });
      }
      if (change.fr !== undefined && !french.includes(change.fr)) {
        problems.push({
          file,
          field: `changes[${i}].fr`,
          message: `"${showInvisible(change.fr)}" is not verbatim in ${data.refs.join(' ')}${differs(change.fr, french)}`,
          fix: `copy the words exactly from the article: "${french}"`,
        });
      }
    });
    return problems;
  });
}

/** The changelog, the home page's findings and the provenance matches: fields, then what they name. */
export function transparencyProblems({ raw, article, sourceIds, entryFiles }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const valid = <D>(collection: 'changes' | 'findings' | 'provenance') =>
    raw[collection].flatMap((file) => {
      const parsed = schemaProblems(file, collection);
      problems.push(...parsed.problems);
      return parsed.data ? [{ file: file.file, data: parsed.data as D }] : [];
    });
  const idsOf = (files: readonly RawFile[]) => new Set(files.map((f) => f.id));
  const entryIds = [...entryIdsOf(entryFiles)].filter((id): id is string => id !== undefined);
  const known = new Set([...entryIds, ...idsOf(raw.claims), ...idsOf(raw.omissions), ...idsOf(raw.events)]);
  problems.push(
    ...checkChanges(valid<ChangeData>('changes'), known),
    ...checkFindings(valid<FindingData>('findings'), idsOf(raw.claims), idsOf(raw.omissions)),
    ...checkSourceMatches(valid<SourceMatchData>('provenance'), article, sourceIds),
  );
  return problems;
}
