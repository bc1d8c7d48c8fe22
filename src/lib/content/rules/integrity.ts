/**
 * The content rules that a schema alone cannot express: the article is
 * unchanged, every reference resolves, every quoted span is verbatim in the
 * article, every sentence is covered by an entry, ids are unique and nothing
 * unsafe is written. Each failure is a Problem naming the file, the field and
 * the fix. The rules are the functions listed in RULES.
 */
import type { EventData } from '../../../schemas/event.ts';
import type { ClaimData, Evidence, OmissionData } from '../../../schemas/claim.ts';
import { existsSync, readdirSync } from 'node:fs';
import { articleProblems } from '../../article/guard.ts';
import { bodyProblems, UNSAFE_SCHEME, type SiteMap } from './body.ts';
import type { RawContent, RawFile } from '../files.ts';
import {
  entryIdsOf,
  type ParsedClaim,
  type ParsedEntry,
  type RuleContext,
  type RuleEntry,
} from './context.ts';
import { conclusionProblems, dateProblems, departureProblems, translationProblems } from './editorial.ts';
import type { Problem } from './problems.ts';
import { SECTIONS } from '../sections.ts';
import { editionProblems } from './edition.ts';
import { BASE_LOCALE, localeTable, type Locale } from '../../../i18n/index.ts';
import { schemaProblems } from './schema.ts';
import type { CollectionName } from '../collections.ts';
import { transparencyProblems } from './transparency.ts';
import { FOLDED, foldProblems } from './fold.ts';
import { stringsOf } from './fields.ts';
import { translationFactProblems } from './translation-facts.ts';
import { notFoundIn, showInvisible } from './invisible.ts';
import { claimNumbering, sourcesCited } from './completeness.ts';
import { localeTableProblems } from './locale-tables.ts';
import {
  formatSentenceRef,
  guillemetPhrases,
  parseArticle,
  sentenceOf,
  type Article,
} from '../../article/article.ts';

