import { LOCALES, localeOfPath, localePath, localeTable, type Locale, type Route } from './i18n/index.ts';

const base = () => import.meta.env.BASE_URL.replace(/\/$/, '');

/** Internal links, always under the configured base path. */
export function url(path = ''): string {
  return `${base()}/${path.replace(/^\//, '')}`;
}

/** A page of a locale, under the base path: href("en", "timeline", "#x") → "/en/timeline/#x". */
export function href(locale: Locale, route: Route, rest = ''): string {
  return url(localePath(locale, route, rest));
}

/** The locale of the page being rendered, from its address. */
export function pageLocale(page: URL): Locale {
  return localeOfPath(page.pathname.slice(base().length));
}

/**
 * getStaticPaths for a page in every locale: `param` is the file's parameter
 * for the route's folder ("[timeline]" → "timeline"), filled with its name in
 * each locale; `lang` is the locale's folder, left out at the root.
 */
export function inEveryLocale<P extends string>(route: Route, param?: P) {
  return LOCALES.map((locale) => {
    const { prefix, routes } = localeTable(locale);
    const params = { lang: prefix || undefined, ...(param ? { [param]: routes[route] } : {}) } as {
      lang: string | undefined;
    } & Record<P, string>;
    return { params, props: { locale } };
  });
}
