/**
 * The site's locales. Each has one table (./fr.ts, ./en.ts): its strings,
 * the addresses of its pages and its typography. Everything that depends on
 * the language asks for it here, with the locale as a parameter.
 */
import { formatStoryDate, type DatedAs, type DateWords } from './dates.ts';
import { fillCount, type PluralForms } from './plural.ts';
import { enLocale } from './en.ts';
import { frLocale, type UiKey } from './fr.ts';
import type { LocaleTable, Route } from './locale.ts';

const TABLES = { fr: frLocale, en: enLocale } satisfies Record<string, LocaleTable<UiKey>>;

export type Locale = keyof typeof TABLES;
/** Every locale, the one at the root first. */
export const LOCALES = Object.keys(TABLES) as Locale[];
/**
 * The locale the content's facts are written with: content/<collection>/fr/
 * holds every fact and its French prose; other locales' folders hold prose only.
 */
export const BASE_LOCALE: Locale = 'fr';

export const isLocale = (value: string): value is Locale => Object.hasOwn(TABLES, value);

export function localeTable(locale: Locale): LocaleTable<UiKey> {
  return TABLES[locale];
}

export function useTranslations(locale: Locale) {
  const { strings, typeset } = TABLES[locale];
  return (key: UiKey): string => {
    const text = strings[key] as string | undefined;
    // The types and the content rules (src/lib/content/rules/locale-tables.ts) say it first; this names
    // the key where a table edited while the dev server runs would otherwise fail on undefined.
    if (text === undefined)
      throw new Error(
        `src/i18n/${locale}.ts has no string '${key}': add it, translated from src/i18n/${BASE_LOCALE}.ts`,
      );
    return typeset(text);
  };
}

/** The keys that come in two forms, "<key>.one" and "<key>.other". */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}.one` ? Base : never }[UiKey];

/** Both forms of a counted string, for fillCount (src/i18n/plural.ts). */
export function pluralForms(key: PluralKey, locale: Locale): PluralForms {
  const t = useTranslations(locale);
  return { one: t(`${key}.one` as UiKey), other: t(`${key}.other` as UiKey) };
}

/** A counted string in a locale: count("timeline.count", 3) → "3 événements". */
export function useCounts(locale: Locale) {
  return (key: PluralKey, count: number, values: Record<string, string | number> = {}): string =>
    fillCount(pluralForms(key, locale), count, values, TABLES[locale].lang);
}

/** The words dates are written with, beyond month names. */
export function dateWords(locale: Locale): DateWords {
  const t = useTranslations(locale);
  return { around: t('date.around'), firstOfMonth: t('date.firstOfMonth') };
}

/** A story date written in a locale: "vers 1994", "1er février 2020", "1 February 2020". */
export function useDates(locale: Locale) {
  return (date: DatedAs): string => formatStoryDate(date, TABLES[locale].dateLocale, dateWords(locale));
}

/**
 * A page's path below the site's base, in a locale: ("en", "timeline") →
 * "en/timeline/"; ("fr", "quotes", "#makei") → "citations/#makei". `rest`
 * is what follows the route's folder (an id, "file.json", "#anchor").
 */
export function localePath(locale: Locale, route: Route, rest = ''): string {
  const { prefix, routes } = TABLES[locale];
  const folders = [prefix, routes[route]]
    .filter(Boolean)
    .map((part) => `${part}/`)
    .join('');
  return `${folders}${rest}`;
}

/** The timeline as TimelineJS data: "chronologie.json", "en/timeline.json". */
export function timelineDataPath(locale: Locale): string {
  const { prefix, routes } = TABLES[locale];
  return `${prefix ? `${prefix}/` : ''}${routes.timeline}.json`;
}

/** The changelog as an Atom feed: "corrections.xml", "en/corrections.xml". */
export function feedPath(locale: Locale): string {
  const { prefix } = TABLES[locale];
  return `${prefix ? `${prefix}/` : ''}corrections.xml`;
}

/** The locale a path below the base belongs to: its first folder, if that is a locale's prefix. */
export function localeOfPath(path: string): Locale {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return (
    LOCALES.find((locale) => TABLES[locale].prefix !== '' && TABLES[locale].prefix === first) ?? BASE_LOCALE
  );
}

/** The locale a content file is written in: its folder ("content/statements/en/x.mdx" → "en"), the base one otherwise. */
export function localeOfContentFile(path: string | undefined): Locale {
  const folder = (path ?? '').split(/[\\/]/).at(-2) ?? '';
  return isLocale(folder) ? folder : BASE_LOCALE;
}

/** The route whose folder, in this locale, is `folder` ("" for the home page). */
export function routeOfFolder(locale: Locale, folder: string): Route | undefined {
  const { routes } = TABLES[locale];
  return (Object.keys(routes) as Route[]).find((route) => routes[route] === folder);
}

/**
 * The same page in another locale: "chronologie/energie/contexte/" in "en" is
 * "en/timeline/energy/context/". Ids (entries, entities, labels, anchors) are
 * the same in every locale; route folders and filter names are translated.
 */
export function twinPath(path: string, to: Locale): string {
  const from = localeOfPath(path);
  const { prefix, routes, origins } = TABLES[from];
  const folders = path.replace(/^\/+/, '').split('/');
  if (prefix) folders.shift();
  const [first = '', ...rest] = folders;
  const route = routeOfFolder(from, first);
  // A page outside the routes (the not-found page) has the other edition's home as its twin.
  if (route === undefined) return localePath(to, 'home');
  const target = TABLES[to];
  const sections = SECTION_ROUTES.filter((r) => rest.includes(routes[r]));
  const translated = rest.map((segment) => {
    const origin = (Object.keys(origins) as (keyof typeof origins)[]).find((o) => origins[o] === segment);
    if (origin && route === 'timeline') return target.origins[origin];
    const section = sections.find((r) => routes[r] === segment);
    return section && route === 'timeline' ? target.routes[section] : segment;
  });
  return localePath(to, route, translated.join('/'));
}

/** The routes that are sections: the only route folders that appear inside another route (timeline filters). */
const SECTION_ROUTES = ['visit-facts', 'statements', 'energy-dispute', 'commentary'] as const;

export type { UiKey, Route };
export { ROUTES } from './locale.ts';
export { fill } from './fill.ts';
