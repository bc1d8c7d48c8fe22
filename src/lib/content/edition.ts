/**
 * One edition of the site's content: the base locale's facts with a
 * locale's prose laid over them, typeset in that locale, sorted and indexed
 * once. Pages (through src/content.ts) and search records build their
 * editions with this one function, so they cannot drift apart.
 */
import type { ClaimData, OmissionData } from '../../schemas/claim.ts';
import type { EntityData } from '../../schemas/entity.ts';
import type { EventData } from '../../schemas/event.ts';
import type { SourceData } from '../../schemas/source.ts';
import {
  ARTICLE_VERDICT_ID,
  type ArticleVerdictData,
  type ChangeData,
  type FindingData,
  type SourceMatchData,
} from '../../schemas/transparency.ts';
import { entriesBySentence, sortChronologically, type AnalysisEntry } from './entries.ts';
import type { SectionCollection } from './sections.ts';
import { sentenceOrder } from '../article/article.ts';
import { timelineItems, typesetEvent } from '../timeline/timeline.ts';
import { headlineWithVerdict } from './headline.ts';
import { entityNameIn, inSentenceIn } from './entity-names.ts';
import { lastUpdated, sortChanges } from './transparency.ts';
import { withTranslation } from './translations.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { typesetFields } from '../site/typography.ts';

export interface Item<D> {
  readonly id: string;
  readonly data: D;
}

/** A base-locale entry, with whatever the caller needs to render its body (Astro's entry). */
export interface BaseEntry<R> {
  readonly collection: SectionCollection;
  readonly id: string;
  readonly data: AnalysisEntry['data'];
  readonly body: R;
}

/** What an edition is built from: the base locale's files, and a locale's prose keyed "collection/id". */
export interface EditionInput<R> {
  readonly entries: readonly BaseEntry<R>[];
  readonly events: readonly Item<EventData>[];
  readonly claims: readonly Item<ClaimData>[];
  readonly omissions: readonly Item<OmissionData>[];
  readonly changes: readonly Item<ChangeData>[];
  readonly findings: readonly Item<FindingData>[];
  readonly verdicts: readonly Item<ArticleVerdictData>[];
  readonly provenance: readonly Item<SourceMatchData>[];
  readonly entities: readonly Item<EntityData>[];
  readonly sources: readonly Item<SourceData>[];
  /** The locale's prose, "statements/<id>" → fields, and the body to render instead of the base's. */
  readonly prose: ReadonlyMap<string, { data: unknown; body?: R }>;
  readonly typeset: (text: string) => string;
  /** The locale the edition's addresses are in. */
  readonly locale: Locale;
}

export type EditionEntry<R> = AnalysisEntry & {
  /** What renders the entry's text in this edition. */
  readonly body: R;
  /** The site's translation of the quote, in an edition that has one. */
  readonly quoteTranslation?: string | undefined;
};

