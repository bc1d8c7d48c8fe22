/**
 * The verdicts' index (/analyse/, /analyse/<verdict>/): the claims a label filter allows, with the
 * entry each belongs to, the filter's links and counts, and, on the whole index, its Article
 * structured data, the omissions, the framing and the shifts from the sources.
 */
import { localePath, localeTable, useTranslations } from '../../i18n/index.ts';
import { parseSentenceRef, sentenceAnchor } from '../article/article.ts';
import { entryPath } from '../content/entries.ts';
import { analysisArticle, articleCopy } from '../site/structured-data.ts';
import { CLAIM_LABELS, type ClaimLabel } from '../../schemas/claim.ts';
import { href } from '../../urls.ts';
import type { PageData } from './page.ts';

export function analysisView<R>(page: PageData<R>, label: ClaimLabel | undefined) {
  const { locale, site } = page;
  const { claims, entries, omissions, sources } = page.edition;
  const t = useTranslations(locale);
  const withLabel = (l: ClaimLabel | undefined) => (l ? claims.filter((c) => c.data.label === l) : claims);
  const shown = withLabel(label).map((claim) => {
    const entry = entries.find((e) => e.slug === claim.data.entry);
    return { claim, entry: entry && { path: entryPath(entry, locale), title: entry.data.title } };
  });
  return {
    heading: label ? `${t('analysis.title')} · ${t(`label.${label}`)}` : t('analysis.title'),
    jsonLd:
      label === undefined
        ? analysisArticle({
            site,
            headline: t('analysis.title'),
            description: t('analysis.intro'),
            path: localePath(locale, 'analysis'),
            lang: localeTable(locale).lang,
            appearance: articleCopy(sources),
          })
        : undefined,
    filters: [undefined, ...CLAIM_LABELS].map((l) => ({
      href: href(locale, 'analysis', l ? `${l}/` : ''),
      label: l ? t(`label.${l}`) : t('analysis.all'),
      count: withLabel(l).length,
      current: l === label,
    })),
    shown,
    // The rest of the analysis is on the whole index only.
    omissions:
      label === undefined
        ? omissions.map((omission) => ({
            omission,
            sentences: omission.data.sentences.map((ref) => ({
              text: ref,
              href: href(locale, 'article', `#${sentenceAnchor(parseSentenceRef(ref) ?? '')}`),
            })),
          }))
        : [],
    groups:
      label === undefined
        ? [
            {
              id: 'cadrage',
              title: t('analysis.framing'),
              list: claims.filter((c) => c.data.type === 'framing'),
            },
            {
              id: 'ecarts',
              title: t('analysis.shifts'),
              list: claims.filter((c) => c.data.departsFrom !== undefined),
            },
          ]
        : [],
  };
}
