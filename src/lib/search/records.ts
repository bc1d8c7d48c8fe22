/**
 * The search records that are not pages: one per statement of the article
 * (linked to its quote on its edition's quotes page), one per sentence of the article
 * (linked to its anchor) and one per context event of the timeline. Built
 * from the content files, handed to Pagefind's Node API after the build.
 * Entry pages take their filters and meta from `entrySearch`, so that pages
 * and records speak one vocabulary.
 *
 * Filter values are language-neutral ids (`orateur=loukachenko`,
 * `type=quote`, `rubrique=statements`), so a shared search URL means the same
 * in every edition; the search page shows their labels. In the index the
 * three travel as one value per record, its class (`classValue`, ./record-class.ts).
 */
import type { EntityData } from '../../schemas/entity.ts';
import type { AttributionStatus, StatementData } from '../../schemas/entry.ts';
import type { EventData } from '../../schemas/event.ts';
import { searchVariants } from './aliases.ts';
import type { SectionCollection } from '../content/sections.ts';
import { localePath, localeTable, type Locale } from '../../i18n/index.ts';
import {
  formatSentenceRef,
  parseSentenceRef,
  sentenceAnchor,
  sentenceOf,
  type Article,
} from '../article/article.ts';
import { openingWords } from '../site/typography.ts';
import { guillemets } from '../../i18n/typography.ts';
import { verdictsOf, verdictsOnSentence, type JudgedClaim, type Verdict } from '../content/verdicts.ts';
import { entityNameIn, inSentenceIn } from '../content/entity-names.ts';
import { answeringPages } from './site-pages.ts';
import { CLASS_FILTER, QUESTIONS_META, classValue } from './record-class.ts';

// A result's heading names its sentence; the excerpt below it shows the match.
const SENTENCE_TITLE_CHARS = 60;
// The cut is marked as in a quotation, "[…]" after a no-break space. Pagefind indexes a title's words
// as spaces split them, punctuation included: "pétrole…" glued would be a word of its own that no
// reader types, and a search for "pétrole" would load the index chunk it falls in as well.
const SENTENCE_TITLE_CUT = '\u00a0[…]';

/** Pagefind's CustomRecord, as the Node API takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface RecordInput {
  /** The edition the records belong to: their addresses, and the index they go into. */
  readonly locale: Locale;
  readonly article: Article;
  /** The site's translation of each sentence in the edition's language ("§4.2" → text); none in the base locale. */
  readonly sentenceTranslations: ReadonlyMap<string, string>;
  /**
   * Each statement, with its quote's wording in the edition's language where the
   * article's French is not it: as a source reported it, or as the site translated it.
   */
  readonly statements: readonly { slug: string; data: StatementData; wording?: string | undefined }[];
  readonly events: readonly { id: string; data: EventData }[];
  readonly entities: ReadonlyMap<string, EntityData>;
  /** The verdicts on the article's claims, in the article's order. */
  readonly claims: readonly JudgedClaim[];
  /** Turns a path below the base ("citations/") into the URL a result links to. */
  readonly url: (path: string) => string;
  /**
   * Who a quote is credited to, said as the article's claim with how far the record bears it
   * out: a result's excerpt must never present the article's attribution as a fact.
   */
  readonly attribution: (speakers: readonly string[], status: AttributionStatus) => string;
}

/**
 * The meta that ties a result to its passage. `passage` is the first sentence
 * the words come from (`4.2`): it groups a sentence with the quotes and
 * entries drawn from it. `entree` names the entry a quote record and its page
 * share, so that the search page shows them as one result, and leads from a
 * quote to its analysis (`analysisPath`).
 */
function passageMeta(ref: string | undefined, entry?: string): Record<string, string> {
  const passage = parseSentenceRef(ref ?? '');
  return { ...(passage ? { passage } : {}), ...(entry ? { entree: entry } : {}) };
}

/** Where a statement's analysis is, below the base path: the entry page a quote record names in `entree`. */
export function analysisPath(entry: string, locale: Locale): string {
  return localePath(locale, 'statements', `${entry}/`);
}

/** The labels of the rated claims that judge a result's words, space-separated: they travel with them. */
function verdictMeta(verdicts: readonly Verdict[]): Record<string, string> {
  return verdicts.length ? { verdicts: verdicts.map((v) => v.label).join(' ') } : {};
}

export interface EntrySearchInput {
  readonly slug: string;
  readonly collection: SectionCollection;
  readonly date: string;
  readonly covers: readonly { ref: string }[];
  readonly speakers: readonly string[];
  /** The page's other spellings and bare elided words (searchVariants). */
  readonly variants: string;
  readonly claims: readonly JudgedClaim[];
  /** A statement's attribution, as its quote record says it (RecordInput's `attribution`). */
  readonly attribution?: string | undefined;
  /** The quote's wording in the page's language (reported or the site's), as its quote record has it. */
  readonly wording?: string | undefined;
  /** The questions readers ask that the entry answers (its `questions`), in the page's language. */
  readonly questions?: readonly string[] | undefined;
}

