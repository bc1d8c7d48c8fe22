/**
 * What a locale is made of, beyond its interface strings: the addresses of
 * its pages, the language tags the page, Intl and the search index use, and
 * the typography its own prose is set in. One table per locale (fr.ts,
 * en.ts…); nothing else in the site names a language.
 */

/** Every kind of page the site has, by a language-neutral name. */
export const ROUTES = [
  'home',
  'visit-facts',
  'statements',
  'energy-dispute',
  'commentary',
  'article',
  'timeline',
  'search',
  'quotes',
  'analysis',
  'entities',
  'sources',
  'method',
  'provenance',
  'data',
  'share',
] as const;
export type Route = (typeof ROUTES)[number];

export interface LocaleTable<K extends string = string> {
  /** BCP 47 tag: `<html lang>`, Intl formats and the search index's language. */
  readonly lang: string;
  /** BCP 47 tag whose conventions dates follow (Intl.DateTimeFormat): "fr-FR", "en-GB". */
  readonly dateLocale: string;
  /** The language's name in itself, for the language switch ("Français", "English"). */
  readonly name: string;
  /** OpenGraph's locale ("fr_FR"). */
  readonly ogLocale: string;
  /** The folder the edition lives under: "" for the edition at the root, "en" for /en/. */
  readonly prefix: string;
  /** Each route's folder name in this edition ("chronologie", "timeline"); "" for the home page. */
  readonly routes: Readonly<Record<Route, string>>;
  /** The timeline's origin filters' folder names ("contexte", "context"). */
  readonly origins: Readonly<Record<'article' | 'context', string>>;
  /** Typography for the site's own words in this language (never applied to the article's text). */
  readonly typeset: (text: string) => string;
  /** What follows a quotation the site translated itself, so it never reads as the speaker's words. */
  readonly translationMark: string;
  /** How this language quotes a title or a source's words (never the article's, which keep « »). */
  readonly quote: (words: string) => string;
  /** Names after "attributed to": "au ministère… et à Reuters", "the ministry and Reuters". */
  readonly attributedTo: (names: readonly string[]) => string;
  /** The interface strings. */
  readonly strings: Readonly<Record<K, string>>;
}
