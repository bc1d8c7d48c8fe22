/**
 * docs/rules.md, the catalogue of the content rules, is written from the rule
 * book and the broken fixtures: each rule, what it refuses, and for each
 * fixture that breaks it the problem an author sees. This test fails when the
 * catalogue and the rules part ways; `UPDATE_RULES_DOC=1 npx vitest run
 * tests/unit/rules-doc.test.ts` writes it again.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_LOCALE } from '../../src/i18n/index.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { CATALOGUE, checkContent } from '../../src/lib/content/rules/integrity.ts';
import { missingStrings } from '../../src/lib/content/rules/locale-tables.ts';
import type { Problem } from '../../src/lib/content/rules/problems.ts';
import { fixtureContent, removeTempDirs } from '../support/temp-content.ts';

afterAll(removeTempDirs);

const root = new URL('../../', import.meta.url).pathname;
const broken = join(root, 'tests/fixtures/broken');
const docPath = join(root, 'docs/rules.md');

function problemsOf(name: string): Problem[] {
  const { root: dir, content } = fixtureContent(name);
  const removed = join(broken, name, '.removed');
  if (existsSync(removed))
    for (const path of readFileSync(removed, 'utf8').split('\n').filter(Boolean)) rmSync(join(content, path));
  return checkContent(readContent(dir, content)).problems;
}

/** The rule that is not about content files: a locale table's strings, shown with a table that lacks one. */
const TABLE_EXAMPLE = {
  fixture: 'a locale table without a key (tests/unit/authoring.test.ts)',
  problem: {
    ...missingStrings({ [BASE_LOCALE]: { 'nav.home': 'Accueil' }, en: {} }, BASE_LOCALE)[0],
    rule: 'interface-strings',
  } as Problem,
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

interface Example {
  readonly fixture: string;
  readonly problem: Problem;
}

function examplesOf(): Example[] {
  return [
    ...readdirSync(broken)
      .sort()
      .flatMap((fixture) => problemsOf(fixture).map((problem) => ({ fixture: `\`${fixture}\``, problem }))),
    TABLE_EXAMPLE,
  ];
}

function catalogue(examples: readonly Example[]): string {
  const sections = CATALOGUE.map(({ id, refuses }) => {
    const mine = examples.filter((e) => e.problem.rule === id);
    const rows = mine.map(
      ({ fixture, problem }) =>
        `| ${fixture} | \`${cell(problem.file)}\` · ${cell(problem.field)} | ${cell(problem.message)} | ${cell(problem.fix)} |`,
    );
    return [
      `## \`${id}\``,
      '',
      `Refuses ${refuses}.`,
      '',
      '| Fixture | File · field | Message | Fix |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return [
    '# The content rules',
    '',
    "Every rule the content is checked against, before every build (`npm run build`, `npm start`) and on every save in `npm run dev`, in the order its problems are listed. Each problem names the file, the field or line, and the fix. The rules are listed in `src/lib/content/rules/integrity.ts` (`STAGES`, `RULES`), and each has broken fixtures in `tests/fixtures/broken/`: the valid fixture (`tests/fixtures/valid/`) with one file changed, added, or removed (listed in the fixture's `.removed`).",
    '',
    'This file is written by `tests/unit/rules-doc.test.ts` from the rule book and the fixtures; the test fails when they part ways. To write it again: `UPDATE_RULES_DOC=1 npx vitest run tests/unit/rules-doc.test.ts`.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}

// Formatted as `npm run lint` checks every file (prettier), so the written file passes it.
const examples = examplesOf();
const written = await format(catalogue(examples), {
  ...(await resolveConfig(docPath)),
  filepath: docPath,
});

describe('docs/rules.md', () => {
  if (process.env['UPDATE_RULES_DOC']) writeFileSync(docPath, written);

  it('gives every rule a broken fixture, and every fixture a rule', () => {
    expect(
      CATALOGUE.filter(({ id }) => !examples.some((e) => e.problem.rule === id)).map((r) => r.id),
    ).toEqual([]);
    expect(examples.filter((e) => !CATALOGUE.some(({ id }) => id === e.problem.rule))).toEqual([]);
  });

  it('is the catalogue of the rule book and its fixtures', () => {
    expect(existsSync(docPath) ? readFileSync(docPath, 'utf8') : '').toBe(written);
  });
});
