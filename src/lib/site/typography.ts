/**
 * Typography for the site's own words, per language (each locale's table
 * picks its own), and the quotation marks each language quotes with.
 *
 * French typography for the site's own words: typographic apostrophes and the
 * no-break spaces French puts before ; : ! ? » and after «, so a guillemet is
 * never left alone at the end or start of a line. Only spaces already typed
 * are changed, so addresses and code are left alone. Never applied to the
 * article's text, which is shown as it was published.
 */
const NARROW_NBSP = '\u202F';
const NBSP = '\u00A0';

/**
 * A whole quotation inside quoted words, « … », becomes “ … ”, as French
 * nests quotations (« … “ … ” »). A lone guillemet, as in an excerpt cut
 * mid-quotation, is left as it is.
 */
export function nestQuotes(words: string): string {
  return words.replace(/«[\s\u00A0\u202F]*([^«»]*?)[\s\u00A0\u202F]*»/gu, '“$1”');
}

export function frenchTypography(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/ +([;!?»])/g, `${NARROW_NBSP}$1`)
    .replace(/« +/g, `«${NARROW_NBSP}`)
    .replace(/ +:(?=\s|$)/g, `${NBSP}:`);
}

/**
 * English typography for the site's own words: typographic apostrophes, and
 * the article's French words in « » held to their guillemets by narrow
 * no-break spaces, as in French, so that a guillemet never ends a line alone.
 * No space before : ; ! ? in English.
 */
export function englishTypography(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/« +/g, `«${NARROW_NBSP}`)
    .replace(/ +»/g, `${NARROW_NBSP}»`);
}

/** The same data with the named fields, which hold the site's own words, typeset. */
export function typesetFields<K extends string, T extends Record<K, string>>(
  data: T,
  keys: readonly K[],
  typeset: (text: string) => string = frenchTypography,
): T {
  return { ...data, ...Object.fromEntries(keys.map((key) => [key, typeset(data[key])])) };
}

/** Quoted words between English quotation marks, for a title or a source's words on an English page. */
export function curlyQuotes(words: string): string {
  return `“${words}”`;
}

/**
 * Quoted words between French guillemets. Guillemets inside them become “ ”,
 * as French nests quotations (« … “ … ” »); the words are otherwise untouched.
 */
export function guillemets(words: string): string {
  return `«${NARROW_NBSP}${nestQuotes(words)}${NARROW_NBSP}»`;
}

/** "Reuters, « Pompeo visits Belarus… »": a source named as a reader expects, the title quoted. */
export function sourceLabel(
  source: { publication: string; title?: string | undefined },
  quote: (words: string) => string = guillemets,
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
