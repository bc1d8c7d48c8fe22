/**
 * Typography helpers that hold in every language: fields typeset with a
 * locale's own rules, a source named with a locale's quotation marks, text
 * cut at a word, the article's words found in a text. What a language decides
 * (its spacing, its quotation marks) lives in src/i18n/typography.ts.
 */
import { ARTICLE_LANG } from '../article/article.ts';
import { escapeMarkup } from './escape.ts';

/** The same data with the named fields, which hold the site's own words, typeset. */
export function typesetFields<K extends string, T extends Record<K, string>>(
  data: T,
  keys: readonly K[],
  typeset: (text: string) => string,
): T {
  return { ...data, ...Object.fromEntries(keys.map((key) => [key, typeset(data[key])])) };
}

/** "Reuters, « Pompeo visits Belarus… »": a source named as a reader expects, the title quoted. */
export function sourceLabel(
  source: { publication: string; title?: string | undefined },
  quote: (words: string) => string,
): string {
  return source.title ? `${source.publication}, ${quote(source.title)}` : source.publication;
}

/**
 * The first words of a text, cut at a word boundary within `maxChars` and
 * ended with `ending` ("…" unless told): a heading that names a long sentence
 * without repeating it. A quotation the cut would leave open is left out whole.
 */
export function openingWords(text: string, maxChars: number, ending = '…'): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars + 1).replace(/\s+\S*$/u, '');
  if (cut.lastIndexOf('«') > cut.lastIndexOf('»')) cut = cut.slice(0, cut.lastIndexOf('«'));
  return `${cut.replace(/[\s,;:]+$/u, '')}${ending}`;
}

export interface TextRun {
  readonly text: string;
  /** The run is the article's words in their guillemets. */
  readonly quoted: boolean;
}

/**
 * The site's words as markup, escaped, the article's words in « » marked as its language on a
 * page in another (`pageLang`, the page's): one writing for Prose.astro and for prose whose words
 * also carry links (EvidenceText.astro), which is built as one string.
 */
export function proseMarkup(text: string, pageLang: string): string {
  if (pageLang === ARTICLE_LANG) return escapeMarkup(text);
  return quotedRuns(text)
    .map((run) =>
      run.quoted ? `<span lang="${ARTICLE_LANG}">${escapeMarkup(run.text)}</span>` : escapeMarkup(run.text),
    )
    .join('');
}

/**
 * A text cut where the article's words are quoted in « »: on a page in
 * another language, those runs are marked as the article's language so that
 * they are read as French.
 */
export function quotedRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(/«[^«»]*»/gu)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), quoted: false });
    runs.push({ text: match[0], quoted: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), quoted: false });
  return runs;
}
