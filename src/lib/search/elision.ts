/**
 * French elision: "l’énergie", "d’ambassadeurs", "qu’il". The search index
 * stores such a token whole, so a reader who types "ambassadeurs" or
 * "l’énergie" would miss "d’ambassadeurs". The index therefore also gets
 * the bare words (elisionWords), and queries lose their elided article
 * (stripElisions).
 */
const ELIDED = "(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]";
const TOKEN = new RegExp(`(?<![\\p{L}\\p{N}])${ELIDED}(\\p{L}[\\p{L}\\p{N}-]*)`, 'giu');

/** The words of `text` that follow an elided article, each once. */
export function elisionWords(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => m[1] ?? '').filter((w) => w.length >= 2))];
}

/**
 * "l’énergie" → "énergie". A word of one or two letters keeps its article
 * ("qu’il" stays): alone it would match nearly every page.
 */
export function stripElisions(query: string): string {
  return query.replace(TOKEN, (whole: string, word: string) => (word.length >= 3 ? word : whole));
}
