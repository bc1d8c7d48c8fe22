/**
 * The article as addressable sentences.
 *
 * A sentence is addressed as §paragraph.sentence (e.g. §4.2). Paragraphs are
 * the non-empty lines of the source file, counted from 1 (§1 is the photo
 * caption). Sentences come from `Intl.Segmenter` with the French locale: this
 * is the one place where the article is segmented, and tests/unit/source.test.ts
 * pins its output for this article so that an engine change cannot silently
 * move every anchor.
 */

export interface Sentence {
  /** "4.2" */
  readonly id: string;
  readonly paragraph: number;
  readonly index: number;
  /** The sentence exactly as in the source, without surrounding whitespace. */
  readonly text: string;
}

export interface Paragraph {
  readonly number: number;
  readonly sentences: readonly Sentence[];
}

export interface Article {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly byId: ReadonlyMap<string, Sentence>;
}

/** The article's language, for `lang` on its words wherever a page in another language quotes them. */
export const ARTICLE_LANG = 'fr';

// Made on first use: creating a sentence segmenter loads ICU's break rules, tens of milliseconds,
// which no module that merely imports from here should pay.
let segmenter: Intl.Segmenter | undefined;

export function parseArticle(text: string): Article {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const paragraphs = lines.map((line, p): Paragraph => {
    const number = p + 1;
    const sentences = [
      ...(segmenter ??= new Intl.Segmenter(ARTICLE_LANG, { granularity: 'sentence' })).segment(line),
    ]
      .map((part) => part.segment.trim())
      .filter((segment) => segment !== '')
      .map((segment, s): Sentence => ({
        id: `${number}.${s + 1}`,
        paragraph: number,
        index: s + 1,
        text: segment,
      }));
    return { number, sentences };
  });
  const sentences = paragraphs.flatMap((p) => p.sentences);
  return { paragraphs, sentences, byId: new Map(sentences.map((s) => [s.id, s])) };
}

const REF = /^§(\d+)\.(\d+)$/;

/** Every "§4.2" written in a text, for `matchAll`: the prose's references to the article. */
export const SENTENCE_REFS_IN_TEXT = /§\d+\.\d+/g;

/** "§4.2" → "4.2", or undefined when the text is not a sentence reference. */
export function parseSentenceRef(ref: string): string | undefined {
  const match = REF.exec(ref);
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/** A sort key that puts "§4.2" after "§4.1" and before "§10.1"; unknown refs first. */
export function sentenceOrder(ref: string): number {
  const [p = 0, s = 0] = (parseSentenceRef(ref) ?? '0.0').split('.').map(Number);
  return p * 1000 + s;
}

/** The sentence a reference such as "§4.2" names, or undefined when there is none. */
export function sentenceOf(ref: string, article: Article): Sentence | undefined {
  const id = parseSentenceRef(ref);
  return id === undefined ? undefined : article.byId.get(id);
}

export function formatSentenceRef(id: string): string {
  return `§${id}`;
}

/** The HTML id of a sentence on the source page: "4.2" → "s4-2". */
export function sentenceAnchor(id: string): string {
  return `s${id.replace('.', '-')}`;
}

/**
 * Every phrase the article sets between guillemets, with the sentence that
 * holds it. The article is not consistent with its spaces («x», « x »), so the
 * phrase is taken without the inner spaces.
 */
export function guillemetPhrases(article: Article): { sentence: string; text: string }[] {
  return article.sentences.flatMap((sentence) =>
    [...sentence.text.matchAll(/«\s*([^»]+?)\s*»/g)].map((m) => ({
      sentence: sentence.id,
      text: m[1] ?? '',
    })),
  );
}

export interface TextPart {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Splits a sentence into plain and marked parts, marking the first occurrence
 * of each span (overlapping spans merge). Used to show an excerpt inside its
 * sentence.
 */
export function markSpans(text: string, spans: readonly string[]): TextPart[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const span of spans) {
    const at = span ? text.indexOf(span) : -1;
    if (at >= 0) marked.fill(true, at, at + span.length);
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    parts.push({ text: text.slice(i, j), marked: marked[i] ?? false });
    i = j;
  }
  return parts;
}
