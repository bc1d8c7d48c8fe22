import type { APIRoute } from 'astro';
import { contentFor } from '../../content.ts';
import { dateWords, localeTable, useTranslations } from '../../i18n/index.ts';
import { toTimelineJs } from '../../lib/timeline/timeline.ts';
import { verdictsOf } from '../../lib/content/verdicts.ts';
import { siteInfo } from '../../site.ts';
import { articleEventFacts } from '../../open-data.ts';
import { inEveryLocale, pageLocale } from '../../urls.ts';

export const getStaticPaths = () => inEveryLocale('timeline', 'timeline');

/** The timeline as data, in TimelineJS3's JSON format, for newsrooms that use that widget. */
export const GET: APIRoute = (context) => {
  const locale = pageLocale(context);
  const { site } = context;
  const t = useTranslations(locale);
  const { claims, sources, timeline } = contentFor(locale);
  const facts = articleEventFacts(locale);
  const data = toTimelineJs(timeline, {
    title: t('site.title'),
    description: t('timeline.intro'),
    lang: localeTable(locale).lang,
    dateLocale: localeTable(locale).dateLocale,
    words: dateWords(locale),
    groupOf: (item) => `${t(`section.${item.section}`)} · ${t(`timeline.origin.${item.origin}`)}`,
    absolute: siteInfo(site, locale).absolute,
    verdictsOf: (item) =>
      item.origin === 'article' ? verdictsOf(item.id, claims).map((v) => t(`label.${v.label}`)) : [],
    verdictWord: t('verdicts.label'),
    // An article item's own sources, as its entry page cites them; a context item's, its own.
    sourcesOf: (item) =>
      ((item.origin === 'article' ? facts.get(item.id)?.sources : undefined) ?? item.sources).flatMap(
        (id) => sources.get(id) ?? [],
      ),
    sourcesWord: t('timeline.sources') + t('punct.colon'),
  });
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
