/**
 * The timeline: every dated entry of the analysis and every context event,
 * in one chronological list, with the groupings, filters and exports the
 * timeline pages need. Plain data in, plain data out.
 */
import type { EventData } from '../../schemas/event.ts';
import { compareStoryDates, periodStart, yearOf, type StoryDate } from './dates.ts';
import { entryPath, type AnalysisEntry } from '../content/entries.ts';
import { BASE_LOCALE, localePath, localeTable, type Locale } from '../../i18n/index.ts';
import { escapeMarkup } from '../site/escape.ts';
import { formatStoryDate, type DateWords } from '../../i18n/dates.ts';
import { sectionRank, SECTIONS, type SectionCollection } from '../content/sections.ts';
import { typesetFields } from '../site/typography.ts';

export const ORIGINS = [{ origin: 'article' }, { origin: 'context' }] as const;
export type Origin = (typeof ORIGINS)[number]['origin'];

/** An event's title and text are the site's own words: typeset them for display and search alike. */
export function typesetEvent(data: EventData, typeset: (text: string) => string): EventData {
  return typesetFields(data, ['title', 'text'], typeset);
}

export interface ContextEvent {
  readonly id: string;
  readonly data: EventData;
}

export interface TimelineItem {
  /** The anchor of the item on the timeline page. */
  readonly id: string;
  readonly origin: Origin;
  readonly section: SectionCollection;
  readonly date: StoryDate;
  readonly title: string;
  readonly text: string;
  /** Entries to read about it (path below the base, title): its own page for an article item. */
  readonly entries: readonly { readonly path: string; readonly title: string }[];
  /** Sentences of the article ("§4.2"). */
  readonly sentences: readonly string[];
  /** Source ids, for context items. */
  readonly sources: readonly string[];
  readonly key: boolean;
}

/**
 * Whether an entry is an event of the timeline. The author's commentary is
 * an opinion, not an event: its page stays, linked from the article's sentence.
 */
export function isTimelineEvent(entry: Pick<AnalysisEntry, 'collection'>): boolean {
  return entry.collection !== 'commentary';
}

/**
 * `headline` gives an entry's title as titles show it, with its verdict where it has one
 * (src/lib/content/headline.ts); the entry's own title by default.
 */
export function timelineItems(
  entries: readonly AnalysisEntry[],
  events: readonly ContextEvent[],
  locale: Locale = BASE_LOCALE,
  headline: (entry: AnalysisEntry) => string = (entry) => entry.data.title,
): TimelineItem[] {
  const titles = new Map(entries.map((e) => [e.slug, { path: entryPath(e, locale), title: headline(e) }]));
  const fromArticle = entries.filter(isTimelineEvent).map((e): TimelineItem => ({
    id: e.slug,
    origin: 'article',
    section: e.collection,
    date: { iso: e.data.date, precision: e.data.datePrecision },
    title: headline(e),
    text: e.data.summary,
    entries: [{ path: entryPath(e, locale), title: headline(e) }],
    sentences: [...new Set(e.data.covers.map((c) => c.ref))],
    sources: e.data.dateSource ? [e.data.dateSource] : [],
    key: e.data.featured,
  }));
  const context = events.map(({ id, data }): TimelineItem => ({
    id,
    origin: 'context',
    section: data.section,
    date: { iso: data.date, precision: data.datePrecision },
    title: data.title,
    text: data.text,
    entries: data.entries.flatMap((slug) => titles.get(slug) ?? []),
    sentences: data.sentences,
    sources: data.sources,
    key: data.key,
  }));
  return sortTimeline([...fromArticle, ...context]);
}

/** Chronological; on the same date, context before the article, then by section. */
export function sortTimeline(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items].sort(
    (a, b) =>
      compareStoryDates(a.date, b.date) ||
      (a.origin === b.origin ? 0 : a.origin === 'context' ? -1 : 1) ||
      sectionRank(a.section) - sectionRank(b.section),
  );
}

export interface TimelineFilter {
  readonly section?: SectionCollection | undefined;
  readonly origin?: Origin | undefined;
}

