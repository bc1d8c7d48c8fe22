/**
 * Adding a language is a table in src/i18n/, its line in the registry, and
 * content folders: nothing else. This builds a copy of the project with a
 * tiny third locale (Esperanto, "eo") over the fixture content and checks
 * that it is published like the others, and that a missing twin stops the build.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env.ts';
import { fixtureContent, removeTempDirs, tempDir } from '../support/temp-content.ts';

const root = new URL('../../', import.meta.url).pathname;
afterAll(removeTempDirs);

/** The project's code and configuration, not its content or build, in a folder of its own. */
function projectCopy(): string {
  const copy = tempDir('minsk-third-locale-');
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, name), join(copy, name), { recursive: true });
  // The packages are shared; Astro's and Vite's caches (node_modules/.astro, .vite) are the copy's own.
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')).filter((n) => !['.astro', '.vite'].includes(n)))
    symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));
  return copy;
}

/** The English table, renamed: its strings are not the point, its folders and tags are. */
function addEsperanto(project: string): void {
  const english = readFileSync(join(project, 'src/i18n/en.ts'), 'utf8');
  const table = english
    .replace('export const enLocale', 'export const eoLocale')
    .replace("lang: 'en',", "lang: 'eo',")
    .replace("name: 'English',", "name: 'Esperanto',")
    .replace("ogLocale: 'en_GB',", "ogLocale: 'eo',")
    .replace("prefix: 'en',", "prefix: 'eo',")
    .replace("'visit-facts': 'visit',", "'visit-facts': 'vizito',")
    .replace("timeline: 'timeline',", "timeline: 'kronologio',");
  writeFileSync(join(project, 'src/i18n/eo.ts'), table);
  const registry = join(project, 'src/i18n/index.ts');
  writeFileSync(
    registry,
    readFileSync(registry, 'utf8')
      .replace(
        "import { enLocale } from './en.ts';",
        "import { enLocale } from './en.ts';\nimport { eoLocale } from './eo.ts';",
      )
      .replace(
        'const TABLES = { fr: frLocale, en: enLocale }',
        'const TABLES = { fr: frLocale, en: enLocale, eo: eoLocale }',
      ),
  );
}

/** Every English twin of the fixture, copied as the Esperanto one (prose in any language will do). */
function addEsperantoContent(content: string): void {
  for (const collection of readdirSync(content)) {
    const english = join(content, collection, 'en');
    if (existsSync(english)) cpSync(english, join(content, collection, 'eo'), { recursive: true });
  }
  cpSync(join(content, 'article/article.en.yaml'), join(content, 'article/article.eo.yaml'));
}

function build(project: string, content: string) {
  const outDir = join(tempDir('minsk-third-locale-dist-'), 'dist');
  // --force: the content store would otherwise keep the previous build's content folder.
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir],
    {
      cwd: project,
      env: { ...buildEnv, CONTENT_DIR: content },
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('a third locale', () => {
  const project = projectCopy();
  addEsperanto(project);

  it('is published from its table and its content folders, every page with its twins', () => {
    const { content } = fixtureContent();
    addEsperantoContent(content);
    const { status, output, outDir } = build(project, content);
    expect(status, output).toBe(0);
    const home = readFileSync(join(outDir, 'eo/index.html'), 'utf8');
    expect(home).toContain('<html lang="eo"');
    // Its language switch leads to the two others, and theirs to it.
    for (const lang of ['fr', 'en']) expect(home).toContain(`hreflang="${lang}"`);
    expect(readFileSync(join(outDir, 'en/index.html'), 'utf8')).toContain('hreflang="eo"');
    // Its own folder names, its entries under the same ids, its article and timeline data.
    expect(existsSync(join(outDir, 'eo/vizito/legende/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'eo/kronologio/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'eo/kronologio.json'))).toBe(true);
    expect(existsSync(join(outDir, 'eo/article/index.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('href="/eo/"');
    // Its own search index, from <html lang>.
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'eo', 'fr']);
  });

  it('stops the build, naming the file, when a twin is missing', () => {
    const { content } = fixtureContent();
    addEsperantoContent(content);
    rmSync(join(content, 'claims/eo/c01.yaml'));
    const { status, output } = build(project, content);
    expect(status).not.toBe(0);
    expect(output).toContain('claims/eo/c01.yaml');
    expect(output).toContain('missing: the Esperanto edition has no twin of');
  });
});
