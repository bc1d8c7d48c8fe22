/**
 * The content rules that a schema alone cannot express: every reference
 * resolves, every quoted span is verbatim in the article, every sentence is
 * covered by an entry and ids are unique. Each failure is a Problem naming the
 * file, the field and the fix.
 */
import type { z } from 'zod';
import { entitySchema } from '../schemas/entity.ts';
import { eventSchema, type EventData } from '../schemas/event.ts';
import {
  claimSchema,
  omissionSchema,
  type ClaimData,
  type Evidence,
  type OmissionData,
} from '../schemas/claim.ts';
import { entrySchema, statementSchema, type StatementData } from '../schemas/entry.ts';
import { sourceSchema } from '../schemas/source.ts';
import type { RawContent, RawEntry, RawFile } from './content-files.ts';
import { editorialProblems } from './editorial-rules.ts';
import type { Problem } from './problems.ts';
import { contextSourcesOf } from './source-usage.ts';
import {
  formatSentenceRef,
  guillemetPhrases,
  parseArticle,
  sentenceOf,
  SENTENCE_REFS_IN_TEXT,
  type Article,
} from './source.ts';

const SCHEMA_DOCS = {
  entry: 'src/schemas/entry.ts',
  entity: 'src/schemas/entity.ts',
  source: 'src/schemas/source.ts',
  event: 'src/schemas/event.ts',
  claim: 'src/schemas/claim.ts',
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

/** The problems every kind of file can have: a reference to something that does not exist. */
function unknownSource(file: string, field: string, id: string): Problem {
  return {
    file,
    field,
    message: `no source "${id}"`,
    fix: `use an id from content/sources/ or add content/sources/${id || 'id'}.yaml with its publication, title, date and address`,
  };
}

function unknownSentence(file: string, field: string, ref: string, article: Article): Problem {
  const last = formatSentenceRef(article.sentences.at(-1)?.id ?? '1.1');
  return {
    file,
    field,
    message: `${ref} is not a sentence of the article (it has ${article.sentences.length} sentences, §1.1 to ${last})`,
    fix: 'use an id listed on /source/ or in tests/unit/source.test.ts',
  };
}

function unknownEntry(file: string, field: string, id: string): Problem {
  return {
    file,
    field,
    message: `no entry "${id}"`,
    fix: 'use the file name of an entry in content/<section>/fr/',
  };
}

/** Entry ids from the lang/id keys of the entries checked so far. */
function entryIdsOf(entryFiles: ReadonlyMap<string, string>): Set<string | undefined> {
  return new Set([...entryFiles.keys()].map((key) => key.split('/')[1]));
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
      const sentence = sentenceOf(excerpt.ref, article);
      if (!sentence) {
        problems.push(unknownSentence(entry.file, `${field}.ref`, excerpt.ref, article));
        return;
      }
      const id = sentence.id;
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
      problems.push(unknownSource(entry.file, 'dateSource', data.dateSource));
    }
    problems.push(...bodyProblems(entry, article, sourceIds));
  }

  problems.push(...eventProblems(raw, article, sourceIds, seen));
  problems.push(...analysisProblems(raw, article, sourceIds, seen));
  problems.push(...editorialProblems(raw, article));

  for (const sentence of article.sentences) {
    if (!covered.has(sentence.id)) {
      problems.push({
        file: raw.articleFile,
        field: formatSentenceRef(sentence.id),
        message: `no entry covers ${formatSentenceRef(sentence.id)}: "${sentence.text}"`,
        fix: `add { ref: "${formatSentenceRef(sentence.id)}" } to the covers of the entry that analyses it, or write a new entry`,
      });
    }
  }

  for (const phrase of guillemetPhrases(article)) {
    if (!quotedSpans.some((span) => span.includes(phrase.text))) {
      problems.push({
        file: raw.articleFile,
        field: formatSentenceRef(phrase.sentence),
        message: `the phrase in guillemets « ${phrase.text} » is not kept by any entry`,
        fix: 'quote it verbatim in the quote or covers of the entry that analyses it',
      });
    }
  }
  return { article, problems };
}

