/**
 * The article in full (/source/, /en/article/): each sentence with its anchor, the site's
 * translation where the edition has one, the claims checked in it and the entries that analyse it.
 */
import { ARTICLE_LANG, formatSentenceRef, sentenceAnchor } from '../article/article.ts';
import { entryPath } from '../content/entries.ts';
import { useTranslations } from '../../i18n/index.ts';
import { href, url } from '../../urls.ts';
import type { PageData } from './page.ts';

export function articleView<R>(page: PageData<R>) {
  const { locale, article, sentenceTranslations } = page;
  const { claims, coverage } = page.edition;
  const t = useTranslations(locale);
  return {
    translated: sentenceTranslations.size > 0,
    paragraphs: article.paragraphs.map((paragraph) => ({
      number: paragraph.number,
      sentences: paragraph.sentences.map((sentence) => {
        const ref = formatSentenceRef(sentence.id);
        const checked = claims.filter((c) => c.data.ref === ref);
        const covering = coverage.get(sentence.id) ?? [];
        return {
          anchor: sentenceAnchor(sentence.id),
          ref,
          text: sentence.text,
          lang: ARTICLE_LANG,
          translation: sentenceTranslations.get(ref),
          claims: checked.map((claim) => claim.data),
          /** How many entries analyse it (its checks show as one verdict label each). */
          analyses: covering.length,
          // What the sentence's notes list: its claims with their verdicts, then the entries on it.
          notes: [
            ...checked.map((claim) => ({
              href: href(locale, 'analysis', `#${claim.id}`),
              kind: t(`label.${claim.data.label}`),
              title: claim.data.claim,
            })),
            ...covering.map((entry) => ({
              href: url(entryPath(entry, locale)),
              kind: t(`section.${entry.collection}`),
              title: entry.data.title,
            })),
          ],
        };
      }),
    })),
  };
}
