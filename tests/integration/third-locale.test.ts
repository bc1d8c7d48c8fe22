/**
 * Adding a language is a table in src/i18n/, its line in the registry, and
 * content folders: nothing else. This builds a copy of the project with a
 * third locale (German, "de") over the fixture content and checks that it is
 * published like the others, with its own dates and quotation marks, and that
 * a missing twin stops the build.
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
import yaml from 'js-yaml';
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

/**
 * The English table, renamed, with what German decides for itself: its date
 * convention and its quotation marks. Its strings are not the point.
 */
function addGerman(project: string): void {
  const english = readFileSync(join(project, 'src/i18n/en.ts'), 'utf8');
  const table = english
    .replace('export const enLocale', 'export const deLocale')
    .replace("lang: 'en',", "lang: 'de',")
    .replace("dateLocale: 'en-GB',", "dateLocale: 'de-DE',")
    .replace("name: 'English',", "name: 'Deutsch',")
    .replace("ogLocale: 'en_GB',", "ogLocale: 'de_DE',")
    .replace("prefix: 'en',", "prefix: 'de',")
    .replace('quote: curlyQuotes,', 'quote: (words: string) => `„${words}“`,')
    .replace("'visit-facts': 'visit',", "'visit-facts': 'besuch',")
    .replace("timeline: 'timeline',", "timeline: 'chronik',");
  expect(table, 'the English table changed shape: update addGerman').toContain('„${words}“');
  writeFileSync(join(project, 'src/i18n/de.ts'), table);
  const registry = join(project, 'src/i18n/index.ts');
  writeFileSync(
    registry,
    readFileSync(registry, 'utf8')
      .replace(
        "import { enLocale } from './en.ts';",
        "import { enLocale } from './en.ts';\nimport { deLocale } from './de.ts';",
      )
      .replace(
        'const TABLES = { fr: frLocale, en: enLocale }',
        'const TABLES = { fr: frLocale, en: enLocale, de: deLocale }',
      ),
  );
}

/** Every English twin of the fixture, copied as the German one (prose in any language will do). */
function addGermanContent(content: string): void {
  for (const collection of readdirSync(content)) {
    const english = join(content, collection, 'en');
    if (existsSync(english)) cpSync(english, join(content, collection, 'de'), { recursive: true });
  }
  cpSync(join(content, 'article/article.en.yaml'), join(content, 'article/article.de.yaml'));
}

/** The days (YYYY-MM-DD) the fixture's context events are dated to. */
function fixtureDays(content: string): string[] {
  const folder = join(content, 'events/fr');
  return readdirSync(folder).flatMap((name) => {
    const data = yaml.load(readFileSync(join(folder, name), 'utf8')) as {
      date: string;
      datePrecision: string;
    };
    return data.datePrecision === 'day' ? [data.date] : [];
  });
}

/** The titles of the fixture's sources that have one. */
function fixtureSourceTitles(content: string): string[] {
  const folder = join(content, 'sources');
  return readdirSync(folder).flatMap((name) => {
    const { title } = yaml.load(readFileSync(join(folder, name), 'utf8')) as { title?: string };
    return title ? [title] : [];
  });
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
  addGerman(project);

  it('is published from its table and its content folders, every page with its twins', () => {
    const { content } = fixtureContent();
    addGermanContent(content);
    const { status, output, outDir } = build(project, content);
    expect(status, output).toBe(0);
    const home = readFileSync(join(outDir, 'de/index.html'), 'utf8');
    expect(home).toContain('<html lang="de"');
    // Its language switch leads to the two others, and theirs to it.
    for (const lang of ['fr', 'en']) expect(home).toContain(`hreflang="${lang}"`);
    expect(readFileSync(join(outDir, 'en/index.html'), 'utf8')).toContain('hreflang="de"');
    // Its own folder names, its entries under the same ids, its article and timeline data.
    expect(existsSync(join(outDir, 'de/besuch/legende/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'de/chronik/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'de/chronik.json'))).toBe(true);
    expect(existsSync(join(outDir, 'de/article/index.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('href="/de/"');
    // Its dates as German writes them ("31. Januar 2020"), from the fixture's dated events.
    const timeline = readFileSync(join(outDir, 'de/chronik/index.html'), 'utf8');
    const german = new Intl.DateTimeFormat('de-DE', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const days = fixtureDays(content);
    expect(days.length).toBeGreaterThan(0);
    for (const iso of days) expect(timeline).toContain(german.format(Date.parse(iso)));
    // A source's title between German quotation marks.
    const sourcesPage = readFileSync(join(outDir, 'de/sources/index.html'), 'utf8');
    for (const title of fixtureSourceTitles(content)) expect(sourcesPage).toContain(`„${title}“`);
    // Its own search index, from <html lang>.
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en', 'fr']);
  });

  it('stops the build, naming the file, when a twin is missing', () => {
    const { content } = fixtureContent();
    addGermanContent(content);
    rmSync(join(content, 'claims/de/c01.yaml'));
    const { status, output } = build(project, content);
    expect(status).not.toBe(0);
    expect(output).toContain('claims/de/c01.yaml');
    expect(output).toContain('missing: the Deutsch edition has no twin of');
  });
});
