/**
 * A page's data (src/lib/views/page.ts) built from the content as read from disk, outside
 * Astro: the same edition function as the pages', the article, its translation, and the site
 * at a fixed address.
 */
import { localeTable, useTranslations, type Locale } from '../../src/i18n/index.ts';
import { parseArticle } from '../../src/lib/article/article.ts';
import type { RawContent } from '../../src/lib/content/files.ts';
import { editionFromFiles } from '../../src/lib/search/content.ts';
import type { PageData } from '../../src/lib/views/page.ts';

export function pageDataFromFiles(raw: RawContent, locale: Locale): PageData<undefined> {
  const translated = raw.articleTranslations.find((t) => t.locale === locale)?.data as
    Record<string, string> | undefined;
  const bodies = new Map(raw.entries.map((e) => [`${e.collection}/${e.id}`, e.body]));
  for (const t of raw.translations)
    if (t.locale === locale && bodies.has(`${t.collection}/${t.id}`))
      bodies.set(`${t.collection}/${t.id}`, t.body);
  return {
    locale,
    edition: editionFromFiles(raw, locale),
    article: parseArticle(raw.articleText),
    sentenceTranslations: new Map(Object.entries(translated ?? {})),
    site: {
      name: useTranslations(locale)('site.title'),
      absolute: (path) => `https://example.org/${path}`,
    },
    bodyText: (entry) => bodies.get(`${entry.collection}/${entry.slug}`) ?? '',
  };
}

/** The page's language, as its table gives it. */
export const langOf = (locale: Locale) => localeTable(locale).lang;
