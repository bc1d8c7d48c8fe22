/**
 * The site's identity: who publishes it (content/publisher.yaml, through the collections),
 * and its name and URLs under the base (absolute when the site has an address) for citations
 * and structured data.
 */
import { getEntry } from 'astro:content';
import { useTranslations, type Locale } from './i18n/index.ts';
import { addressOf } from './lib/site/address.ts';
import { PUBLISHER_ID } from './lib/site/publisher.ts';
import { articleAppearance, type SiteInfo } from './lib/site/structured-data.ts';
import type { PublisherData } from './schemas/publisher.ts';
import type { SourceData } from './schemas/source.ts';
import { url } from './urls.ts';

export type { PublisherData };

/**
 * The declared publisher, or undefined when content/publisher.yaml is absent: the pages then say
 * plainly that no publisher is declared, and nothing stands in for it.
 */
export const PUBLISHER: PublisherData | undefined = (await getEntry('publisher', PUBLISHER_ID))?.data;

/** The site as citations and structured data credit it: its name in the page's language (site.title). */
export function siteInfo(site: URL | undefined, locale: Locale): SiteInfo {
  return {
    name: useTranslations(locale)('site.title'),
    publisher: PUBLISHER,
    absolute: (path) => addressOf(url(path), site),
  };
}

/**
 * The source that records where the article was published: the copy the research found
 * (content/sources/, shown on /provenance/). The article's first publication is not known.
 */
export const ARTICLE_COPY_SOURCE = 'mirastnews-2020-02-02';

/** Where the article appeared, for structured data; undefined when the content does not record it. */
export function articleCopy(sources: ReadonlyMap<string, SourceData>) {
  return articleAppearance(sources.get(ARTICLE_COPY_SOURCE));
}
