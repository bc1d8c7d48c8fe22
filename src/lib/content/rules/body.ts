/**
 * Rules for what an author writes in an MDX body: nothing that runs code in
 * the reader's browser or at build time, every link and § reference leads
 * somewhere, and only the components the entry page provides. The body is
 * read as MDX reads it, into a tree, and each rule looks at the nodes it is
 * about (a link, a definition, a tag, an expression), so that no way of
 * writing a link or a tag slips past a pattern. Each problem names its line.
 */
import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
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

/** A node of the body with the line of the file where it starts. */
function lineOf(file: BodyFile, node: Nodes): string {
  return `(body, line ${file.bodyLine + (node.position?.start.line ?? 1) - 1})`;
}

/** Raw HTML elements that must not reach a page. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'base',
  'meta',
  'link',
  'form',
]);

/** An MDX comment, {/* … *\/}, is the one expression that runs nothing. */
const isComment = (expression: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);

/** A string literal written as an expression ({"id"}, {'id'}, {`id`}), or undefined. */
function literalOf(expression: string): string | undefined {
  return /^\s*(["'`])([^"'`]*)\1\s*$/.exec(expression)?.[2];
}

/** A tag's attribute as written: its string value, or the expression it was given instead. */
interface Attribute {
  readonly name: string;
  readonly value?: string | undefined;
  readonly written?: string | undefined;
}

type JsxNode = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function attributesOf(node: JsxNode): Attribute[] {
  return node.attributes.map((attribute): Attribute => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return { name: '', written: `{${attribute.value}}` };
    const { name, value } = attribute;
    if (value === null || value === undefined) return { name, value: '' };
    if (typeof value === 'string') return { name, value };
    const literal = literalOf(value.value);
    return literal === undefined ? { name, written: `{${value.value}}` } : { name, value: literal };
  });
}

/** A link target of the body, with the node it is written in. */
interface Target {
  readonly url: string;
  readonly node: Nodes;
}

/** What the body says, node by node, for the rules below. */
interface BodyTree {
  readonly tags: JsxNode[];
  readonly targets: Target[];
  readonly expressions: Extract<Nodes, { type: 'mdxFlowExpression' | 'mdxTextExpression' }>[];
  readonly statements: Extract<Nodes, { type: 'mdxjsEsm' }>[];
  readonly texts: Extract<Nodes, { type: 'text' }>[];
}

function walk(tree: Root): BodyTree {
  const found: BodyTree = { tags: [], targets: [], expressions: [], statements: [], texts: [] };
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition':
        found.targets.push({ url: node.url, node });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        found.tags.push(node);
        for (const attribute of attributesOf(node))
          if (/^(?:href|src)$/i.test(attribute.name) && attribute.value !== undefined)
            found.targets.push({ url: attribute.value, node });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) found.expressions.push(node);
        break;
      case 'mdxjsEsm':
        found.statements.push(node);
        break;
      case 'text':
        found.texts.push(node);
        break;
      default:
    }
  });
  return found;
}

/** Raw HTML, handlers and statements that would run code in the browser or at build time. */
function unsafeMarkup(file: BodyFile, tree: BodyTree): Problem[] {
  const at = (node: Nodes, message: string, fix: string): Problem => ({
    file: file.file,
    field: lineOf(file, node),
    message,
    fix,
  });
  return [
    ...tree.tags
      .filter((tag) => tag.name !== null && FORBIDDEN_TAGS.has(tag.name.toLowerCase()))
      .map((tag) =>
        at(
          tag,
          `raw <${(tag.name ?? '').toLowerCase()}> is not allowed in an entry`,
          'remove it: an entry holds prose and <Context> blocks only; scripts and styles belong to the site code',
        ),
      ),
    ...tree.tags.flatMap((tag) =>
      attributesOf(tag)
        .filter((attribute) => /^on[a-z]+$/i.test(attribute.name))
        .map((attribute) =>
          at(
            tag,
            `the event-handler attribute ${attribute.name} is not allowed`,
            'remove the attribute: an entry runs no script',
          ),
        ),
    ),
    ...tree.statements.map((statement) =>
      at(
        statement,
        `an MDX "${statement.value.trim().split(/\s/)[0] ?? ''}" statement runs code when the site is built`,
        'remove it: the components an entry can use (<Context>) are provided by the entry page',
      ),
    ),
  ];
}

/**
 * Braces in prose are code to MDX: "{sic}" would be run as JavaScript and fail
 * the build on a page far from this file. Said here, with the way to write them.
 */