/** The problems every kind of file can have: a reference to something that does not exist. */
function unknownSource(file: string, field: string, id: string): Problem {
  return {
    file,
    field,
    message: `no source "${id}"`,
    fix: `use an id from content/sources/ or add content/sources/${id || 'id'}.yaml with its publication, title, date and address`,
    about: { kind: 'unknown-id', of: 'source', id },
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

/** Evidence (a claim's, an omission's, an attribution's) cites sources and sentences that exist. */
function evidenceProblems(
  file: string,
  field: string,
  evidence: readonly Evidence[],
  sourceIds: ReadonlySet<string>,
  article: Article,
): Problem[] {
  return evidence.flatMap((item, i): Problem[] =>
    item.kind === 'external'
      ? sourceIds.has(item.source)
        ? []
        : [unknownSource(file, `${field}[${i}].source`, item.source)]
      : item.refs.flatMap((ref, j) =>
          sentenceOf(ref, article) ? [] : [unknownSentence(file, `${field}[${i}].refs[${j}]`, ref, article)],
        ),
  );
}

function unknownEntry(file: string, field: string, id: string): Problem {
  return {
    file,
    field,
    message: `no entry "${id}"`,
    fix: 'use the file name of an entry in content/<section>/fr/',
    about: { kind: 'unknown-id', of: 'entry', id },
  };
}

interface Excerpt {
  ref: string;
  text?: string | undefined;
}

export interface CheckedContent {
  readonly article: Article;
  readonly problems: Problem[];
  /** What the problems leave unchecked, said once after them. */
  readonly notes: string[];
}

/**
 * The stages before the rules, named like rules so that every problem says
 * which one it broke: the article as received, files the site can read, and
 * fields as their schema (src/schemas/) says, refinements included.
 */
export const STAGES: readonly Omit<RuleEntry, 'check'>[] = [
  {
    id: 'article-unchanged',
    refuses: 'an article that is missing, or not byte for byte the copy received (its recorded SHA-256)',
  },
  {
    id: 'files',
    refuses:
      'a file the site would not read or would publish under another address: wrong extension or folder, a name that is not an id, an encoding other than UTF-8, YAML or frontmatter that does not parse',
  },
  {
    id: 'fields',
    refuses:
      "a field missing, unknown or not as its schema in src/schemas/ says (types, lengths, dates, a rated claim's evidence, an https:// address)",
  },
];

export function checkContent(raw: RawContent): CheckedContent {
  const guard = articleProblems(raw.articleFile, raw.articleBytes, raw.articleHash);
  const article = parseArticle(guard.length === 0 ? raw.articleText : '');
  // A changed article is the only thing said: every other rule would trust its words.
  if (guard.length > 0) return { article, problems: tagged(guard, 'article-unchanged'), notes: [] };

  const problems: Problem[] = tagged(raw.problems, 'files');
  const dropped: RawFile[] = [];
  const parse = (file: RawFile, collection: CollectionName): unknown => {
    const parsed = schemaProblems(file, collection);
    problems.push(...tagged(parsed.problems, 'fields'));
    if (!parsed.data) dropped.push(file);
    return parsed.data;
  };
  for (const file of raw.entities) parse(file, 'entities');
  for (const file of raw.sources) parse(file, 'sources');
  const entries = raw.entries.flatMap((entry): ParsedEntry[] => {
    const data = parse(entry, entry.collection);
    return data ? [{ raw: entry, data: data as ParsedEntry['data'] }] : [];
  });
  const claims = raw.claims.flatMap((file): ParsedClaim[] => {
    const data = parse(file, 'claims');
    return data ? [{ raw: file, data: data as ClaimData }] : [];
  });

  const context: RuleContext = {
    raw,
    article,
    entries,
    claims,
    dropped,
    entityIds: new Set([...raw.entities.map((f) => f.id), ...unreadIds(raw, 'entities')]),
    sourceIds: new Set([...raw.sources.map((f) => f.id), ...unreadIds(raw, 'sources')]),
    entryFiles: entryFilesOf(raw),
    site: siteMapOf(raw, BASE_LOCALE),
    siteOf: (locale) => siteMapOf(raw, locale),
  };
  for (const rule of RULES) problems.push(...tagged(runRule(rule, context), rule.id));
  const folded = foldProblems(problems);
  return { article, problems: folded.problems, notes: [...droppedNotes(context), ...folded.notes] };
}

/** A rule's problems; a rule that fails on content it did not expect is said as one problem, not a stack trace. */
function runRule(rule: RuleEntry, context: RuleContext): Problem[] {
  try {
    return rule.check(context);
  } catch (error) {
    return [
      {
        file: 'src/lib/content/rules/integrity.ts',
        field: `(rule ${rule.id})`,
        message: `the rule could not check the content: ${error instanceof Error ? error.message : String(error)}`,
        fix: 'the rule has a bug for this content: run "npx vitest run tests/unit/integrity.test.ts" and fix the rule; the content may be right',
      },
    ];
  }
}

/** Each problem with the id of the rule it broke, for docs/rules.md and the tests. */
const tagged = (problems: readonly Problem[], rule: string): Problem[] =>
  problems.map((problem) => ({ ...problem, rule: problem.rule ?? rule }));

/**
 * The rule book: every content rule, in the order its problems are listed.
 * To add a rule, write it (in its own module if it is more than a few lines),
 * list it here with what it refuses, and give it a broken fixture in
 * tests/fixtures/broken/; docs/rules.md is checked against this list.
 */
export const RULES: readonly RuleEntry[] = [
  {
    id: 'interface-strings',
    refuses: 'a locale table (src/i18n/) that lacks a string of the base locale, or has one it does not',
    check: localeTableProblems,
  },
  {
    id: 'unique-ids',
    refuses: 'two entries with one id: an id is an address and an anchor',
    check: duplicateIds,
  },
  {
    id: 'verbatim-excerpts',
    refuses: "an entry's quote or excerpt that is not the article's words, or a sentence that does not exist",
    check: entryExcerpts,
  },
  {
    id: 'entry-references',
    refuses: "an entry's entity, speaker, addressee, date source or attribution evidence that does not exist",
    check: entryReferences,
  },
  {
    id: 'mdx-body',
    refuses:
      'an MDX body that does not parse, runs code, links outside the site or nowhere, holds an expression in its prose, or uses an unknown component or source',
    check: entryBodies,
  },
  {
    id: 'events',
    refuses: 'a context event with a bad field, an unknown source, entry or sentence, or an id an entry has',
    check: eventProblems,
  },
  {
    id: 'claims-and-omissions',
    refuses:
      'a claim or omission whose span is not verbatim, or whose entry, sentence or source does not exist',
    check: analysisProblems,
  },
  {
    id: 'claim-numbering',
    refuses: 'claim files not numbered c01, c02… without a gap',
    check: claimNumbering,
  },
  {
    id: 'sources-cited',
    refuses: 'a source that nothing cites',
    check: sourcesCited,
  },
  {
    id: 'date-basis',
    refuses: "an entry's date that no sentence it covers states, without a dateSource",
    check: dateProblems,
  },
  {
    id: 'conclusion-verdict',
    refuses: "a conclusion, in any language, that opens with another verdict than its claim's label",
    check: conclusionProblems,
  },
  {
    id: 'departure-cited',
    refuses: "a departure from the English text whose source is unknown or not in the claim's evidence",
    check: departureProblems,
  },
  {
    id: 'translation-marks',
    refuses: "words in guillemets that are the site's translation without the translation mark",
    check: translationProblems,
  },
  {
    id: 'translation-facts',
    refuses:
      "a translation (the article's, or a field of a translated file) that leaves out a number, a month or a person's name of the French it translates",
    check: translationFactProblems,
  },
  {
    id: 'transparency',
    refuses:
      "a change, finding, provenance match or the site's verdict on the article with a bad field, naming what does not exist (a verdict's link included), whose marked changes are not verbatim, or a verdict whose translation links other evidence",
    check: transparencyProblems,
  },
  {
    id: 'safe-values',
    refuses: 'a javascript:, vbscript: or data: address in any field',
    check: unsafeValues,
  },
  {
    id: 'editions',
    refuses:
      "a missing or orphan translation, a fact in a translation, lists out of step, words in guillemets that are not the article's, a quote with no wording in the language",
    check: ({ raw, article, siteOf }) => editionProblems(raw, article, siteOf),
  },
  {
    id: 'coverage',
    refuses: 'a sentence of the article no entry covers, or a phrase in guillemets no entry keeps',
    check: coverageProblems,
  },
];

/** Ids of the files of a folder found under a name the site does not read: reported once, as such. */
function unreadIds(raw: RawContent, folder: string): string[] {
  return raw.unread.filter((u) => u.folder.endsWith(`/${folder}`)).map((u) => u.id);
}

/** Every rule an author can meet, in the order of docs/rules.md: the stages, the rule book, the folded problems. */
export const CATALOGUE: readonly Omit<RuleEntry, 'check'>[] = [
  ...STAGES,
  ...RULES.map(({ id, refuses }) => ({ id, refuses })),
  ...FOLDED,
];

function entryFilesOf(raw: RawContent): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of raw.entries) {
    const key = `${entry.lang}/${entry.id}`;
    if (!files.has(key)) files.set(key, entry.file);
  }
  for (const { collection } of SECTIONS)
    for (const id of unreadIds(raw, `${collection}/${BASE_LOCALE}`))
      if (!files.has(`${BASE_LOCALE}/${id}`)) files.set(`${BASE_LOCALE}/${id}`, `${collection}/${id}`);
  return files;
}