export function filterTimeline(items: readonly TimelineItem[], filter: TimelineFilter): TimelineItem[] {
  return items.filter(
    (item) =>
      (!filter.section || item.section === filter.section) &&
      (!filter.origin || item.origin === filter.origin),
  );
}

/** Every filter combination, each a page of its own so that filtering needs no script. */
export function allFilters(): TimelineFilter[] {
  const sections = [undefined, ...SECTIONS.map((s) => s.collection)];
  const origins = [undefined, ...ORIGINS.map((o) => o.origin)];
  return sections.flatMap((section) => origins.map((origin) => ({ section, origin })));
}

/** "chronologie/", "chronologie/energie/", "en/timeline/energy/context/"… below the base. */
export function filterPath(filter: TimelineFilter, locale: Locale = BASE_LOCALE): string {
  const { routes, origins } = localeTable(locale);
  const parts = [
    filter.section ? routes[filter.section] : undefined,
    filter.origin ? origins[filter.origin] : undefined,
  ].filter(Boolean);
  return localePath(locale, 'timeline', parts.map((part) => `${part}/`).join(''));
}

export interface YearGroup {
  readonly year: number;
  readonly items: readonly TimelineItem[];
  /** Years since the previous group, when at least `minGap` years lie between them. */
  readonly gap?: number;
}

/**
 * Groups items by year. Years without events are not drawn: where two
 * consecutive groups are `minGap` years or more apart, the later group
 * carries the gap so the page can label it ("13 ans plus tard").
 */
export function groupByYear(items: readonly TimelineItem[], minGap = 3): YearGroup[] {
  const groups: { year: number; items: TimelineItem[]; gap?: number }[] = [];
  for (const item of items) {
    const year = yearOf(item.date.iso);
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else {
      const gap = last && year - last.year >= minGap ? year - last.year : undefined;
      groups.push(gap === undefined ? { year, items: [item] } : { year, items: [item], gap });
    }
  }
  return groups;
}

export interface MonthGroup {
  /** "2020-01", or undefined for the items of the year known only to the year. */
  readonly month: string | undefined;
  readonly items: readonly TimelineItem[];
}

/**
 * A dense year split by month, so a reader can find a stretch such as
 * January–February 2020; a year with `dense` items or fewer stays whole.
 * Items known only to the year come first, under no month.
 */
export function groupByMonth(items: readonly TimelineItem[], dense = 8): MonthGroup[] {
  if (items.length <= dense) return [{ month: undefined, items }];
  const groups: { month: string | undefined; items: TimelineItem[] }[] = [];
  for (const item of items) {
    const month = /^\d{4}-\d{2}/.exec(item.date.iso)?.[0];
    const group = groups.find((g) => g.month === month);
    if (group) group.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups.sort((a, b) => (a.month ?? '').localeCompare(b.month ?? ''));
}

/**
 * The id of an event's title in the timeline: the overview's dot for the event is named by it
 * (aria-labelledby), so the title is written once on the page, not again in the drawing.
 */
export const eventTitleId = (id: string) => `t-${id}`;

export interface DayGroup {
  /** "2020-02-01" when two or more items share that day; undefined for an item on its own. */
  readonly day: string | undefined;
  readonly items: readonly TimelineItem[];
}

/**
 * Items in order, those of a crowded day gathered under it: the day of the visit holds fifteen
 * events, and a reader should see that day once, not read its date fifteen times. Only dates
 * known to the day gather; an item alone on its day stays on its own.
 */
export function groupByDay(items: readonly TimelineItem[]): DayGroup[] {
  const groups: { day: string | undefined; items: TimelineItem[] }[] = [];
  const byDay = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const day = item.date.precision === 'day' ? item.date.iso : undefined;
    const known = day === undefined ? undefined : byDay.get(day);
    if (known) {
      known.push(item);
      continue;
    }
    // A day's group sits where its first item is; an item dated "about" that day stays apart.
    const group = { day, items: [item] };
    if (day !== undefined) byDay.set(day, group.items);
    groups.push(group);
  }
  return groups.map((g) => (g.items.length > 1 ? g : { ...g, day: undefined }));
}

