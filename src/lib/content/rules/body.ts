/**
 * Rules for what an author writes in an MDX body: nothing that runs code in
 * the reader's browser or at build time, every link and § reference leads
 * somewhere, and only the components the entry page provides. Each problem
 * names the line of the file where it is.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from './problems.ts';
import { sentenceOf, SENTENCE_REFS_IN_TEXT, type Article } from '../../article/article.ts';

/** The components an entry page passes to its MDX body (src/pages/[...lang]/[section]/[slug].astro). */
export const MDX_COMPONENTS = ['Context'] as const;

/** Schemes that run code or smuggle a document when followed. */
export const UNSAFE_SCHEME = /^\s*(?:javascript|vbscript|data)\s*:/i;

/** What a body may link to inside the site, besides its own pages. */
export interface SiteMap {
  /** The locale's folder ("" at the root, "en"): a body links within its own edition. */
  readonly prefix: string;
  /** The folders of the pages whose ids the rules check, in the body's locale. */
  readonly folders: { readonly entities: string; readonly article: string; readonly timeline: string };
  /** First path segments that exist, e.g. "sources", "chronologie", "visite". */
  readonly topLevel: ReadonlySet<string>;
  /** Entry ids by section slug, for /visite/<id>/. */
  readonly entriesBySection: ReadonlyMap<string, ReadonlySet<string>>;
  readonly entityIds: ReadonlySet<string>;
  /** Anchors of the timeline: events and entries. */
  readonly timelineAnchors: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
}

export interface BodyFile {
  readonly file: string;
  readonly body: string;
  /** Line of the file where the body starts. */
  readonly bodyLine: number;
}

interface Found {
  readonly text: string;
  readonly index: number;
}

function lineOf(file: BodyFile, index: number): string {
  return `(body, line ${file.bodyLine + file.body.slice(0, index).split('\n').length - 1})`;
}

/** Each match of a pattern, with the position of the group asked for. */
function matches(body: string, pattern: RegExp, group = 0): Found[] {
  return [...body.matchAll(pattern)].map((m) => {
    const text = m[group] ?? '';
    return { text, index: m.index + (group === 0 ? 0 : m[0].indexOf(text)) };
  });
}

/** Raw HTML and code that must not reach a page. */
function unsafeMarkup(file: BodyFile): Problem[] {
  const problem = (found: Found, message: string, fix: string): Problem => ({
    file: file.file,
    field: lineOf(file, found.index),
    message,
    fix,
  });
  return [
    ...matches(file.body, /<(script|iframe|object|embed|style|base|meta|link|form)\b/gi, 1).map((f) =>
      problem(
        f,
        `raw <${f.text.toLowerCase()}> is not allowed in an entry`,
        'remove it: an entry holds prose and <Context> blocks only; scripts and styles belong to the site code',
      ),
    ),
    ...matches(file.body, /<[A-Za-z][^>]*?\s(on[a-z]+)\s*=/gi, 1).map((f) =>
      problem(
        f,
        `the event-handler attribute ${f.text} is not allowed`,
        'remove the attribute: an entry runs no script',
      ),
    ),
    ...matches(file.body, /\b(?:javascript|vbscript)\s*:/gi)
      .filter((f) => !inLinkTarget(file.body, f.index))
      .map((f) =>
        problem(
          f,
          `"${f.text}" is not allowed in an entry`,
          'link to a page of the site (e.g. /sources/) or cite a source with <Context source="id">',
        ),
      ),
    ...matches(file.body, /^(?:import|export)\s/gm).map((f) =>
      problem(
        f,
        `an MDX "${f.text.trim()}" statement runs code when the site is built`,
        'remove it: the components an entry can use (<Context>) are provided by the entry page',
      ),
    ),
  ];
}

/** Whether a position is inside a link target, which linkProblems reports. */
function inLinkTarget(body: string, index: number): boolean {
  return linkTargets(body).some((link) => index >= link.index && index < link.index + link.text.length);
}

