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

/**
 * The locale of the page being rendered, from its address: the one way every page,
 * layout, component and endpoint finds it, `pageLocale(Astro)` (or the endpoint's context).
 */
export function pageLocale(page: { readonly url: URL }): Locale {
  return localeOfPath(page.url.pathname.slice(base().length));
}

/** The parameters of a route's page in a locale: `lang`, the locale's folder, left out at the root. */
export function localeParams(locale: Locale) {
  return { lang: localeTable(locale).prefix || undefined };
}

/**
 * getStaticPaths for a page in every locale: `param` is the file's parameter
 * for the route's folder ("[timeline]" → "timeline"), filled with its name in
 * each locale. The page finds its locale, as every page does, with
 * pageLocale(Astro) or pageData(Astro) (src/page.ts).
 */
export function inEveryLocale<P extends string>(route: Route, param?: P) {
  return LOCALES.map((locale) => {
    const params = {
      ...localeParams(locale),
      ...(param ? { [param]: localeTable(locale).routes[route] } : {}),
    } as {
      lang: string | undefined;
    } & Record<P, string>;
    return { params };
  });
}
