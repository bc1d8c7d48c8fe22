/**
 * The site's own translations of outside quotes are marked as such: words in
 * guillemets in the site's prose are the article's (verbatim), a source's in
 * its own language, or the site's translation followed by TRANSLATION_MARK.
 * A translation left unmarked reads as the speaker's own words.
 */

/** Written right after the closing guillemet of a translation by the site. */
export const TRANSLATION_MARK = '(trad. du site)';

/** Letters and words that show a phrase is French. */
const FRENCH =
  /[àâçéèêëîïôûùüœ]|(?<!\p{L})(le|la|les|des|du|de|un|une|et|au|aux|en|pour|que|qui|dans|sur|par|ne|pas|ni|se|ses|son|sa)(?!\p{L})|\p{L}(ait|aient|(?<!e)ement|dre|iser)(?!\p{L})/iu;

/** Words that show a phrase is quoted in English, the language of most sources. */
const ENGLISH =
  /(?<!\p{L})(the|of|to|and|in|we|you|a|an|is|are|our|that|by|for|with|after|between|would|will|there|it|be|has|have|was|were|as|at|on|from|not|all)(?!\p{L})/iu;

/** Latin and other terms French quotes in the original. */
const ORIGINAL_TERMS = new Set(['de jure', 'de facto']);

export interface QuotedPhrase {
  readonly text: string;
  /** The phrase is followed by TRANSLATION_MARK. */
  readonly marked: boolean;
}

/** Every « … » phrase of a text, and whether it carries the translation mark. */
export function quotedPhrases(text: string): QuotedPhrase[] {
  return [
    ...text.matchAll(/«[\s\u00A0\u202F]*([^«»]*?)[\s\u00A0\u202F]*»([\s\u00A0\u202F]*\(trad\. du site\))?/gu),
  ].map((m) => ({ text: m[1] ?? '', marked: m[2] !== undefined }));
}

/**
 * The phrases of the site's prose that read as unmarked translations: French
 * (by its accents or small words), not the article's words, not in English,
 * not marked. A single plain word ("dissoudre") escapes the test: mark it all the same.
 */
export function unmarkedTranslations(text: string, articleText: string): string[] {
  const article = articleText.toLowerCase();
  return quotedPhrases(text)
    .filter(
      (p) =>
        !p.marked &&
        FRENCH.test(p.text) &&
        !ENGLISH.test(p.text) &&
        !article.includes(p.text.toLowerCase()) &&
        !ORIGINAL_TERMS.has(p.text.toLowerCase()),
    )
    .map((p) => p.text);
}