/** The files of public/, which the site serves at its root beside its pages. */
const PUBLIC_DIR = new URL('../../../../public/', import.meta.url);

/** What a body of a locale may link to: that edition's pages, and the site's files. */
export function siteMapOf(raw: RawContent, locale: Locale = BASE_LOCALE): SiteMap {
  const { prefix, routes } = localeTable(locale);
  const entriesBySection = new Map(
    SECTIONS.map((s) => [
      routes[s.collection],
      new Set(raw.entries.filter((e) => e.collection === s.collection).map((e) => e.id)),
    ]),
  );
  const files = existsSync(PUBLIC_DIR) && !prefix ? readdirSync(PUBLIC_DIR) : [];
  return {
    prefix,
    folders: { entities: routes.entities, article: routes.article, timeline: routes.timeline },
    topLevel: new Set([...Object.values(routes).filter(Boolean), ...files, `${routes.timeline}.json`]),
    entriesBySection,
    entityIds: new Set(raw.entities.map((f) => f.id)),
    timelineAnchors: new Set([...raw.events, ...raw.entries].map((f) => f.id)),
    sourceIds: new Set(raw.sources.map((f) => f.id)),
  };
}

/** Ids are unique across sections: an entry's id is its address and its anchor. */
function duplicateIds({ raw }: RuleContext): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
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
  }
  return problems;
}

