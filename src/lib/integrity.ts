/**
 * The content rules that a schema alone cannot express: every reference
 * resolves, every quoted span is verbatim in the article, every sentence is
 * covered by an entry and ids are unique. Each failure is a Problem naming the
 * file, the field and the fix.
 */
import type { z } from 'zod';
import { entitySchema } from '../schemas/entity.ts';
import { entrySchema, statementSchema, type StatementData } from '../schemas/entry.ts';
import { sourceSchema } from '../schemas/source.ts';
import type { RawContent, RawEntry, RawFile } from './content-files.ts';
import type { Problem } from './problems.ts';
import {
  formatSentenceRef,
  guillemetPhrases,
  parseArticle,
  parseSentenceRef,
  type Article,
} from './source.ts';

const SCHEMA_DOCS = {
  entry: 'src/schemas/entry.ts',
  entity: 'src/schemas/entity.ts',
  source: 'src/schemas/source.ts',
} as const;

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** The raw value at a path of the frontmatter, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

function schemaProblems(
  file: RawFile,
  schema: z.ZodType,
  docs: string,
): { data: unknown; problems: Problem[] } {
  const result = schema.safeParse(file.data ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const field = fieldPath(issue.path) || '(frontmatter)';
    if (issue.code === 'unrecognized_keys') {
      return {
        file: file.file,
        field: issue.keys.map((k) => fieldPath([...issue.path, k])).join(', '),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''}`,
        fix: `remove it or correct its spelling (the fields are documented in ${docs})`,
      };
    }
    if (issue.code === 'invalid_type' && valueAt(file.data, issue.path) === undefined) {
      return {
        file: file.file,
        field,
        message: 'missing required field',
        fix: `add "${String(issue.path.at(-1))}:" (${issue.message.replace(/^Invalid input: /, '')}; see ${docs})`,
      };
    }
    return { file: file.file, field, message: issue.message, fix: `see the field's comment in ${docs}` };
  });
  return { data: undefined, problems };
}

interface Excerpt {
  ref: string;
  text?: string | undefined;
}

export interface CheckedContent {
  readonly article: Article;
  readonly problems: Problem[];
}

