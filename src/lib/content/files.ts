/**
 * Reads the content folder straight from disk, before Astro's content layer,
 * so that the integrity rules can run (and fail) before a build starts and in
 * unit tests over fixture folders. It is a build's only read of the content:
 * Astro's collections and the search records are made from it (./loader.ts,
 * ./shared.ts). The folders are the rows of ./collections.ts. Every file in a
 * content folder is accounted for: one that the site would not read, or would
 * publish under a changed address, is a problem, never skipped in silence.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
// js-yaml, as Astro's own frontmatter parser uses, so both read a file alike.
import { load as parseYaml, type YAMLException } from 'js-yaml';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ARTICLE_HASH_SUFFIX } from '../article/guard.ts';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  isSection,
  type CollectionName,
  type DataCollection,
} from './collections.ts';
import type { SectionCollection } from './sections.ts';
import type { Problem } from './rules/problems.ts';
import { readPublisher, type PublisherRead } from '../site/publisher.ts';
import { BASE_LOCALE, LOCALES, type Locale } from '../../i18n/index.ts';

export const ARTICLE_FILE = 'article/article.fr.txt';
/** The site's translation of the article, sentence by sentence, in a locale: article/article.<locale>.yaml. */
export const articleTranslationFile = (locale: Locale) => `article/article.${locale}.yaml`;

/** A file of another locale than the base one: the prose of the base file with the same id. */
export interface RawTranslation extends RawFile {
  readonly collection: CollectionName;
  readonly locale: Locale;
}

export interface RawFile {
  /** Path relative to the project root, for messages. */
  readonly file: string;
  /** The file name without extension. */
  readonly id: string;
  /** The parsed fields; undefined when the file could not be read or parsed. */
  readonly data: unknown;
  readonly body: string;
  /** Line of the file where the body starts (1-based), so body problems can name their line. */
  readonly bodyLine: number;
  /** Set when the file could not be decoded or parsed: its problem is already reported. */
  readonly unreadable?: true;
}

export interface RawEntry extends RawFile {
  readonly collection: SectionCollection;
  readonly lang: string;
}

/** Each collection of fields only (./collections.ts): its base locale's files. */
type DataFiles = { readonly [N in DataCollection]: RawFile[] };

export interface RawContent extends DataFiles {
  /** The article's path from the project root, for messages. */
  readonly articleFile: string;
  /** The article's bytes, undefined when missing, for the guard. */
  readonly articleBytes: Uint8Array | undefined;
  readonly articleText: string;
  /** The recorded SHA-256 line beside the article, undefined when missing. */
  readonly articleHash: string | undefined;
  /** The four sections' entries, in the base locale. */
  readonly entries: RawEntry[];
  /** Every other locale's prose, for every collection. */
  readonly translations: RawTranslation[];
  /** The article's translation per locale other than the base one; undefined when its file is missing. */
  readonly articleTranslations: { locale: Locale; file: string; data: unknown; unreadable?: true }[];
  /** content/publisher.yaml, which is optional: the publisher it declares, or its problems. */
  readonly publisher: PublisherRead;
  /**
   * Files found under a name the site does not read (pompeo.yml), by folder
   * and id: their problem is reported, and what names them is not blamed too.
   */
  readonly unread: { readonly folder: string; readonly id: string }[];
  readonly problems: Problem[];
}

// Markdown's own frontmatter syntax: the block between the first two "---" lines.
const frontmatterParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
/** A file name the site publishes unchanged as an address: lower-case ASCII words and hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug a file name should have: accents dropped, lower case, hyphens between words. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Editors' and systems' own files (.DS_Store, swap files), which no one publishes. */
const isHidden = (name: string) => name.startsWith('.') || name.endsWith('~');

/**
 * The files of a folder with the expected extension; any other file, and a
 * name that is not a slug, is reported. Misnamed files are still read, so
 * their other problems show at the same time.
 */
