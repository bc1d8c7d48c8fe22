/**
 * The open data of /donnees/: one record per claim, per statement and per timeline item,
 * built from the content alone, as JSON (lists stay lists) and as CSV (lists joined by " | ").
 */
import { toCsv } from '../site/csv.ts';
import type { StatementData } from '../../schemas/entry.ts';
import type { ClaimData } from '../../schemas/claim.ts';
import type { SourceData } from '../../schemas/source.ts';
import type { TimelineItem } from '../timeline/timeline.ts';
import { verdictsOf, type JudgedClaim, type Verdict } from './verdicts.ts';
import { recordedSpeakers } from './attribution.ts';
import type { Evidence } from '../../schemas/claim.ts';

/** How several values share one CSV field. */
export const LIST_SEPARATOR = ' | ';

export const CLAIM_FIELDS = [
  'id',
  'sentence',
  'span',
  'type',
  'label',
  'claim',
  'conclusion',
  'evidence',
  'entry_url',
  'url',
] as const;
export const STATEMENT_FIELDS = [
  'id',
  'words',
  'quoted',
  'sentences',
  'speakers',
  'speaker_ids',
  'attribution',
  'spoken_by',
  'spoken_by_ids',
  'attribution_evidence',
  'mode',
  'channel',
  'date',
  'verdicts',
  'entry_url',
  'url',
] as const;
export const TIMELINE_FIELDS = [
  'id',
  'date',
  'precision',
  'origin',
  'section',
  'title',
  'text',
  'sentences',
  'entries',
  'verdicts',
  'attribution',
  'sources',
  'date_source',
  'url',
] as const;

type Row<F extends readonly string[]> = Record<
  F[number],
  string | boolean | string[] | EvidenceRecord[] | SourceRecord[]
>;

export interface SourceRecord {
  readonly publication: string;
  readonly title?: string | undefined;
  readonly date?: string | undefined;
  readonly url: string;
}

export interface EvidenceRecord {
  readonly kind: 'internal' | 'external';
  readonly note: string;
  /** The sentences of the article, for internal evidence. */
  readonly sentences?: string[];
  /** The publication, for external evidence. */
  readonly source?: SourceRecord;
}

export interface DataContext {
  /** Source id → source. */
  readonly sources: ReadonlyMap<string, SourceData>;
  /** A path under the site (e.g. "analyse/#c04") → its absolute address. */
  readonly absolute: (path: string) => string;
  /** Entry id → its path under the site, for the entries that exist. */
  readonly entryPaths: ReadonlyMap<string, string>;
  /** Where a claim, a quote and a timeline item are, in the edition the data belongs to. */
  readonly paths: {
    readonly analysis: (id: string) => string;
    readonly quotes: (id: string) => string;
    readonly timeline: (id: string) => string;
  };
}

/**
 * What an event of the article carries beside its words, as its entry page shows it: the
 * verdicts on those words, the attribution status of a statement, the sources the entry rests
 * on, and where its date comes from.
 */
export interface ArticleEventFacts {
  readonly verdicts: readonly Verdict[];
  /** The statement's attribution status; undefined for an entry that is not a statement. */
  readonly attribution?: string | undefined;
  readonly sources: readonly string[];
  readonly dateSource?: string | undefined;
}

/** "misleading (c30)": a verdict and the claim it belongs to, as every data file writes it. */
const verdictText = (v: Verdict) => `${v.label} (${v.claim})`;

const sourceRecord = (source: SourceData): SourceRecord => ({
  publication: source.publication,
  ...(source.title ? { title: source.title } : {}),
  ...(source.date ? { date: source.date } : {}),
  url: source.url,
});

const sourcesOf = (ids: readonly string[], context: DataContext): SourceRecord[] =>
  ids.flatMap((id) => {
    const source = context.sources.get(id);
    return source ? [sourceRecord(source)] : [];
  });

const evidenceRecords = (evidence: readonly Evidence[], context: DataContext): EvidenceRecord[] =>
  evidence.map((e): EvidenceRecord => {
    if (e.kind === 'internal') return { kind: e.kind, note: e.note, sentences: e.refs };
    const source = context.sources.get(e.source);
    return { kind: e.kind, note: e.note, ...(source ? { source: sourceRecord(source) } : {}) };
  });