export function checkContent(raw: RawContent): CheckedContent {
  const problems: Problem[] = [...raw.problems];
  const article = parseArticle(raw.articleText);

  const entityIds = new Set<string>();
  for (const file of raw.entities) {
    problems.push(...schemaProblems(file, entitySchema, SCHEMA_DOCS.entity).problems);
    entityIds.add(file.id);
  }
  const sourceIds = new Set<string>();
  for (const file of raw.sources) {
    problems.push(...schemaProblems(file, sourceSchema, SCHEMA_DOCS.source).problems);
    sourceIds.add(file.id);
  }

  const covered = new Set<string>();
  const quotedSpans: string[] = [];
  const seen = new Map<string, string>();

  for (const entry of raw.entries) {
    const key = `${entry.lang}/${entry.id}`;
    const twin = seen.get(key);
    if (twin) {
      problems.push({
        file: entry.file,
        field: '(id)',
        message: `the id "${entry.id}" is already used by ${twin}`,
        fix: 'rename one of the two files: an id names one entry across all sections',
      });
    } else seen.set(key, entry.file);

    const schema = entry.collection === 'statements' ? statementSchema : entrySchema;
    const parsed = schemaProblems(entry, schema, SCHEMA_DOCS.entry);
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const data = parsed.data as z.infer<typeof entrySchema> & Partial<StatementData>;

    const checkExcerpt = (excerpt: Excerpt, field: string): void => {
      const id = parseSentenceRef(excerpt.ref);
      const sentence = id ? article.byId.get(id) : undefined;
      if (!id || !sentence) {
        problems.push({
          file: entry.file,
          field: `${field}.ref`,
          message: `${excerpt.ref} is not a sentence of the article (it has ${article.sentences.length} sentences, §1.1 to ${formatSentenceRef(article.sentences.at(-1)?.id ?? '1.1')})`,
          fix: 'use an id listed on /source/ or in tests/unit/source.test.ts',
        });
        return;
      }
      covered.add(id);
      if (excerpt.text === undefined) {
        quotedSpans.push(sentence.text);
        return;
      }
      if (!sentence.text.includes(excerpt.text)) {
        problems.push({
          file: entry.file,
          field: `${field}.text`,
          message: `not found verbatim in ${excerpt.ref}: "${excerpt.text}"`,
          fix: `copy the words exactly from ${excerpt.ref}: "${sentence.text}" (keep ’ and « » as they are, and the article's own spellings)`,
        });
        return;
      }
      quotedSpans.push(excerpt.text);
    };

    data.covers.forEach((excerpt, i) => checkExcerpt(excerpt, `covers[${i}]`));
    if (data.quote) {
      checkExcerpt(data.quote, 'quote');
      if (!data.covers.some((c) => c.ref === data.quote?.ref)) {
        problems.push({
          file: entry.file,
          field: 'quote.ref',
          message: `the quote's sentence ${data.quote.ref} is not among the sentences in covers`,
          fix: `add { ref: "${data.quote.ref}" } to covers`,
        });
      }
    }

    const references: [string, string][] = [
      ...data.entities.map((id, i): [string, string] => [`entities[${i}]`, id]),
      ...(data.speakers ?? []).map((id, i): [string, string] => [`speakers[${i}]`, id]),
      ...(data.addressee ? [['addressee', data.addressee] as [string, string]] : []),
    ];
    for (const [field, id] of references) {
      if (!entityIds.has(id)) {
        problems.push({
          file: entry.file,
          field,
          message: `no entity "${id}"`,
          fix: `use an id from content/entities/ or add content/entities/${id}.yaml`,
        });
      }
    }
    if (data.dateSource && !sourceIds.has(data.dateSource)) {
      problems.push({
        file: entry.file,
        field: 'dateSource',
        message: `no source "${data.dateSource}"`,
        fix: `use an id from content/sources/ or add content/sources/${data.dateSource}.yaml`,
      });
    }
    problems.push(...bodyProblems(entry, article, sourceIds));
  }

  for (const sentence of article.sentences) {
    if (!covered.has(sentence.id)) {
      problems.push({
        file: 'content/source/article.fr.txt',
        field: formatSentenceRef(sentence.id),
        message: `no entry covers ${formatSentenceRef(sentence.id)}: "${sentence.text}"`,
        fix: `add { ref: "${formatSentenceRef(sentence.id)}" } to the covers of the entry that analyses it, or write a new entry`,
      });
    }
  }

  for (const phrase of guillemetPhrases(article)) {
    if (!quotedSpans.some((span) => span.includes(phrase.text))) {
      problems.push({
        file: 'content/source/article.fr.txt',
        field: formatSentenceRef(phrase.sentence),
        message: `the phrase in guillemets « ${phrase.text} » is not kept by any entry`,
        fix: 'quote it verbatim in the quote or covers of the entry that analyses it',
      });
    }
  }
  return { article, problems };
}

const BODY_SENTENCE_REF = /§\d+\.\d+/g;
const BODY_CONTEXT_SOURCE = /<Context\b[^>]*\bsource="([^"]*)"/g;

/** References written in the MDX body: §-ids in the prose and <Context source="…"> blocks. */
function bodyProblems(entry: RawEntry, article: Article, sourceIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const [ref] of entry.body.matchAll(BODY_SENTENCE_REF)) {
    const id = parseSentenceRef(ref);
    if (!id || !article.byId.has(id)) {
      problems.push({
        file: entry.file,
        field: '(body)',
        message: `${ref} is not a sentence of the article`,
        fix: 'use an id listed on /source/',
      });
    }
  }
  for (const [, source] of entry.body.matchAll(BODY_CONTEXT_SOURCE)) {
    if (!source || !sourceIds.has(source)) {
      problems.push({
        file: entry.file,
        field: '(body) <Context source>',
        message: `no source "${source ?? ''}"`,
        fix: `use an id from content/sources/ or add content/sources/${source ?? 'id'}.yaml with its publication, title, date and address`,
      });
    }
  }
  return problems;
}