/** The targets of markdown links and href/src attributes. */
function linkTargets(body: string): Found[] {
  return [
    ...matches(body, /\]\(\s*<?([^)\s>]+)/g, 1),
    ...matches(body, /\b(?:href|src)\s*=\s*(?:\{\s*)?["'`]?([^"'`\s>}]+)/gi, 1),
    ...matches(body, /<((?:https?|mailto|data|javascript):[^>\s]*)>/gi, 1),
  ];
}

/** Why an internal path does not resolve, or undefined when it does. */
function unresolved(target: string, site: SiteMap, article: Article): string | undefined {
  const [path = '', anchor] = target.split('#');
  const segments = path.split('/').filter(Boolean);
  if (site.prefix) {
    if (segments[0] !== site.prefix) return `a page of this edition starts with /${site.prefix}/`;
    segments.shift();
  }
  const [first, second] = segments;
  if (first === undefined) return undefined;
  if (!site.topLevel.has(first)) return `no page /${first}/ on the site`;
  const section = site.entriesBySection.get(first);
  if (section && second !== undefined && !section.has(second)) return `no entry "${second}" in /${first}/`;
  if (first === site.folders.entities && second !== undefined && !site.entityIds.has(second))
    return `no entity "${second}"`;
  if (first === site.folders.article && anchor !== undefined) {
    const ref = /^s(\d+)-(\d+)$/.exec(anchor);
    if (!ref || !sentenceOf(`§${ref[1]}.${ref[2]}`, article))
      return `#${anchor} is not a sentence of the article (anchors are #s4-2 for §4.2)`;
  }
  if (first === site.folders.timeline && segments.length === 1 && anchor && !site.timelineAnchors.has(anchor))
    return `#${anchor} is not an event or entry of the timeline`;
  return undefined;
}

function linkProblems(file: BodyFile, site: SiteMap, article: Article): Problem[] {
  const problems: Problem[] = [];
  for (const link of linkTargets(file.body)) {
    const field = lineOf(file, link.index);
    if (UNSAFE_SCHEME.test(link.text)) {
      problems.push({
        file: file.file,
        field,
        message: `the link "${link.text.slice(0, 40)}" uses a scheme that runs code or hides a document`,
        fix: 'link to a page of the site, or to an https:// address through a source in content/sources/',
      });
    } else if (/^https?:/i.test(link.text)) {
      problems.push({
        file: file.file,
        field,
        message: `a link to another site in the body: ${link.text}`,
        fix: 'cite it as a source: add content/sources/<id>.yaml and write <Context source="id">…</Context>',
      });
    } else if (link.text.startsWith('/')) {
      const why = unresolved(link.text, site, article);
      if (why)
        problems.push({
          file: file.file,
          field,
          message: `the link ${link.text} leads nowhere: ${why}`,
          fix: 'link to an existing page (paths start at the site root, e.g. /declarations/<id>/ or /source/#s4-2)',
        });
    }
  }
  return problems;
}

/** The value of one attribute of a tag, whatever the quoting, or why it cannot be read. */
function attributeOf(tag: string, name: string): { value?: string; written?: string } {
  const match = new RegExp(
    `\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|\\{\\s*(?:"([^"]*)"|'([^']*)'|\`([^\`]*)\`)\\s*\\}|\\{[^}]*\\}|[^\\s>]+)`,
  ).exec(tag);
  if (!match) return {};
  const value = match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6];
  return value === undefined ? { written: match[1] ?? '' } : { value };
}

/** The components a body uses, and the source of each <Context>. */
function componentProblems(file: BodyFile, sourceIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const tag of matches(file.body, /<([A-Z][\w.]*)\b[^>]*>/g)) {
    const name = /^<([A-Z][\w.]*)/.exec(tag.text)?.[1] ?? '';
    const field = lineOf(file, tag.index);
    if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
      problems.push({
        file: file.file,
        field,
        message: `unknown component <${name}>`,
        fix: `use one of the components that exist: ${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
      });
      continue;
    }
    if (name !== 'Context') continue;
    const { value, written } = attributeOf(tag.text, 'source');
    if (value === undefined) {
      problems.push({
        file: file.file,
        field: `${field} <Context source>`,
        message: written
          ? `the source is written as ${written}, which is not an id`
          : '<Context> without a source',
        fix: 'write <Context source="id"> with an id from content/sources/',
      });
    } else if (!sourceIds.has(value)) {
      problems.push({
        file: file.file,
        field: `${field} <Context source>`,
        message: `no source "${value}"`,
        fix: `use an id from content/sources/ or add content/sources/${value || 'id'}.yaml with its publication, title, date and address`,
      });
    }
  }
  return problems;
}

function sentenceRefProblems(file: BodyFile, article: Article): Problem[] {
  const last = article.sentences.at(-1)?.id ?? '1.1';
  return matches(file.body, SENTENCE_REFS_IN_TEXT)
    .filter((ref) => !sentenceOf(ref.text, article))
    .map((ref) => ({
      file: file.file,
      field: lineOf(file, ref.index),
      message: `${ref.text} is not a sentence of the article (it has ${article.sentences.length} sentences, §1.1 to §${last})`,
      fix: 'use an id listed on /source/ or in tests/unit/source.test.ts',
    }));
}

// The parser Astro's MDX integration uses, so a body that parses here compiles there.
const mdxParser = unified().use(remarkParse).use(remarkMdx);

/** A body MDX cannot read, with the line where it stops; the other rules would only guess. */
function syntaxProblem(file: BodyFile): Problem | undefined {
  try {
    mdxParser.parse(file.body);
    return undefined;
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return {
      file: file.file,
      field: `(body, line ${file.bodyLine + (line ?? 1) - 1})`,
      message: `MDX does not parse: ${reason ?? String(error)}`,
      fix: 'close every tag you open (<Context source="id">…</Context>), and write a literal "{", "}" or "<" in prose as "\\{", "\\}" or "&lt;"',
    };
  }
}

/** Every problem of one MDX body. */
export function bodyProblems(file: BodyFile, site: SiteMap, article: Article): Problem[] {
  const syntax = syntaxProblem(file);
  if (syntax) return [syntax];
  return [
    ...unsafeMarkup(file),
    ...linkProblems(file, site, article),
    ...componentProblems(file, site.sourceIds),
    ...sentenceRefProblems(file, article),
  ];
}