function listFiles(
  dir: string,
  extension: string,
  root: string,
  problems: Problem[],
  { folders = false, unread = [] }: { folders?: boolean; unread?: RawContent['unread'][number][] } = {},
): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (isHidden(name)) continue;
    const path = join(dir, name);
    const file = relative(root, path);
    const isDirectory = statSync(path).isDirectory();
    // A locale's folder beside language-neutral files holds that locale's prose (read separately).
    if (isDirectory && folders && (LOCALES as readonly string[]).includes(name) && name !== BASE_LOCALE)
      continue;
    if (isDirectory) {
      problems.push({
        file: `${file}/`,
        field: '(folder)',
        message: 'a folder where the site expects only files',
        fix: `move its files up into ${relative(root, dir)}/, or out of content/`,
      });
      continue;
    }
    if (!name.endsWith(extension)) {
      const dot = name.lastIndexOf('.');
      const stem = dot > 0 ? name.slice(0, dot) : name;
      unread.push({ folder: relative(root, dir), id: stem });
      problems.push({
        file,
        field: '(file name)',
        message: `the site reads only ${extension} files here, so this file would be ignored`,
        fix: `rename it to ${slugify(stem) || 'id'}${extension}${extension === '.yaml' ? ' (".yml" is not read)' : ''}, or move it out of content/`,
      });
      continue;
    }
    const stem = name.slice(0, -extension.length);
    if (!SLUG.test(stem)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${stem}" is not an id: the file name becomes the address and the id other files use`,
        fix: `rename it to ${slugify(stem) || 'id'}${extension} (lower-case ASCII letters, digits and hyphens)`,
      });
    }
    files.push(path);
  }
  return files;
}

/** The language folders of a collection; one the site does not publish is reported. */
function languageFolders(dir: string, root: string, problems: Problem[]): string[] {
  if (!existsSync(dir)) return [];
  const langs: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (isHidden(name)) continue;
    const path = join(dir, name);
    const file = relative(root, path);
    if (!statSync(path).isDirectory()) {
      problems.push({
        file,
        field: '(folder)',
        message: 'a file outside a language folder, which the site does not read',
        fix: `move it into ${relative(root, dir)}/${BASE_LOCALE}/`,
      });
    } else if ((LOCALES as readonly string[]).includes(name)) langs.push(name);
    else {
      problems.push({
        file: `${file}/`,
        field: '(language)',
        message: `the site does not publish a "${name}" edition yet, so these files would be ignored`,
        fix: `add src/i18n/${name}.ts and list it in src/i18n/index.ts, or move the files out of content/ (published: ${LOCALES.join(', ')})`,
      });
    }
  }
  return langs;
}

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file's text, or undefined (with a problem) when it is not plain UTF-8. */
function readText(path: string, file: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(path);
  if (BOM.every((byte, i) => bytes[i] === byte)) {
    problems.push({
      file,
      field: '(encoding)',
      message: 'the file starts with a byte-order mark (BOM)',
      fix: 'save it as "UTF-8" without BOM (in most editors: the encoding menu in the status bar)',
    });
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const at = bytes.findIndex((byte, i) => byte >= 0x80 && !isUtf8At(bytes, i));
    const line = bytes.subarray(0, Math.max(at, 0)).filter((byte) => byte === 0x0a).length + 1;
    problems.push({
      file,
      field: '(encoding)',
      message: `the file is not UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16)} on line ${line}; probably Latin-1 or Windows-1252)`,
      fix: 'save it again with the encoding "UTF-8"',
    });
    return undefined;
  }
}

