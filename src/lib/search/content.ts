/**
 * The content the search records are built from: the read the rule book made
 * (src/lib/content/files.ts), after the build, when Astro's content layer is
 * no longer at hand, made into an edition by the same function as the pages'
 * (src/lib/content/edition.ts). The integrity rules have passed by then, so
 * parsing cannot fail here.
 */
import { fill, localeTable, useTranslations, type Locale } from '../../i18n/index.ts';
import type { AttributionStatus } from '../../schemas/entry.ts';
import { COLLECTIONS, type CollectionData, type DataCollection } from '../content/collections.ts';
import type { RawContent } from '../content/files.ts';
import type { AnalysisEntry } from '../content/entries.ts';
import { buildEdition } from '../content/edition.ts';
import { isStatement } from '../content/entries.ts';
import { quoteWording } from '../content/quote-wording.ts';
import { withTrailingSlash } from '../site/paths.ts';
import type { RecordInput } from './records.ts';
import { parseArticle } from '../article/article.ts';

/** A collection's base files with their fields as its schema gives them. */
const parsed = <N extends DataCollection>(raw: RawContent, name: N) =>
  raw[name].map((f) => ({ id: f.id, data: COLLECTIONS[name].schema.parse(f.data) as CollectionData<N> }));

/**
 * One locale's edition from the content as read from disk, outside Astro's content layer:
 * the search records after the build, and the tests that walk the model.
 */
export function editionFromFiles(raw: RawContent, locale: Locale) {
  const prose = new Map(
    raw.translations
      .filter((f) => f.locale === locale)
      .map((f) => [`${f.collection}/${f.id}`, { data: f.data }]),
  );
  return buildEdition<undefined>({
    entries: raw.entries.map((e) => ({
      collection: e.collection,
      id: e.id,
      data: COLLECTIONS[e.collection].schema.parse(e.data) as AnalysisEntry['data'],
      body: undefined,
    })),
    events: parsed(raw, 'events'),
    claims: parsed(raw, 'claims'),
    omissions: parsed(raw, 'omissions'),
    changes: parsed(raw, 'changes'),
    findings: parsed(raw, 'findings'),
    verdicts: parsed(raw, 'verdicts'),
    provenance: parsed(raw, 'provenance'),
    entities: parsed(raw, 'entities'),
    sources: parsed(raw, 'sources'),
    prose,
    typeset: localeTable(locale).typeset,
    locale,
  });
}

/**
 * Who a quote is credited to, as the article's claim, and how far the record
 * bears it out: the end of its quote record, and meta of its entry page. In
 * the words the copied citation uses ("attribué par l’article au ministère…
 * et à…"): `speakers` as a sentence writes them (an entity's `inSentence`).
 */
export function quoteAttribution(
  speakers: readonly string[],
  status: AttributionStatus,
  locale: Locale,
): string {
  const t = useTranslations(locale);
  const to = localeTable(locale).attributedTo(speakers);
  return `${fill(t('quotes.attributedTo'), { to })} (${t(`attribution.${status}`)})`;
}

/** What the search records of a locale are made of, from the content as read. */
export function buildRecordInput(raw: RawContent, base: string, locale: Locale): RecordInput {
  const prefix = withTrailingSlash(base);
  const edition = editionFromFiles(raw, locale);
  // The rules have read and checked it already, with the rest of the content.
  const translated = raw.articleTranslations.find((t) => t.locale === locale)?.data as
    Record<string, string> | undefined;
  const sentenceTranslations = new Map(Object.entries(translated ?? {}));
  return {
    locale,
    article: parseArticle(raw.articleText),
    sentenceTranslations,
    statements: edition.entries.filter(isStatement).map((e) => ({
      slug: e.slug,
      data: e.data,
      wording: quoteWording(e.data, e.quoteTranslation, localeTable(locale).lang)?.text,
    })),
    events: edition.events,
    entities: edition.entities,
    // In the article's order, as the pages list them.
    claims: edition.claims,
    url: (path) => `${prefix}${path}`,
    attribution: (speakers, status) => quoteAttribution(speakers, status, locale),
  };
}