/** The sentences an entry covers exist, and its spans are verbatim. */
function entryExcerpts({ entries, article }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const { raw: entry, data } of entries) {
    const checkExcerpt = (excerpt: Excerpt, field: string): void => {
      const sentence = sentenceOf(excerpt.ref, article);
      if (!sentence) {
        problems.push(unknownSentence(entry.file, `${field}.ref`, excerpt.ref, article));
        return;
      }
      if (excerpt.text !== undefined && !sentence.text.includes(excerpt.text)) {
        problems.push({
          file: entry.file,
          field: `${field}.text`,
          message: notFoundIn(excerpt.ref, excerpt.text, sentence.text),
          fix: `copy the words exactly from ${excerpt.ref}: "${showInvisible(sentence.text)}" (keep ’ and « » as they are, and the article's own spellings)`,
        });
      }
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
  }
  return problems;
}

/** Entities, speakers, addressee, date source and attribution name files and sentences that exist. */
function entryReferences({ entries, entityIds, sourceIds, article }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const { raw: entry, data } of entries) {
    const references: [string, string][] = [
      ...data.entities.map((id, i): [string, string] => [`entities[${i}]`, id]),
      ...(data.speakers ?? []).map((id, i): [string, string] => [`speakers[${i}]`, id]),
      ...(data.addressee ? [['addressee', data.addressee] as [string, string]] : []),
      ...(data.attribution?.spokenBy ?? []).map((id, i): [string, string] => [
        `attribution.spokenBy[${i}]`,
        id,
      ]),
      ...(data.attribution?.recordedWords
        ? [['attribution.recordedWords.speaker', data.attribution.recordedWords.speaker] as [string, string]]
        : []),
    ];
    for (const [field, id] of references) {
      if (!entityIds.has(id)) {
        problems.push({
          file: entry.file,
          field,
          message: `no entity "${id}"`,
          fix: `use an id from content/entities/ or add content/entities/${id}.yaml`,
          about: { kind: 'unknown-id', of: 'entity', id },
        });
      }
    }
    if (data.dateSource && !sourceIds.has(data.dateSource)) {
      problems.push(unknownSource(entry.file, 'dateSource', data.dateSource));
    }
    const recorded = data.attribution?.recordedWords;
    if (recorded && !sourceIds.has(recorded.source)) {
      problems.push(unknownSource(entry.file, 'attribution.recordedWords.source', recorded.source));
    }
    if (data.attribution) {
      problems.push(
        ...evidenceProblems(
          entry.file,
          'attribution.evidence',
          data.attribution.evidence,
          sourceIds,
          article,
        ),
      );
    }
  }
  return problems;
}

/** What is written in the MDX bodies (src/lib/content/rules/body.ts), valid fields or not. */
function entryBodies({ raw, site, article }: RuleContext): Problem[] {
  return raw.entries.flatMap((entry) => bodyProblems(entry, site, article));
}

/** A `javascript:`, `vbscript:` or `data:` address in any field of any file. */
function unsafeValues({ raw }: RuleContext): Problem[] {
  // A source's url has its own rule in its schema (https, or http with a reason).
  const checked = (file: RawFile, path: string) => !(raw.sources.includes(file) && path === 'url');
  const files = [
    ...raw.entries,
    ...raw.entities,
    ...raw.sources,
    ...raw.events,
    ...raw.claims,
    ...raw.omissions,
    ...raw.translations,
  ];
  return files.flatMap((file) =>
    stringsOf(file.data)
      .filter(([path, value]) => UNSAFE_SCHEME.test(value) && checked(file, path))
      .map(([path, value]) => ({
        file: file.file,
        field: path || '(value)',
        message: `"${value.slice(0, 40)}" is an address that runs code or hides a document`,
        fix: 'remove it: the site links only to its own pages and to https:// sources',
      })),
  );
}

/** The § refs a file that was dropped says it covers, as far as its fields can be read. */
function claimedRefs(file: RawFile): string[] | undefined {
  const data = file.data as { covers?: unknown; quote?: unknown } | undefined;
  if (!data || typeof data !== 'object') return undefined;
  const refOf = (item: unknown) =>
    item && typeof item === 'object' && typeof (item as { ref?: unknown }).ref === 'string'
      ? [(item as { ref: string }).ref]
      : [];
  if (!Array.isArray(data.covers)) return undefined;
  return [...data.covers.flatMap(refOf), ...refOf(data.quote)];
}

