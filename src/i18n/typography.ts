/**
 * What each language decides about the site's own words: its spacing and
 * its quotation marks. The locale tables (fr.ts, en.ts…) pick theirs; the
 * article's own words are French and always quoted in guillemets.
 *
 * French typography: typographic apostrophes and the no-break spaces French
 * puts before ; : ! ? » and after «, so a guillemet is never left alone at the
 * end or start of a line. Only spaces already typed are changed, so addresses
 * and code are left alone. Never applied to the article's text, which is shown
 * as it was published.
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
