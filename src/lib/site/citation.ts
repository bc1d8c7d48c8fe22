/**
 * How to cite a page or a part of one: a plain-text citation in press style and a BibLaTeX
 * record. The work is credited by the site's name and its declared publisher
 * (content/publisher.yaml); without one, by the site's name alone: nothing is invented.
 */

export interface Citable {
  /** A key unique on the page and stable over time, e.g. the entry's or claim's id. */
  readonly key: string;
  /** What is cited, in the site's words; a quote's words stay exact. */
  readonly title: string;
  /** The site's name. */
  readonly siteName: string;
  /** The publisher, when one is declared. */
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

/** Who is credited for the work: "Site (Publisher)", or the site's name alone when no publisher is declared. */
export function siteCredit(siteName: string, publisher: string | undefined): string {
  return publisher ? `${siteName} (${publisher})` : siteName;
}

/** « Title », Site (Publisher), mis à jour le 27 novembre 2026, https://… */
export function plainCitation(
  item: Citable,
  formatDay: (iso: string) => string,
  updatedWord: string,
): string {
  return [
    item.quote(item.title),
    siteCredit(item.siteName, item.publisher),
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