const droppedEntries = ({ raw, dropped }: RuleContext) =>
  raw.entries.filter((entry) => dropped.includes(entry) || entry.data === undefined);

/**
 * Every sentence is covered and every phrase in guillemets kept. A sentence
 * that an entry left out for its own problems says it covers is not blamed on
 * the article: it is checked once that entry is fixed.
 */
function coverageProblems(context: RuleContext): Problem[] {
  const { raw, article, entries } = context;
  const pending = droppedEntries(context).map(claimedRefs);
  // An entry whose fields cannot be read at all could cover anything.
  if (pending.some((refs) => refs === undefined)) return [];
  const waiting = new Set(pending.flatMap((refs) => refs ?? []).map((ref) => sentenceOf(ref, article)?.id));

  const covered = new Set<string>();
  const quotedSpans: string[] = [];
  for (const { data } of entries) {
    for (const excerpt of [...data.covers, ...(data.quote ? [data.quote] : [])]) {
      const sentence = sentenceOf(excerpt.ref, article);
      if (!sentence) continue;
      covered.add(sentence.id);
      if (excerpt.text === undefined) quotedSpans.push(sentence.text);
      else if (sentence.text.includes(excerpt.text)) quotedSpans.push(excerpt.text);
    }
  }
  const problems: Problem[] = [];
  for (const sentence of article.sentences) {
    if (!covered.has(sentence.id) && !waiting.has(sentence.id)) {
      problems.push({
        file: raw.articleFile,
        field: formatSentenceRef(sentence.id),
        message: `no entry covers ${formatSentenceRef(sentence.id)}: "${sentence.text}"`,
        fix: `add { ref: "${formatSentenceRef(sentence.id)}" } to the covers of the entry that analyses it, or write a new entry (the article itself is never edited)`,
      });
    }
  }
  for (const phrase of guillemetPhrases(article)) {
    if (waiting.has(phrase.sentence)) continue;
    if (!quotedSpans.some((span) => span.includes(phrase.text))) {
      problems.push({
        file: raw.articleFile,
        field: formatSentenceRef(phrase.sentence),
        message: `the phrase in guillemets « ${phrase.text} » is not kept by any entry`,
        fix: 'quote it verbatim in the quote or covers of the entry that analyses it (the article itself is never edited)',
      });
    }
  }
  return problems;
}

/** What the coverage check could not say because an entry was left out. */
function droppedNotes(context: RuleContext): string[] {
  return droppedEntries(context).map((entry) => {
    const refs = claimedRefs(entry);
    const which =
      refs && refs.length > 0
        ? `the sentences it covers (${[...new Set(refs)].join(', ')})`
        : 'the sentences it covers';
    return `${entry.file} is left out until its problems are fixed; ${which} will be checked for coverage then.`;
  });
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
function eventProblems({ raw, article, sourceIds, entryFiles }: RuleContext): Problem[] {
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
    const parsed = schemaProblems(file, 'events');
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
function analysisProblems({ raw, article, claims, sourceIds, entryFiles }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const entryIds = entryIdsOf(entryFiles);
  const checkEvidence = (file: string, evidence: readonly Evidence[]) =>
    problems.push(...evidenceProblems(file, 'evidence', evidence, sourceIds, article));

  for (const { raw: file, data } of claims) {
    const sentence = sentenceOf(data.ref, article);
    if (!sentence) problems.push(unknownSentence(file.file, 'ref', data.ref, article));
    else if (data.span !== undefined && !sentence.text.includes(data.span)) {
      problems.push({
        file: file.file,
        field: 'span',
        message: notFoundIn(data.ref, data.span, sentence.text),
        fix: `copy the words exactly from ${data.ref}: "${showInvisible(sentence.text)}"`,
      });
    }
    if (!entryIds.has(data.entry)) problems.push(unknownEntry(file.file, 'entry', data.entry));
    checkEvidence(file.file, data.evidence);
  }

  for (const file of raw.omissions) {
    const parsed = schemaProblems(file, 'omissions');
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const data = parsed.data as OmissionData;
    problems.push(...linkProblems(file.file, data, entryIds, article));
    checkEvidence(file.file, data.evidence);
  }
  return problems;
}
