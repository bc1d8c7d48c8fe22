/**
 * Where the article comes from (/provenance/): the copy it was read in, the agencies and the
 * outlet before it, and each passage beside the English near-source it follows, the changes
 * marked on both sides, with the entries that analyse it.
 */
import { localeTable } from '../../i18n/index.ts';
import { markSpans, parseSentenceRef, sentenceAnchor } from '../article/article.ts';
import { entryPath } from '../content/entries.ts';
import { frenchOf } from '../content/transparency.ts';
import { ARTICLE_COPY_SOURCE } from '../site/structured-data.ts';
import { sourceLabel } from '../site/typography.ts';
import { href, url } from '../../urls.ts';
import type { PageData } from './page.ts';

/** The wires the outlet's text goes back to, and the outlet that put them together. */
const AGENCIES = ['ap-oklahoman-2020-02-01', 'afp-pompeo-real-progress', 'reuters-2020-02-01'];
const OUTLET = 'southfront-milosevic';

export function provenanceView<R>(page: PageData<R>) {
  const { locale, article } = page;
  const { coverage, sourceMatches, sources } = page.edition;
  const link = (id: string) => {
    const source = sources.get(id);
    return source
      ? { href: source.url, lang: source.lang, text: sourceLabel(source, localeTable(locale).quote) }
      : undefined;
  };
  return {
    copy: link(ARTICLE_COPY_SOURCE),
    agencies: AGENCIES.flatMap((id) => link(id) ?? []),
    outlet: link(OUTLET),
    rows: sourceMatches.map((match) => {
      const ids = match.data.refs.map((ref) => parseSentenceRef(ref) ?? '');
      const analysedIn = [...new Set(ids.flatMap((id) => coverage.get(id) ?? []))];
      return {
        id: match.id,
        data: match.data,
        source: link(match.data.source),
        french: markSpans(
          frenchOf(match.data, article),
          match.data.changes.flatMap((c) => c.fr ?? []),
        ),
        english: markSpans(
          match.data.english,
          match.data.changes.map((c) => c.en),
        ),
        sentence: href(locale, 'article', `#${sentenceAnchor(ids[0] ?? '')}`),
        analysedIn: analysedIn.map((entry) => ({
          text: entry.data.title,
          href: url(entryPath(entry, locale)),
        })),
      };
    }),
  };
}
