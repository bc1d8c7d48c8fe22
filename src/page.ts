/**
 * The one way a page gets its locale and data: pageData(Astro) reads the locale from the page's
 * address (pageLocale, src/urls.ts) and hands over that locale's edition, the article and the
 * site, the input of every view (src/lib/views/).
 */
import { article, articleTranslation, contentFor, type Renderable } from './content.ts';
import type { PageData } from './lib/views/page.ts';
import { siteInfo } from './site.ts';
import { pageLocale } from './urls.ts';

export function pageData(page: { readonly url: URL; readonly site?: URL | undefined }): PageData<Renderable> {
  const locale = pageLocale(page);
  return {
    locale,
    edition: contentFor(locale),
    article,
    sentenceTranslations: articleTranslation(locale),
    site: siteInfo(page.site, locale),
    bodyText: (entry) => entry.body.body ?? '',
  };
}