const entryUrl = (id: string, context: DataContext) => {
  const path = context.entryPaths.get(id);
  return path ? context.absolute(path) : '';
};

export function claimRecords(
  claims: readonly { id: string; data: ClaimData }[],
  context: DataContext,
): Row<typeof CLAIM_FIELDS>[] {
  return claims.map(({ id, data }) => ({
    id,
    sentence: data.ref,
    span: data.span ?? '',
    type: data.type,
    label: data.label,
    claim: data.claim,
    conclusion: data.conclusion,
    evidence: evidenceRecords(data.evidence, context),
    entry_url: entryUrl(data.entry, context),
    url: context.absolute(context.paths.analysis(id)),
  }));
}

/**
 * The attribution status of a statement, when its content records one (a field
 * `attribution`, as a word or as `{ status }`); empty otherwise, never guessed.
 */
export function attributionOf(data: object): string {
  const value: unknown = (data as { attribution?: unknown }).attribution;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { status?: unknown }).status === 'string') {
    return (value as { status: string }).status;
  }
  return '';
}

export function statementRecords(
  statements: readonly { slug: string; data: StatementData; words: string }[],
  claims: readonly JudgedClaim[],
  nameOf: (id: string) => string,
  context: DataContext,
): Row<typeof STATEMENT_FIELDS>[] {
  return statements.map(({ slug, data, words }) => ({
    id: slug,
    words,
    quoted: Boolean(data.quote),
    sentences: [...new Set(data.covers.map((c) => c.ref))],
    speakers: data.speakers.map(nameOf),
    speaker_ids: data.speakers,
    attribution: attributionOf(data),
    // Who the record shows spoke: the quotes page files the statement under them.
    spoken_by: recordedSpeakers(data).map(nameOf),
    spoken_by_ids: [...recordedSpeakers(data)],
    attribution_evidence: evidenceRecords(data.attribution.evidence, context),
    mode: data.mode,
    channel: data.channel,
    date: data.date,
    verdicts: verdictsOf(slug, claims).map(verdictText),
    entry_url: entryUrl(slug, context),
    url: context.absolute(context.paths.quotes(slug)),
  }));
}

/**
 * One record per timeline item. An event of the article takes its facts from its entry
 * (`articleFacts`, by id): its verdicts, attribution status and own sources, and its date's
 * source apart; a context event's sources are its own.
 */
export function timelineRecords(
  items: readonly TimelineItem[],
  context: DataContext,
  articleFacts: ReadonlyMap<string, ArticleEventFacts>,
): Row<typeof TIMELINE_FIELDS>[] {
  return items.map((item) => {
    const facts = item.origin === 'article' ? articleFacts.get(item.id) : undefined;
    return {
      id: item.id,
      date: item.date.iso,
      precision: item.date.precision,
      origin: item.origin,
      section: item.section,
      title: item.title,
      text: item.text,
      sentences: [...item.sentences],
      entries: item.entries.map((e) => context.absolute(e.path)),
      verdicts: (facts?.verdicts ?? []).map(verdictText),
      attribution: facts?.attribution ?? '',
      sources: sourcesOf(facts ? facts.sources : item.sources, context),
      date_source: sourcesOf(facts?.dateSource ? [facts.dateSource] : [], context),
      url: context.absolute(context.paths.timeline(item.id)),
    };
  });
}

/** One CSV field for a value of a record: lists joined, sources and evidence written out. */
function flatten(value: Row<readonly string[]>[string]): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  return value
    .map((item) => {
      if (typeof item === 'string') return item;
      if ('kind' in item) {
        const where = item.source
          ? `${item.source.publication} <${item.source.url}>`
          : (item.sentences ?? []).join(' ');
        return `${where} : ${item.note}`;
      }
      return `${item.publication}${item.title ? `, ${item.title}` : ''} <${item.url}>`;
    })
    .join(LIST_SEPARATOR);
}

export function recordsToCsv(
  fields: readonly string[],
  records: readonly Record<string, Row<readonly string[]>[string]>[],
): string {
  return toCsv(
    fields,
    records.map((record) => Object.fromEntries(fields.map((f) => [f, flatten(record[f] ?? '')]))),
  );
}
