/**
 * How to cite a page or a part of one: a plain-text citation in press style and a BibLaTeX
 * record. Only what the site knows goes in: no author is named unless one is configured.
 */

export interface Citable {
  /** A key unique on the page and stable over time, e.g. the entry's or claim's id. */
  readonly key: string;
  /** What is cited, in the site's words; a quote's words stay exact. */
  readonly title: string;
  /** The site's name. */
  readonly siteName: string;
  /** The publisher, when one is configured. */
  readonly publisher?: string | undefined;
  /** The absolute address. */
  readonly url: string;
  /** The day of the last update, "YYYY-MM-DD". */
  readonly updated?: string | undefined;
  /** The language of the cited page (BCP 47), for BibLaTeX's langid. */
  readonly lang: string;
  /** How the page's language quotes a title: « … » in French, “…” in English. */
  readonly quote: (words: string) => string;
}

/** BibLaTeX's language names are English words in lower case: "fr" → "french". */
const langid = (lang: string) =>
  new Intl.DisplayNames(['en'], { type: 'language' }).of(lang)?.toLowerCase() ?? lang;

/** « Title », Site (Publisher), mis à jour le 27 novembre 2026, https://… */
export function plainCitation(
  item: Citable,
  formatDay: (iso: string) => string,
  updatedWord: string,
): string {
  const site = item.publisher ? `${item.siteName} (${item.publisher})` : item.siteName;
  return [
    item.quote(item.title),
    site,
    item.updated ? `${updatedWord} ${formatDay(item.updated)}` : undefined,
    item.url,
  ]
    .filter(Boolean)
    .join(', ');
}

/** BibTeX's special characters, escaped so that any title survives. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  );
}

/** A BibLaTeX @online record. */
export function bibtexCitation(item: Citable): string {
  const key = `minsk2020-${item.key}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const fields: [string, string | undefined][] = [
    ['title', item.title],
    ['organization', item.publisher ?? item.siteName],
    ['titleaddon', item.publisher ? item.siteName : undefined],
    ['date', item.updated],
    ['url', item.url],
    ['langid', langid(item.lang)],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${name === 'url' ? value : bibtexEscape(value)}},`)
    .join('\n');
  return `@online{${key},\n${body}\n}`;
}