export interface AxisPoint {
  readonly id: string;
  /** 0 at the start of the first year, 1 at the end of the last. */
  readonly x: number;
  readonly section: SectionCollection;
  readonly origin: Origin;
}

export interface Axis {
  readonly from: number;
  readonly to: number;
  readonly ticks: readonly { readonly year: number; readonly x: number }[];
  readonly points: readonly AxisPoint[];
}

/** A proportional time axis: where each item falls between the first and last year. */
export function axisLayout(items: readonly TimelineItem[], tickEvery = 5): Axis {
  if (items.length === 0) return { from: 0, to: 0, ticks: [], points: [] };
  const years = items.map((i) => yearOf(i.date.iso));
  const from = Math.min(...years);
  const to = Math.max(...years) + 1;
  const start = Date.UTC(from, 0, 1);
  const span = Date.UTC(to, 0, 1) - start;
  const x = (time: number): number => (time - start) / span;
  const ticks = [];
  for (let year = Math.ceil(from / tickEvery) * tickEvery; year <= to; year += tickEvery) {
    ticks.push({ year, x: x(Date.UTC(year, 0, 1)) });
  }
  const points = items.map((item) => ({
    id: item.id,
    x: x(periodStart(item.date.iso)),
    section: item.section,
    origin: item.origin,
  }));
  return { from, to, ticks, points };
}

export interface ZoomAxis {
  /** The first and last months of the window, "YYYY-MM". */
  readonly from: string;
  readonly to: string;
  readonly ticks: readonly { readonly month: string; readonly x: number }[];
  readonly points: readonly AxisPoint[];
}

const monthIso = (time: number) => new Date(time).toISOString().slice(0, 7);
const addMonths = (iso: string, n: number) => {
  const [year = 0, month = 1] = iso.split('-').map(Number);
  return monthIso(Date.UTC(year, month - 1 + n, 1));
};

/**
 * The stretch of `months` consecutive months that holds the most items
 * dated to the month or day, drawn on its own axis so a cluster such as
 * January–February 2020 can be read; undefined when no window holds more
 * than `minItems`.
 */
export function zoomLayout(items: readonly TimelineItem[], months = 3, minItems = 8): ZoomAxis | undefined {
  const dated = items.filter((i) => i.date.iso.length >= 7);
  let best: { from: string; inside: TimelineItem[] } | undefined;
  for (const from of new Set(dated.map((i) => i.date.iso.slice(0, 7)))) {
    const to = addMonths(from, months - 1);
    const inside = dated.filter((i) => i.date.iso.slice(0, 7) >= from && i.date.iso.slice(0, 7) <= to);
    if (!best || inside.length > best.inside.length) best = { from, inside };
  }
  if (!best || best.inside.length <= minItems) return undefined;
  const start = periodStart(best.from);
  const end = periodStart(addMonths(best.from, months));
  const x = (time: number) => (time - start) / (end - start);
  const ticks = Array.from({ length: months + 1 }, (_, n) => {
    const month = addMonths(best.from, n);
    return { month, x: x(periodStart(month)) };
  });
  return {
    from: best.from,
    to: addMonths(best.from, months - 1),
    ticks,
    points: best.inside.map((item) => ({
      id: item.id,
      x: x(periodStart(item.date.iso)),
      section: item.section,
      origin: item.origin,
    })),
  };
}

export interface Overview {
  readonly axis: Axis;
  readonly zoom: ZoomAxis | undefined;
  /** Where the zoomed months lie on the axis by year, from 0 to 1. */
  readonly band: { readonly from: number; readonly to: number } | undefined;
}

/**
 * The timeline's overview: the whole span by year and, when a stretch is crowded, that stretch
 * by month. Each event is drawn once, on the axis where it can be told apart from its
 * neighbours: the crowded stretch shows on the axis by year as a band, its dots on its own axis.
 */
