/**
 * What every view is given besides what its route gives: the page's locale, that locale's
 * edition (src/lib/content/edition.ts), the article and the site's translation of it, and the
 * site as structured data credits it. Pages get it from pageData(Astro) (src/page.ts); tests
 * build it from the content as read from disk. A view is a pure function of it: it returns
 * everything its page renders that is not markup.
 */
import type { Locale } from '../../i18n/index.ts';
import type { Article } from '../article/article.ts';
import type { Edition, EditionEntry } from '../content/edition.ts';
import type { SiteInfo } from '../site/structured-data.ts';

export interface PageData<R = unknown> {
  readonly locale: Locale;
  readonly edition: Edition<R>;
  readonly article: Article;
  /** The site's translation of the article in this locale, sentence ref ("§4.2") → text; empty in the base locale. */
  readonly sentenceTranslations: ReadonlyMap<string, string>;
  readonly site: SiteInfo;
  /** The text of an entry's body (its MDX source), which the page renders and search reads. */
  readonly bodyText: (entry: EditionEntry<R>) => string;
}