/** Whether a valid UTF-8 sequence starts at i (or i is inside one). */
function isUtf8At(bytes: Uint8Array, i: number): boolean {
  for (let start = i; start >= Math.max(0, i - 3); start--) {
    const lead = bytes[start] ?? 0;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : lead < 0x80 ? 1 : 0;
    if (length === 0) continue;
    if (start + length <= i) return false;
    try {
      utf8.decode(bytes.subarray(start, start + length));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

function readMdx(path: string, root: string, problems: Problem[]): Omit<RawFile, 'id'> {
  const file = relative(root, path);
  const text = readText(path, file, problems);
  if (text === undefined) return { file, data: undefined, body: '', bodyLine: 1, unreadable: true };
  const yaml = frontmatterParser.parse(text).children[0];
  if (yaml?.type !== 'yaml' || yaml.position === undefined) {
    problems.push({
      file,
      field: '(frontmatter)',
      message: 'no frontmatter block',
      fix: 'start the file with the fields between two lines of "---"',
    });
    return { file, data: undefined, body: text, bodyLine: 1, unreadable: true };
  }
  const data = parseYamlOrReport(yaml.value, file, problems, 1);
  // The body starts on the line after the closing "---".
  const bodyStart = text.indexOf('\n', yaml.position.end.offset ?? 0) + 1;
  return {
    file,
    data,
    body: bodyStart > 0 ? text.slice(bodyStart) : '',
    bodyLine: yaml.position.end.line + 1,
    ...(data === UNPARSED ? { data: undefined, unreadable: true as const } : {}),
  };
}

/** What parseYamlOrReport returns for text that is not YAML, after reporting it. */
const UNPARSED = Symbol('unparsed');

function parseYamlOrReport(text: string, file: string, problems: Problem[], lineOffset = 0): unknown {
  try {
    const data = parseYaml(text) as unknown;
    const misread = misreadValue(data, text, lineOffset);
    if (!misread) return data;
    problems.push({ file, ...misread });
    return UNPARSED;
  } catch (error) {
    const mark = (error as YAMLException).mark as { line?: number } | undefined;
    const line = mark?.line === undefined ? undefined : mark.line + 1 + lineOffset;
    const reason = (error as YAMLException).reason ?? (error as Error).message.split('\n')[0] ?? '';
    problems.push({
      file,
      field: line === undefined ? '(frontmatter)' : `(line ${line})`,
      message: `YAML does not parse: ${reason}`,
      fix: 'check the indentation (spaces, two per level, no tabs) and put in quotes a value that contains ": ", " #", or starts with a quote, "[", "{", "&", "*" or "@"',
    });
    return UNPARSED;
  }
}

/** Field names are identifiers (title, spokenBy) or sentence ids ('§4.2'): never prose. */
const FIELD_NAME = /^(?:[a-z][A-Za-z0-9]*|§\d+\.\d+)$/;

/** Every key of parsed YAML, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [key, ...keysOf(item)]);
  return [];
}

/**
 * YAML that parses into another shape than was meant: a value that starts a
 * line of its own with a colon in it ("Accurate: …") reads as a field of that
 * name, and the field above it as empty. Said as the line's problem, where the
 * schema would report a missing field and an unknown one.
 */
function misreadValue(data: unknown, text: string, lineOffset: number): Omit<Problem, 'file'> | undefined {
  const key = keysOf(data).find((k) => !FIELD_NAME.test(k));
  if (key === undefined) return undefined;
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.replace(/^[\s-]*/, '').startsWith(`${key}:`));
  // The field left empty above it, whose value this line was meant to be.
  const field =
    lines
      .slice(0, Math.max(at, 0))
      .reverse()
      .map((line) => /^\s*-?\s*([A-Za-z][\w]*):\s*$/.exec(line)?.[1])
      .find((name) => name !== undefined) ?? 'field';
  return {
    field: `(line ${at + 1 + lineOffset})`,
    message: `YAML reads "${lines[at]?.trim() ?? key}" as a field named "${key}": this line is a value cut from its field`,
    fix: `put the value on the line of its field, in quotes because it contains ": ": ${field}: '${key}: …'`,
  };
}

function baseName(path: string, extension: string): string {
  return (path.split(/[\\/]/).pop() ?? path).slice(0, -extension.length);
}

export function readContent(root: string, contentDir = join(root, 'content')): RawContent {
  const problems: Problem[] = [];
  const unread: RawContent['unread'][number][] = [];
  const articlePath = join(contentDir, ARTICLE_FILE);
  const articleFile = relative(root, articlePath);
  const articleBytes = existsSync(articlePath) ? readFileSync(articlePath) : undefined;
  const hashPath = `${articlePath}${ARTICLE_HASH_SUFFIX}`;
  const articleHash = existsSync(hashPath) ? readFileSync(hashPath, 'utf8') : undefined;
  const articleText = articleBytes ? new TextDecoder().decode(articleBytes) : '';

  const articleTranslations = LOCALES.filter((l) => l !== BASE_LOCALE).map((locale) => {
    const path = join(contentDir, articleTranslationFile(locale));
    const file = relative(root, path);
    if (!existsSync(path)) return { locale, file, data: undefined };
    const text = readText(path, file, problems);
    const data = text === undefined ? UNPARSED : parseYamlOrReport(text, file, problems);
    // Its encoding or syntax problem is reported already: it is there, just unread.
    return data === UNPARSED
      ? { locale, file, data: undefined, unreadable: true as const }
      : { locale, file, data };
  });

  const readYamlDir = (dir: string, options: { folders?: boolean } = {}): RawFile[] =>
    listFiles(dir, '.yaml', root, problems, { ...options, unread }).map((path) => {
      const file = relative(root, path);
      const text = readText(path, file, problems);
      const data = text === undefined ? UNPARSED : parseYamlOrReport(text, file, problems);
      return {
        file,
        id: baseName(path, '.yaml'),
        data: data === UNPARSED ? undefined : data,
        body: '',
        bodyLine: 1,
        ...(data === UNPARSED ? { unreadable: true as const } : {}),
      };
    });
  /** A folder's files of a collection: MDX entries or YAML fields, as its row says. */
  const readFolder = (name: CollectionName, dir: string, options: { folders?: boolean } = {}): RawFile[] =>
    COLLECTIONS[name].mdx
      ? listFiles(dir, '.mdx', root, problems, { unread }).map((path) => ({
          ...readMdx(path, root, problems),
          id: baseName(path, '.mdx'),
        }))
      : readYamlDir(dir, options);
  const translations: RawTranslation[] = [];
  /** A collection's base-locale files; its other locales' files go to `translations`. */
  const readCollection = (name: CollectionName): RawFile[] => {
    const dir = join(contentDir, name);
    if (COLLECTIONS[name].neutral) {
      // Base files at the top, each other locale's prose in a folder of its own.
      for (const locale of LOCALES.filter((l) => l !== BASE_LOCALE && existsSync(join(dir, l))))
        translations.push(
          ...readFolder(name, join(dir, locale)).map((file) => ({ ...file, collection: name, locale })),
        );
      return readFolder(name, dir, { folders: true });
    }
    return languageFolders(dir, root, problems).flatMap((lang) => {
      const files = readFolder(name, join(dir, lang));
      if (lang === BASE_LOCALE) return files;
      translations.push(...files.map((file) => ({ ...file, collection: name, locale: lang as Locale })));
      return [];
    });
  };
  const entries: RawEntry[] = [];
  const data = {} as Record<DataCollection, RawFile[]>;
  for (const name of COLLECTION_NAMES) {
    const files = readCollection(name);
    if (isSection(name))
      entries.push(...files.map((file) => ({ ...file, collection: name, lang: BASE_LOCALE })));
    else data[name] = files;
  }
  return {
    articleFile,
    articleBytes,
    articleText,
    articleHash,
    entries,
    ...data,
    translations,
    articleTranslations,
    publisher: readPublisher(contentDir, root),
    unread,
    problems,
  };
}
