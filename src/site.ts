/**
 * The site's identity: who publishes it (content/publisher.yaml, through the collections),
 * and its name and URLs under the base (absolute when the site has an address) for citations
 * and structured data.
 */
import { getEntry } from 'astro:content';
import { useTranslations, type Locale } from './i18n/index.ts';
import { addressOf } from './lib/site/address.ts';
import { PUBLISHER_ID } from './lib/site/publisher.ts';
import type { SiteInfo } from './lib/site/structured-data.ts';
import type { PublisherData } from './schemas/publisher.ts';
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
