/**
 * The authoring loop: each mistake an author makes ends in one problem,
 * naming the file and the line, field or key where it is and the fix, and
 * blaming no other file. A broken fixture per case (tests/fixtures/broken/);
 * a fixture's `.removed` lists the files of the valid fixture it deletes.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_LOCALE, LOCALES, localeTable } from '../../src/i18n/index.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/rules/integrity.ts';
import { missingStrings } from '../../src/lib/content/rules/locale-tables.ts';
import { formatProblems } from '../../src/lib/content/rules/problems.ts';
import { fixtureContent, removeTempDirs } from '../support/temp-content.ts';

afterAll(removeTempDirs);

const broken = new URL('../fixtures/broken/', import.meta.url).pathname;

/** The valid fixture with a broken case laid over it and its `.removed` files deleted, checked as the build checks it. */
export function checkBroken(name: string) {
  const { root, content } = fixtureContent(name);
  const removed = join(broken, name, '.removed');
  if (existsSync(removed))
    for (const path of readFileSync(removed, 'utf8').split('\n').filter(Boolean)) rmSync(join(content, path));
  return checkContent(readContent(root, content));
}

describe('the authoring loop', () => {
  it.each([
    [
      'article-deleted',
      'content/article/article.fr.txt',
      '(file)',
      /^the article is missing or empty$/,
      /restore it with "git checkout -- content\/article\/article.fr.txt"/,
    ],
    [
      'body-expression',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /^\{sic\} in the prose is read by MDX as code to run, not as words$/,
      /write \\\{sic\\\}; to mark the article's own wording, write \[sic\]/,
    ],
    [
      'base-problem-twin-correct',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 11) <Context source>',
      /^no source "agense"$/,
      /use an id from content\/sources\//,
    ],
    [
      'renamed-entry',
      'content/statements/fr/salut.mdx',
      '(file name)',
      /^renamed from "bonjour"\? content\/statements\/en\/bonjour.mdx, content\/claims\/fr\/c01.yaml \(entry\) still name "bonjour"$/,
      /rename it back to bonjour.mdx; or, to keep the new name, rename content\/statements\/en\/bonjour.mdx to salut.mdx and write "salut" for "bonjour" in content\/claims\/fr\/c01.yaml \(entry\)/,
    ],
    [
      'yml-renamed-entity',
      'content/entities/pompeo.yml',
      '(file name)',
      /^the site reads only .yaml files here, so this file would be ignored$/,
      /rename it to pompeo.yaml/,
    ],
    [
      'quote-narrow-nbsp',
      'content/statements/fr/bonjour.mdx',
      'quote.text',
      /^not found verbatim in §2.1: "bonjour\[narrow no-break space U\+202F\]Minsk" \(at character 8, a narrow no-break space U\+202F where the text has a space U\+0020\)$/,
      /copy the words exactly from §2.1/,
    ],
    [
      'twin-yaml-value-cut',
      'content/claims/en/c01.yaml',
      '(line 3)',
      /^YAML reads "Accurate: according to the wire and to the article itself." as a field named "Accurate"/,
      /put the value on the line of its field, in quotes because it contains ": ": conclusion: 'Accurate: …'/,
    ],
    [
      'article-translation-yaml-error',
      'content/article/article.en.yaml',
      '(line 2)',
      /^YAML does not parse: /,
      /check the indentation/,
    ],
    [
      'twin-link-base-path',
      'content/energy-dispute/en/depart.mdx',
      '(body, line 8)',
      /^the link \/declarations\/bonjour\/ leads nowhere: a page of this edition starts with \/en\/$/,
      /e.g. \/en\/statements\/<id>\/ or \/en\/article\/#s4-2/,
    ],
    [
      'verdict-unknown-evidence',
      'content/verdicts/fr/article.yaml',
      'text',
      /^"\[exact\]\(c99\)" names no claim, omission or page$/,
      /link the words to the id of a file in content\/claims\/fr\/ or content\/omissions\/fr\/, or to "provenance"/,
    ],
    [
      'verdict-translation-unknown-evidence',
      'content/verdicts/en/article.yaml',
      'text',
      /^"\[accurate\]\(c99\)" names no claim, omission or page$/,
      /link the words to the id of a file in content\/claims\/fr\//,
    ],
    [
      'verdict-translation-other-evidence',
      'content/verdicts/en/article.yaml',
      'text',
      /^links c02, oubli, provenance, where the French links c01, oubli, provenance$/,
      /link the same evidence as the French file/,
    ],
  ])('%s ends in one problem, at the right place, with its fix', (name, file, field, message, fix) => {
    const { problems } = checkBroken(name);
    expect(problems, formatProblems(problems)).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toBe(file);
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(message);
    expect(problem?.fix).toMatch(fix);
  });

  it('names an interface string missing from a locale table by its key and file, alone', () => {
    const [locale] = LOCALES.filter((l) => l !== BASE_LOCALE);
    if (!locale) return;
    const [key] = Object.keys(localeTable(locale).strings);
    const strings = Object.fromEntries(
      Object.entries(localeTable(locale).strings).filter(([k]) => k !== key),
    );
    const problems = missingStrings(
      { [BASE_LOCALE]: localeTable(BASE_LOCALE).strings, [locale]: strings },
      BASE_LOCALE,
    );
    expect(problems).toEqual([
      {
        file: `src/i18n/${locale}.ts`,
        field: `'${key}'`,
        message: `the interface string '${key}' is missing`,
        fix: `add '${key}': '…' to src/i18n/${locale}.ts, translated from src/i18n/${BASE_LOCALE}.ts, in the same place`,
      },
    ]);
  });

  it('says a base file with a problem leaves its translation to be compared once it is fixed', () => {
    const { notes } = checkBroken('base-problem-twin-correct');
    expect(notes).toEqual([
      "content/energy-dispute/en/depart.mdx is compared with content/energy-dispute/fr/depart.mdx once that file's problems are fixed.",
    ]);
  });
});