const questionsMeta = (questions: readonly string[] | undefined): Record<string, string> =>
  questions?.length ? { [QUESTIONS_META]: questions.join(' ') } : {};

/** An entry page's filters and meta, as the layout writes them into the page. */
export function entrySearch(input: EntrySearchInput): {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
} {
  const statement = input.collection === 'statements';
  return {
    filters: {
      [CLASS_FILTER]: [classValue({ type: 'entry', rubrique: input.collection, orateur: input.speakers })],
    },
    meta: {
      date: input.date,
      ...(input.variants ? { variantes: input.variants } : {}),
      ...passageMeta(input.covers[0]?.ref, statement ? input.slug : undefined),
      ...verdictMeta(verdictsOf(input.slug, input.claims)),
      // The words of its quote record's attribution, so that the page is found whenever the quote is.
      ...(statement && input.attribution ? { attribution: input.attribution } : {}),
      ...(statement && input.wording ? { formulation: input.wording } : {}),
      ...questionsMeta(input.questions),
    },
  };
}

/** The words a statement says, as the article gives them: the quote if direct, else its spans. */
export function statementWords(data: StatementData, article: Article): string {
  if (data.quote) return data.quote.text;
  return data.covers
    .map((c) => c.text ?? sentenceOf(c.ref, article)?.text ?? '')
    .filter(Boolean)
    .join(' … ');
}

export function searchRecords(input: RecordInput): SearchRecord[] {
  const { article, entities, claims } = input;
  const nameOf = (id: string) => entityNameIn(entities, id);
  const inSentence = (id: string) => inSentenceIn(entities, id);
  const withAliases = (text: string, ids: readonly string[] = []) => {
    const variants = searchVariants(text, entities, ids);
    return variants ? { variantes: variants } : {};
  };

  const { locale } = input;
  const language = localeTable(locale).lang;
  const quotes = input.statements.map(({ slug, data, wording }): SearchRecord => {
    const words = statementWords(data, article);
    const speakers = data.speakers.map(nameOf);
    return {
      url: input.url(localePath(locale, 'quotes', `#${slug}`)),
      content: `${words}${wording ? ` (${wording})` : ''} — ${input.attribution(data.speakers.map(inSentence), data.attribution.status)}`,
      language,
      meta: {
        title: data.quote ? guillemets(words) : data.title,
        orateur: speakers.join(', '),
        ...withAliases(words, data.speakers),
        ...passageMeta(data.quote?.ref ?? data.covers[0]?.ref, slug),
        ...verdictMeta(verdictsOf(slug, claims)),
      },
      filters: {
        [CLASS_FILTER]: [classValue({ type: 'quote', rubrique: 'statements', orateur: data.speakers })],
      },
    };
  });

  const sentences = article.sentences.map((sentence): SearchRecord => ({
    url: input.url(localePath(locale, 'article', `#${sentenceAnchor(sentence.id)}`)),
    // In another language, the site's translation is searched with the article's words.
    content: [sentence.text, input.sentenceTranslations.get(formatSentenceRef(sentence.id))]
      .filter(Boolean)
      .join(' — '),
    language,
    meta: {
      title: `${formatSentenceRef(sentence.id)} · ${openingWords(sentence.text, SENTENCE_TITLE_CHARS, SENTENCE_TITLE_CUT)}`,
      ...withAliases(sentence.text),
      passage: sentence.id,
      // A sentence found alone carries the verdicts on the claims made in it, before its words.
      ...verdictMeta(verdictsOnSentence(formatSentenceRef(sentence.id), claims)),
    },
    filters: { [CLASS_FILTER]: [classValue({ type: 'sentence', rubrique: undefined, orateur: [] })] },
  }));

  const events = input.events.map(({ id, data }): SearchRecord => ({
    url: input.url(localePath(locale, 'timeline', `#${id}`)),
    content: `${data.title}. ${data.text}`,
    language,
    meta: { title: data.title, date: data.date, ...withAliases(`${data.title} ${data.text}`) },
    filters: { [CLASS_FILTER]: [classValue({ type: 'event', rubrique: data.section, orateur: [] })] },
  }));

  // The pages about the site itself, found by the questions they answer (src/lib/search/site-pages.ts).
  const pages = answeringPages(locale).map((page): SearchRecord => ({
    url: input.url(page.path),
    content: `${page.title}. ${page.intro}`,
    language,
    meta: { title: page.title, ...questionsMeta(page.questions) },
    filters: { [CLASS_FILTER]: [classValue({ type: 'page', rubrique: undefined, orateur: [] })] },
  }));

  return [...quotes, ...sentences, ...events, ...pages];
}