/** References written in the MDX body: §-ids in the prose and <Context source="…"> blocks. */
function bodyProblems(entry: RawEntry, article: Article, sourceIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const [ref] of entry.body.matchAll(SENTENCE_REFS_IN_TEXT)) {
    if (!sentenceOf(ref, article)) problems.push(unknownSentence(entry.file, '(body)', ref, article));
  }
  for (const source of contextSourcesOf(entry.body)) {
    if (!sourceIds.has(source)) problems.push(unknownSource(entry.file, '(body) <Context source>', source));
  }
  return problems;
}

/** The `entries` and `sentences` an event or omission links to must exist. */
function linkProblems(
  file: string,
  links: { entries: readonly string[]; sentences: readonly string[] },
  entryIds: ReadonlySet<string | undefined>,
  article: Article,
): Problem[] {
  return [
    ...links.entries.flatMap((id, i) => (entryIds.has(id) ? [] : [unknownEntry(file, `entries[${i}]`, id)])),
    ...links.sentences.flatMap((ref, i) =>
      sentenceOf(ref, article) ? [] : [unknownSentence(file, `sentences[${i}]`, ref, article)],
    ),
  ];
}

/** Context events: schema, sources, linked entries and sentences, and ids that clash with entries. */
function eventProblems(
  raw: RawContent,
  article: Article,
  sourceIds: ReadonlySet<string>,
  entryFiles: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const entryIds = entryIdsOf(entryFiles);
  for (const file of raw.events) {
    const clash = entryIds.has(file.id)
      ? [...entryFiles].find(([key]) => key.endsWith(`/${file.id}`))
      : undefined;
    if (clash) {
      problems.push({
        file: file.file,
        field: '(id)',
        message: `the id "${file.id}" is already used by ${clash[1]}`,
        fix: "rename the event: entries and events share the timeline's anchors",
      });
    }
    const parsed = schemaProblems(file, eventSchema, SCHEMA_DOCS.event);
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const data = parsed.data as EventData;
    data.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) problems.push(unknownSource(file.file, `sources[${i}]`, id));
    });
    problems.push(...linkProblems(file.file, data, entryIds, article));
  }
  return problems;
}

/** Claims and omissions: spans verbatim, and every entry, sentence and source they cite exists. */
function analysisProblems(
  raw: RawContent,
  article: Article,
  sourceIds: ReadonlySet<string>,
  entryFiles: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const entryIds = entryIdsOf(entryFiles);
  const checkEvidence = (file: string, evidence: readonly Evidence[]) =>
    evidence.forEach((item, i) => {
      if (item.kind === 'external' && !sourceIds.has(item.source)) {
        problems.push(unknownSource(file, `evidence[${i}].source`, item.source));
      }
      if (item.kind === 'internal') {
        item.refs.forEach((ref, j) => {
          if (!sentenceOf(ref, article))
            problems.push(unknownSentence(file, `evidence[${i}].refs[${j}]`, ref, article));
        });
      }
    });

  for (const file of raw.claims) {
    const parsed = schemaProblems(file, claimSchema, SCHEMA_DOCS.claim);
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const data = parsed.data as ClaimData;
    const sentence = sentenceOf(data.ref, article);
    if (!sentence) problems.push(unknownSentence(file.file, 'ref', data.ref, article));
    else if (data.span !== undefined && !sentence.text.includes(data.span)) {
      problems.push({
        file: file.file,
        field: 'span',
        message: `not found verbatim in ${data.ref}: "${data.span}"`,
        fix: `copy the words exactly from ${data.ref}: "${sentence.text}"`,
      });
    }
    if (!entryIds.has(data.entry)) problems.push(unknownEntry(file.file, 'entry', data.entry));
    checkEvidence(file.file, data.evidence);
  }

  for (const file of raw.omissions) {
    const parsed = schemaProblems(file, omissionSchema, SCHEMA_DOCS.claim);
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const data = parsed.data as OmissionData;
    problems.push(...linkProblems(file.file, data, entryIds, article));
    checkEvidence(file.file, data.evidence);
  }
  return problems;
}