function expressionProblems(file: BodyFile, tree: BodyTree): Problem[] {
  return tree.expressions.map((expression) => ({
    file: file.file,
    field: lineOf(file, expression),
    message: `{${expression.value}} in the prose is read by MDX as code to run, not as words`,
    fix: `to show the braces, write \\{${expression.value}\\}; to mark the article's own wording, write [${expression.value}] in square brackets`,
  }));
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
  const root = site.prefix ? `/${site.prefix}/` : '/';
  if (!site.topLevel.has(first)) return `no page ${root}${first}/ on the site`;
  const section = site.entriesBySection.get(first);
  if (section && second !== undefined && !section.has(second))
    return `no entry "${second}" in ${root}${first}/`;
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

function linkProblems(file: BodyFile, tree: BodyTree, site: SiteMap, article: Article): Problem[] {
  const problems: Problem[] = [];
  for (const { url, node } of tree.targets) {
    const field = lineOf(file, node);
    const kind = node.type === 'definition' ? 'link definition' : 'link';
    if (UNSAFE_SCHEME.test(url)) {
      problems.push({
        file: file.file,
        field,
        message: `the ${kind} "${url.slice(0, 40)}" uses a scheme that runs code or hides a document`,
        fix: 'link to a page of the site, or to an https:// address through a source in content/sources/',
      });
    } else if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
      problems.push({
        file: file.file,
        field,
        message: `a ${kind} to another site in the body: ${url}`,
        fix: 'cite it as a source: add content/sources/<id>.yaml and write <Context source="id">…</Context>',
      });
    } else if (url.startsWith('/')) {
      const why = unresolved(url, site, article);
      if (why)
        problems.push({
          file: file.file,
          field,
          message: `the ${kind} ${url} leads nowhere: ${why}`,
          fix: `link to an existing page (paths start at the site root, e.g. ${examplePaths(site)})`,
        });
    }
  }
  return problems;
}

/** Example paths in the body's own edition: "/declarations/<id>/ or /source/#s4-2", "/en/statements/<id>/…". */
function examplePaths(site: SiteMap): string {
  const root = site.prefix ? `/${site.prefix}/` : '/';
  const section = [...site.entriesBySection.keys()][1] ?? [...site.entriesBySection.keys()][0] ?? '';
  return `${root}${section}/<id>/ or ${root}${site.folders.article}/#s4-2`;
}

/** The components a body uses, and the source of each <Context>. */
function componentProblems(file: BodyFile, tree: BodyTree, sourceIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const tag of tree.tags) {
    const name = tag.name ?? '';
    // Lower-case names are HTML elements, which unsafeMarkup judges.
    if (!/^[A-Z]/.test(name)) continue;
    const field = lineOf(file, tag);
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
    const source = attributesOf(tag).find((attribute) => attribute.name === 'source');
    if (source?.value === undefined) {
      problems.push({
        file: file.file,
        field: `${field} <Context source>`,
        message: source?.written
          ? `the source is written as ${source.written}, which is not an id`
          : '<Context> without a source',
        fix: 'write <Context source="id"> with an id from content/sources/',
      });
    } else if (!sourceIds.has(source.value)) {
      problems.push({
        file: file.file,
        field: `${field} <Context source>`,
        message: `no source "${source.value}"`,
        fix: `use an id from content/sources/ or add content/sources/${source.value || 'id'}.yaml with its publication, title, date and address`,
      });
    }
  }
  return problems;
}

function sentenceRefProblems(file: BodyFile, tree: BodyTree, site: SiteMap, article: Article): Problem[] {
  const last = article.sentences.at(-1)?.id ?? '1.1';
  const articlePage = `${site.prefix ? `/${site.prefix}/` : '/'}${site.folders.article}/`;
  return tree.texts.flatMap((text) =>
    [...text.value.matchAll(SENTENCE_REFS_IN_TEXT)]
      .filter((ref) => !sentenceOf(ref[0], article))
      .map((ref) => ({
        file: file.file,
        // A paragraph's text runs over lines: the line of the reference itself.
        field: `(body, line ${file.bodyLine + (text.position?.start.line ?? 1) - 1 + (text.value.slice(0, ref.index).match(/\n/g)?.length ?? 0)})`,
        message: `${ref[0]} is not a sentence of the article (it has ${article.sentences.length} sentences, §1.1 to §${last})`,
        fix: `use an id listed on ${articlePage} or in tests/unit/source.test.ts`,
      })),
  );
}

// The parser Astro's MDX integration uses, so a body that parses here compiles there.
const mdxParser = unified().use(remarkParse).use(remarkMdx);

/** The body's tree, or the problem that stops MDX reading it (the other rules would only guess). */
function parseBody(file: BodyFile): Root | Problem {
  try {
    return mdxParser.parse(file.body);
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

/** The source ids of the <Context> blocks of a body, in order, as MDX reads them; [] when it does not parse. */
export function contextSources(body: string): string[] {
  const tree = parseBody({ file: '', body, bodyLine: 1 });
  if (!('type' in tree)) return [];
  return walk(tree)
    .tags.filter((tag) => tag.name === 'Context')
    .map((tag) => attributesOf(tag).find((a) => a.name === 'source')?.value ?? '');
}

/** Every problem of one MDX body. */
export function bodyProblems(file: BodyFile, site: SiteMap, article: Article): Problem[] {
  const parsed = parseBody(file);
  if (!('type' in parsed)) return [parsed];
  const tree = walk(parsed);
  return [
    ...unsafeMarkup(file, tree),
    ...expressionProblems(file, tree),
    ...linkProblems(file, tree, site, article),
    ...componentProblems(file, tree, site.sourceIds),
    ...sentenceRefProblems(file, tree, site, article),
  ];
}
