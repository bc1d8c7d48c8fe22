import type { APIRoute } from 'astro';
import { claims, timeline } from '../content.ts';
import { dateWords, useTranslations } from '../i18n/index.ts';
import { toTimelineJs } from '../lib/timeline.ts';
import { verdictsOf } from '../lib/verdicts.ts';
import { siteInfo } from '../site.ts';

const t = useTranslations('fr');

/** The timeline as data, in TimelineJS3's JSON format, for newsrooms that use that widget. */
export const GET: APIRoute = ({ site }) => {
  const data = toTimelineJs(timeline, {
    title: t('site.title'),
    description: t('timeline.intro'),
    lang: 'fr',
    words: dateWords('fr'),
    groupOf: (item) => `${t(`section.${item.section}`)} · ${t(`timeline.origin.${item.origin}`)}`,
    absolute: siteInfo(site).absolute,
    verdictsOf: (item) =>
      item.origin === 'article' ? verdictsOf(item.id, claims).map((v) => t(`label.${v.label}`)) : [],
    verdictWord: t('verdicts.label'),
  });
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
