/**
 * The search records that are not pages: one per statement of the article
 * (linked to its quote on /citations/), one per sentence of the source
 * (linked to its anchor) and one per context event of the timeline. Built
 * from the content files, handed to Pagefind's Node API after the build.
 */
import type { EntityData } from '../schemas/entity.ts';
import type { StatementData } from '../schemas/entry.ts';
import type { EventData } from '../schemas/event.ts';
import { searchVariants } from './aliases.ts';
import type { SectionCollection } from './sections.ts';
import { formatSentenceRef, sentenceAnchor, sentenceOf, type Article } from './source.ts';
import { guillemets, openingWords } from './typography.ts';

// A result's heading names its sentence; the excerpt below it shows the match.
const SENTENCE_TITLE_CHARS = 60;

/** Pagefind's CustomRecord, as the Node API takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The labels readers see for filters and kinds of result; from the interface dictionary. */
export interface RecordLabels {
  section: (collection: SectionCollection) => string;
  mode: (mode: StatementData['mode']) => string;
  kind: { quote: string; sentence: string; event: string };
}

export interface RecordInput {
  readonly article: Article;
  readonly statements: readonly { slug: string; data: StatementData }[];
  readonly events: readonly { id: string; data: EventData }[];
  readonly entities: ReadonlyMap<string, EntityData>;
  /** Turns a path below the base ("citations/") into the URL a result links to. */
  readonly url: (path: string) => string;
  readonly labels: RecordLabels;
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
  const { article, entities, labels } = input;
  const nameOf = (id: string) => entities.get(id)?.name ?? id;
  const withAliases = (text: string, ids: readonly string[] = []) => {
    const variants = searchVariants(text, entities, ids);
    return variants ? { variantes: variants } : {};
  };

  const quotes = input.statements.map(({ slug, data }): SearchRecord => {
    const words = statementWords(data, article);
    const speakers = data.speakers.map(nameOf);
    return {
      url: input.url(`citations/#${slug}`),
      content: `${words} — ${speakers.join(', ')}`,
      language: 'fr',
      meta: {
        title: data.quote ? guillemets(words) : data.title,
        orateur: speakers.join(', '),
        ...withAliases(words, data.speakers),
      },
      filters: {
        rubrique: [labels.section('statements')],
        orateur: speakers,
        forme: [labels.mode(data.mode)],
        type: [labels.kind.quote],
      },
    };
  });

  const sentences = article.sentences.map((sentence): SearchRecord => ({
    url: input.url(`source/#${sentenceAnchor(sentence.id)}`),
    content: sentence.text,
    language: 'fr',
    meta: {
      title: `${formatSentenceRef(sentence.id)} · ${openingWords(sentence.text, SENTENCE_TITLE_CHARS)}`,
      ...withAliases(sentence.text),
    },
    filters: { type: [labels.kind.sentence] },
  }));

  const events = input.events.map(({ id, data }): SearchRecord => ({
    url: input.url(`chronologie/#${id}`),
    content: `${data.title}. ${data.text}`,
    language: 'fr',
    meta: { title: data.title, date: data.date, ...withAliases(`${data.title} ${data.text}`) },
    filters: { rubrique: [labels.section(data.section)], type: [labels.kind.event] },
  }));

  return [...quotes, ...sentences, ...events];
}
