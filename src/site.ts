/**
 * The site's identity: who publishes it (content/publisher.yaml, read once at build time),
 * and its name and URLs under the base (absolute when the site has an address) for citations
 * and structured data.
 */
import { useTranslations, type Locale } from './i18n/index.ts';
import { contentDirectory } from './lib/content/dir.ts';
import { addressOf } from './lib/site/address.ts';
import { readPublisher } from './lib/site/publisher.ts';
import { articleAppearance, type SiteInfo } from './lib/site/structured-data.ts';
import type { PublisherData } from './schemas/publisher.ts';
import type { SourceData } from './schemas/source.ts';
import { url } from './urls.ts';

export type { PublisherData };

const read = readPublisher(contentDirectory());
// The build checks the file before rendering (src/integrations/content-integrity.ts) and stops
// with the list of problems; this only guards a page rendered some other way.
if (read.problems.length > 0) {
  const [first] = read.problems;
  throw new Error(`${first?.file}: ${first?.field}: ${first?.message} (fix: ${first?.fix})`);
}

/**
 * The declared publisher, or undefined when content/publisher.yaml is absent: the pages then say
 * plainly that no publisher is declared, and nothing stands in for it.
 */
export const PUBLISHER: PublisherData | undefined = read.publisher;

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
