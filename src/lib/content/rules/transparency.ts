/**
 * The rules of what the site says about itself: a change names only things
 * that exist, a finding's evidence exists, and every marked change of a
 * provenance match is verbatim on both sides.
 */
import {
  ARTICLE_VERDICT_ID,
  type ArticleVerdictData,
  type ChangeData,
  type FindingData,
  type SourceMatchData,
} from '../../../schemas/transparency.ts';
import { evidenceLinkProblems, evidenceRuns } from '../evidence-links.ts';
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

/** The page an evidence link may name besides a claim or an omission. */
const EVIDENCE_PAGES = ['provenance'];

/**
 * The site's verdict on the article: one file, every link naming a claim, an omission or the
 * provenance page, and each translation linking the same evidence as the French.
 */
export function checkVerdicts(
  verdicts: readonly (Located<ArticleVerdictData> & { readonly id: string })[],
  translations: readonly (Located<ArticleVerdictData> & { readonly id: string })[],
  evidenceIds: ReadonlySet<string>,
): Problem[] {
  const known = (id: string) => evidenceIds.has(id) || EVIDENCE_PAGES.includes(id);
  const linked = (text: string) =>
    [...new Set(evidenceRuns(text).flatMap((run) => (run.evidence ? [run.evidence] : [])))].sort();
  // Each file's link problems, worked out once: they are said once, and a file that has any is
  // not compared (a French one with a problem of its own does not get its translation blamed).
  const linkProblems = new Map(
    [...verdicts, ...translations].map((v) => [v.file, evidenceLinkProblems(v.data.text, known)]),
  );
  const clean = (v: { readonly file: string }) => linkProblems.get(v.file)?.length === 0;
  const base = new Map(verdicts.filter(clean).map((v) => [v.id, linked(v.data.text)]));
  return [
    ...verdicts.flatMap(({ file, id }): Problem[] =>
      id === ARTICLE_VERDICT_ID
        ? []
        : [
            {
              file,
              field: '(file name)',
              message: `the site shows one verdict on the article, from ${ARTICLE_VERDICT_ID}.yaml: this file would not be shown`,
              fix: `put the verdict in ${ARTICLE_VERDICT_ID}.yaml, or remove this file`,
            },
          ],
    ),
    ...[...linkProblems].flatMap(([file, messages]) =>
      messages.map((message) => ({
        file,
        field: 'text',
        message,
        fix: 'link the words to the id of a file in content/claims/fr/ or content/omissions/fr/, or to "provenance"',
      })),
    ),
    ...translations.filter(clean).flatMap(({ file, id, data }): Problem[] => {
      const french = base.get(id);
      const own = linked(data.text);
      if (french === undefined || own.join() === french.join()) return [];
      return [
        {
          file,
          field: 'text',
          message: `links ${own.join(', ') || 'nothing'}, where the French links ${french.join(', ')}`,
          fix: "link the same evidence as the French file, in this language's words",
        },
      ];
    }),
  ];
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
  const valid = <D>(collection: 'changes' | 'findings' | 'provenance' | 'verdicts') =>
    raw[collection].flatMap((file) => {
      const parsed = schemaProblems(file, collection);
      problems.push(...parsed.problems);
      return parsed.data ? [{ file: file.file, id: file.id, data: parsed.data as D }] : [];
    });
  // Translations' fields are checked by the editions rule; only their links are checked here.
  const verdictTranslations = raw.translations
    .filter((t) => t.collection === 'verdicts' && typeof (t.data as { text?: unknown })?.text === 'string')
    .map((t) => ({ file: t.file, id: t.id, data: t.data as ArticleVerdictData }));
  const idsOf = (files: readonly RawFile[]) => new Set(files.map((f) => f.id));
  const entryIds = [...entryIdsOf(entryFiles)].filter((id): id is string => id !== undefined);
  const known = new Set([...entryIds, ...idsOf(raw.claims), ...idsOf(raw.omissions), ...idsOf(raw.events)]);
  problems.push(
    ...checkChanges(valid<ChangeData>('changes'), known),
    ...checkFindings(valid<FindingData>('findings'), idsOf(raw.claims), idsOf(raw.omissions)),
    ...checkSourceMatches(valid<SourceMatchData>('provenance'), article, sourceIds),
    ...checkVerdicts(
      valid<ArticleVerdictData>('verdicts'),
      verdictTranslations,
      new Set([...idsOf(raw.claims), ...idsOf(raw.omissions)]),
    ),
  );
  return problems;
}