export function overviewLayout(items: readonly TimelineItem[]): Overview {
  const whole = axisLayout(items);
  const zoom = zoomLayout(items);
  const [first, last] = [zoom?.ticks[0]?.month, zoom?.ticks.at(-1)?.month];
  if (!zoom || first === undefined || last === undefined)
    return { axis: whole, zoom: undefined, band: undefined };
  const zoomed = new Set(zoom.points.map((p) => p.id));
  const start = Date.UTC(whole.from, 0, 1);
  const x = (iso: string) => (periodStart(iso) - start) / (Date.UTC(whole.to, 0, 1) - start);
  return {
    axis: { ...whole, points: whole.points.filter((p) => !zoomed.has(p.id)) },
    zoom,
    band: { from: x(first), to: x(last) },
  };
}

/** The subset of TimelineJS3's JSON format that this export uses. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}
export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
  display_date?: string;
}
export interface TimelineJsData {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

export interface TimelineJsOptions {
  readonly title: string;
  readonly description: string;
  readonly lang: string;
  /** The tag dates are written with (the locale table's `dateLocale`). */
  readonly dateLocale: string;
  readonly words: DateWords;
  /** The group label of an item, e.g. "La visite · contexte". */
  readonly groupOf: (item: TimelineItem) => string;
  /** Absolute URL of a path below the base. */
  readonly absolute: (path: string) => string;
  /**
   * The verdict labels on an item's words, shown before them: a verdict
   * travels with the words it judges into the export too.
   */
  readonly verdictsOf?: (item: TimelineItem) => readonly string[];
  /** The words that introduce the verdicts, e.g. "Vérification". */
  readonly verdictWord?: string;
  /** The sources an item rests on (for an article item, its entry's), linked after its text. */
  readonly sourcesOf?: (item: TimelineItem) => readonly { publication: string; url: string }[];
  /** The words that introduce the sources, with their punctuation, e.g. "Sources :". */
  readonly sourcesWord?: string;
}

/**
 * The timeline in TimelineJS3's JSON format. A date known only to the month
 * or year gives only those fields, plus a display_date that says so, so the
 * widget never shows an invented day. Text is HTML in that format: ours is
 * escaped and links back to the site.
 */
export function toTimelineJs(items: readonly TimelineItem[], options: TimelineJsOptions): TimelineJsData {
  return {
    title: { text: { headline: escapeMarkup(options.title), text: escapeMarkup(options.description) } },
    events: items.map((item): TimelineJsSlide => {
      const [year, month, day] = item.date.iso.split('-').map(Number);
      const start_date: TimelineJsDate = { year: year ?? 0 };
      if (month !== undefined) start_date.month = month;
      if (day !== undefined) start_date.day = day;
      const partial = item.date.precision !== 'day';
      const display = formatStoryDate(item.date, options.dateLocale, options.words);
      if (partial) start_date.display_date = display;
      const links = item.entries
        .map((e) => `<a href="${escapeMarkup(options.absolute(e.path))}">${escapeMarkup(e.title)}</a>`)
        .join(', ');
      const labels = options.verdictsOf?.(item) ?? [];
      const verdicts = labels.length
        ? `<p>${escapeMarkup(`${options.verdictWord ?? ''} : ${labels.join(', ')}`)}</p>`
        : '';
      const cited = (options.sourcesOf?.(item) ?? [])
        .map((s) => `<a href="${escapeMarkup(s.url)}">${escapeMarkup(s.publication)}</a>`)
        .join(' ; ');
      const sources = cited ? `<p>${escapeMarkup(options.sourcesWord ?? '')} ${cited}</p>` : '';
      const slide: TimelineJsSlide = {
        start_date,
        text: {
          headline: escapeMarkup(item.title),
          text: `${verdicts}<p>${escapeMarkup(item.text)}</p>${links ? `<p>${links}</p>` : ''}${sources}`,
        },
        group: options.groupOf(item),
        unique_id: item.id,
      };
      if (partial) slide.display_date = display;
      return slide;
    }),
  };
}
