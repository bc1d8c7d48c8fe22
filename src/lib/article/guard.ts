/**
 * The article is the one file nobody edits: its words are what the site
 * quotes and judges. Its SHA-256 is recorded beside it, and every check starts
 * by comparing the two, so that a changed article stops the build before any
 * rule reads (and trusts) its words.
 */
import { createHash } from 'node:crypto';
import type { Problem } from '../content/rules/problems.ts';

/** The file beside the article that records its SHA-256, in `sha256sum` format. */
export const ARTICLE_HASH_SUFFIX = '.sha256';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The hash a `sha256sum` line records, or undefined when the line is not one. */
export function recordedHash(hashFile: string): string | undefined {
  return /^([0-9a-f]{64})\b/.exec(hashFile.trim())?.[1];
}

const HOW_TO_RESTORE = (articleFile: string) =>
  `the article is never edited: restore it with "git checkout -- ${articleFile}" ` +
  `(check it with "sha256sum -c ${articleFile}${ARTICLE_HASH_SUFFIX}" from its folder); ` +
  'a mistake in the article is recorded as a claim in content/claims/fr/ (label "wrong" or "imprecise", ' +
  'with evidence) or pointed out in the analysis of the entry that covers it, never corrected in place';

/**
 * Problems with the article itself: missing, or not byte for byte the copy
 * received. When there is one, no other rule should run.
 */
export function articleProblems(
  articleFile: string,
  article: Uint8Array | undefined,
  hashFile: string | undefined,
): Problem[] {
  if (!article || article.length === 0) {
    return [
      {
        file: articleFile,
        field: '(file)',
        message: 'the article is missing or empty',
        fix: HOW_TO_RESTORE(articleFile),
      },
    ];
  }
  const expected = hashFile === undefined ? undefined : recordedHash(hashFile);
  if (!expected) {
    return [
      {
        file: `${articleFile}${ARTICLE_HASH_SUFFIX}`,
        field: '(file)',
        message: "the article's recorded SHA-256 is missing or unreadable",
        fix: `restore it with "git checkout -- ${articleFile}${ARTICLE_HASH_SUFFIX}"; it is never regenerated from a changed article`,
      },
    ];
  }
  const actual = sha256(article);
  if (actual === expected) return [];
  return [
    {
      file: articleFile,
      field: '(file)',
      message: `the article has been changed (SHA-256 ${actual.slice(0, 12)}…, recorded ${expected.slice(0, 12)}…); nothing else is checked until it is restored`,
      fix: HOW_TO_RESTORE(articleFile),
    },
  ];
}
