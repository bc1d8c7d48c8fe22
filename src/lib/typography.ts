/**
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

/** The same data with the named fields, which hold the site's own words, typeset. */
export function typesetFields<K extends string, T extends Record<K, string>>(data: T, keys: readonly K[]): T {
  return { ...data, ...Object.fromEntries(keys.map((key) => [key, frenchTypography(data[key])])) };
}

/**
 * Quoted words between French guillemets. Guillemets inside them become “ ”,
 * as French nests quotations (« … “ … ” »); the words are otherwise untouched.
 */
export function guillemets(words: string): string {
  return `«${NARROW_NBSP}${nestQuotes(words)}${NARROW_NBSP}»`;
}

/** "Reuters, « Pompeo visits Belarus… »": a source named as a reader expects, the title quoted. */
export function sourceLabel(source: { publication: string; title?: string | undefined }): string {
  return source.title ? `${source.publication}, ${guillemets(source.title)}` : source.publication;
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
