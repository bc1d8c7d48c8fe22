/**
 * Each edition's not-found page, where hosts look for it: "404.html" at the
 * root of the site for the edition at the root, "<prefix>/404.html" for each
 * edition below it. Cloudflare Pages serves the nearest one up the path on
 * its own; Netlify is told by `_redirects`, nginx by its configuration.
 */
import { LOCALES, localeTable, type Locale } from '../../../i18n/index.ts';
import { withTrailingSlash } from '../paths.ts';

export interface NotFoundPage {
  readonly locale: Locale;
  /** The folder below the base whose missing paths get this page: "" for the root, "en/"… */
  readonly folder: string;
  /** The page's file below the base. */
  readonly file: string;
}

/** Every edition's not-found page, the deepest folder first, as a host must try them. */
export function notFoundPages(): NotFoundPage[] {
  return LOCALES.map((locale) => {
    const { prefix } = localeTable(locale);
    const folder = prefix ? `${prefix}/` : '';
    return { locale, folder, file: `${folder}404.html` };
  }).sort((a, b) => b.folder.length - a.folder.length);
}

/**
 * `_redirects` rules serving each edition's page below the root, with a 404
 * status, for any missing path in its folder: Netlify applies them where no
 * file answers; Cloudflare Pages does not support a 404 rule, and needs none.
 * The root's 404.html is found by every host without a rule.
 */
export function redirectsFile(base: string): string {
  const root = withTrailingSlash(base);
  return notFoundPages()
    .filter(({ folder }) => folder)
    .map(({ folder, file }) => `${root}${folder}* ${root}${file} 404\n`)
    .join('');
}
