/**
 * Reads the content folder straight from disk, independently of Astro's
 * content layer, so that the integrity rules can run (and fail) before a
 * build starts and in unit tests over fixture folders.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
// js-yaml, as Astro's own frontmatter parser uses, so both read a file alike.
import { load as parseYaml } from 'js-yaml';
import { SECTIONS, type SectionCollection } from './sections.ts';
import type { Problem } from './problems.ts';

export const CONTENT_LANGS = ['fr'] as const;
export const ARTICLE_FILE = 'source/article.fr.txt';

export interface RawFile {
  /** Path relative to the project root, for messages. */
  readonly file: string;
  /** The file name without extension. */
  readonly id: string;
  readonly data: unknown;
  readonly body: string;
}

export interface RawEntry extends RawFile {
  readonly collection: SectionCollection;
  readonly lang: string;
}

export interface RawContent {
  /** The article's path from the project root, for messages. */
  readonly articleFile: string;
  readonly articleText: string;
  readonly entries: RawEntry[];
  readonly entities: RawFile[];
  readonly sources: RawFile[];
  /** Context events of the timeline, per language like the entries. */
  readonly events: RawFile[];
  /** Verdicts on the article's claims, and what it leaves out. */
  readonly claims: RawFile[];
  readonly omissions: RawFile[];
  readonly problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

function readMdx(path: string, root: string, problems: Problem[]): Omit<RawFile, 'id'> {
  const file = relative(root, path);
  const text = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({
      file,
      field: '(frontmatter)',
      message: 'no frontmatter block',
      fix: 'start the file with the fields between two lines of "---"',
    });
    return { file, data: undefined, body: text };
  }
  return { file, data: parseYamlOrReport(match[1] ?? '', file, problems), body: match[2] ?? '' };
}

function parseYamlOrReport(text: string, file: string, problems: Problem[]): unknown {
  try {
    return parseYaml(text) as unknown;
  } catch (error) {
    problems.push({
      file,
      field: '(frontmatter)',
      message: `YAML does not parse: ${(error as Error).message.split('\n')[0] ?? ''}`,
      fix: 'check indentation and quote values that contain ":" or "#"',
    });
    return undefined;
  }
}

function baseName(path: string, extension: string): string {
  return (path.split(/[\\/]/).pop() ?? path).slice(0, -extension.length);
}

export function readContent(root: string, contentDir = join(root, 'content')): RawContent {
  const problems: Problem[] = [];
  const articlePath = join(contentDir, ARTICLE_FILE);
  const articleFile = relative(root, articlePath);
  const articleText = existsSync(articlePath) ? readFileSync(articlePath, 'utf8') : '';
  if (!articleText) {
    problems.push({
      file: articleFile,
      field: '(file)',
      message: 'the article is missing or empty',
      fix: 'restore the verbatim copy of the article',
    });
  }
  const entries: RawEntry[] = SECTIONS.flatMap(({ collection }) =>
    CONTENT_LANGS.flatMap((lang) =>
      listFiles(join(contentDir, collection, lang), '.mdx').map((path) => ({
        ...readMdx(path, root, problems),
        id: baseName(path, '.mdx'),
        collection,
        lang,
      })),
    ),
  );
  const readYamlDir = (name: string): RawFile[] =>
    listFiles(join(contentDir, name), '.yaml').map((path) => {
      const file = relative(root, path);
      return {
        file,
        id: baseName(path, '.yaml'),
        data: parseYamlOrReport(readFileSync(path, 'utf8'), file, problems),
        body: '',
      };
    });
  return {
    articleFile,
    articleText,
    entries,
    entities: readYamlDir('entities'),
    sources: readYamlDir('sources'),
    events: CONTENT_LANGS.flatMap((lang) => readYamlDir(join('events', lang))),
    claims: CONTENT_LANGS.flatMap((lang) => readYamlDir(join('claims', lang))),
    omissions: CONTENT_LANGS.flatMap((lang) => readYamlDir(join('omissions', lang))),
    problems,
  };
}