export function buildEdition<R>(input: EditionInput<R>) {
  const { typeset, prose } = input;
  const translate = <D>(collection: string, item: Item<D>): Item<D> => ({
    ...item,
    data: withTranslation(item.data, prose.get(`${collection}/${item.id}`)?.data),
  });
  const notes = <E extends { note?: string }>(list: readonly E[]) =>
    list.map((e) => (e.note === undefined ? e : { ...e, note: typeset(e.note) }));

  const entries: EditionEntry<R>[] = sortChronologically(
    input.entries.map((entry) => {
      const own = prose.get(`${entry.collection}/${entry.id}`);
      const data = withTranslation(entry.data, own?.data);
      const quoteTranslation = (own?.data as { quoteTranslation?: string } | undefined)?.quoteTranslation;
      return {
        collection: entry.collection,
        slug: entry.id,
        lang: '',
        data: {
          ...typesetFields(data, ['title', 'summary'], typeset),
          // The questions readers ask are searched, and a search result may show them.
          ...(data.questions && { questions: data.questions.map(typeset) }),
          // Who said it, and the notes that bear it out, are the site's words too.
          ...('attribution' in data && {
            attribution: { ...data.attribution, evidence: notes(data.attribution.evidence) },
          }),
        },
        body: own?.body ?? entry.body,
        quoteTranslation: quoteTranslation && typeset(quoteTranslation),
      };
    }),
  );
  const events = input.events
    .map((e) => translate('events', e))
    .map((e) => ({ ...e, data: typesetEvent(e.data, typeset) }));
  const claims = input.claims
    .map((c) => translate('claims', c))
    .map((c) => ({
      ...c,
      data: { ...typesetFields(c.data, ['claim', 'conclusion'], typeset), evidence: notes(c.data.evidence) },
    }))
    .sort((a, b) => sentenceOrder(a.data.ref) - sentenceOrder(b.data.ref) || a.id.localeCompare(b.id));
  const omissions = input.omissions
    .map((o) => translate('omissions', o))
    .map((o) => ({
      ...o,
      data: { ...typesetFields(o.data, ['title', 'text'], typeset), evidence: notes(o.data.evidence) },
    }));
  const changes = sortChanges(input.changes.map((c) => translate('changes', c))).map((c) => ({
    ...c,
    data: typesetFields(c.data, ['text'], typeset),
  }));
  const findings = input.findings
    .map((f) => translate('findings', f))
    .map((f) => ({ ...f, data: typesetFields(f.data, ['text'], typeset) }))
    .sort((a, b) => a.data.order - b.data.order);
  // The site's verdict on the article, if it has written one (the rules allow no other file).
  const verdict = input.verdicts
    .filter((v) => v.id === ARTICLE_VERDICT_ID)
    .map((v) => translate('verdicts', v))
    .map((v) => typesetFields(v.data, ['text'], typeset))[0];
  const sourceMatches = input.provenance
    .map((m) => translate('provenance', m))
    .map((m) => ({ ...m, data: { ...m.data, changes: notes(m.data.changes) } }))
    .sort((a, b) => sentenceOrder(a.data.refs[0] ?? '') - sentenceOrder(b.data.refs[0] ?? ''));
  const entities = new Map(
    input.entities
      .map((e) => translate('entities', e))
      .map((e) => [e.id, typesetFields(e.data, ['role'], typeset)]),
  );
  const republishedBy = useTranslations(input.locale)('source.republishedBy');
  const sources = new Map(
    input.sources
      .map((s) => translate('sources', s))
      .map((s) => [s.id, withCopyLabel(s.data, republishedBy)]),
  );
  return {
    /** The locale the edition's prose and addresses are in. */
    locale: input.locale,
    entries,
    /** A section's entries, in the edition's order. */
    entriesOf: (collection: SectionCollection) => entries.filter((e) => e.collection === collection),
    coverage: entriesBySentence(entries),
    events,
    timeline: timelineItems(entries, events, input.locale, (e) =>
      headlineWithVerdict({ slug: e.slug, title: e.data.title }, claims, input.locale),
    ),
    claims,
    omissions,
    changes,
    findings,
    verdict,
    sourceMatches,
    entities,
    /** An entity's name in this edition, its id when it has none. */
    entityName: (id: string): string => entityNameIn(entities, id),
    /** An entity as this edition's sentences write it ("le ministère…"), its name when they need no other. */
    entityInSentence: (id: string): string => inSentenceIn(entities, id),
    sources,
    /** The day a page was last updated, from the changes to what it shows (ids), or to anything. */
    updatedOn: (shown: Iterable<string> | 'everything' = 'everything') => lastUpdated(changes, shown),
  };
}

export type Edition<R> = ReturnType<typeof buildEdition<R>>;

/**
 * A source as every view names it: a copy read elsewhere than at its
 * publisher says so in its publication line, "AFP, republié par Yahoo", so
 * that no page, citation or data file takes the copy for the original.
 */
function withCopyLabel(source: SourceData, label: string): SourceData {
  return source.republishedBy
    ? { ...source, publication: `${source.publication}, ${label} ${source.republishedBy}` }
    : source;
}
