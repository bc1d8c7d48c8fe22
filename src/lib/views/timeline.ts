/**
 * The timeline (/chronologie/ and its filtered pages): the items a filter allows, by year and, in
 * dense years, by month; the filters' links with their counts; the heading naming the filter.
 */
import { fill, useDates, useTranslations } from '../../i18n/index.ts';
import { SECTIONS } from '../content/sections.ts';
import {
  filterPath,
  filterTimeline,
  groupByMonth,
  groupByYear,
  ORIGINS,
  type TimelineFilter,
} from '../timeline/timeline.ts';
import { url } from '../../urls.ts';
import type { PageData } from './page.ts';

export function timelineView<R>(page: PageData<R>, filter: TimelineFilter) {
  const { locale } = page;
  const { timeline } = page.edition;
  const t = useTranslations(locale);
  const formatDate = useDates(locale);
  const items = filterTimeline(timeline, filter);
  const link = (label: string, to: TimelineFilter, current: boolean) => ({
    label,
    href: url(filterPath(to, locale)),
    count: filterTimeline(timeline, to).length,
    current,
  });
  return {
    heading: [
      t('timeline.title'),
      filter.section && t(`section.${filter.section}`),
      filter.origin && t(`timeline.origin.${filter.origin}`),
    ]
      .filter(Boolean)
      .join(' · '),
    filters: [
      {
        legend: t('timeline.bySection'),
        links: [undefined, ...SECTIONS.map((s) => s.collection)].map((section) =>
          link(
            section ? t(`section.${section}`) : t('timeline.allSections'),
            { section, origin: filter.origin },
            section === filter.section,
          ),
        ),
      },
      {
        legend: t('timeline.byOrigin'),
        links: [undefined, ...ORIGINS.map((o) => o.origin)].map((origin) =>
          link(
            origin ? t(`timeline.origin.${origin}`) : t('timeline.all'),
            { section: filter.section, origin },
            origin === filter.origin,
          ),
        ),
      },
    ],
    items,
    years: groupByYear(items).map((group) => ({
      year: group.year,
      anchor: `annee-${group.year}`,
      gap: group.gap ? fill(t('timeline.gap'), { years: group.gap }) : undefined,
      // A dense year by month, each month headed by its name; a sparse one in one run of days.
      parts: groupByMonth(group.items).map((part) => ({
        items: part.items,
        month:
          part.month === undefined
            ? undefined
            : { anchor: `mois-${part.month}`, name: formatDate({ iso: part.month, precision: 'month' }) },
      })),
    })),
  };
}
