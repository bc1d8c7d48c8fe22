import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/lib/content/sections.ts';
import type { AnalysisEntry } from '../../src/lib/content/entries.ts';
import {
  allFilters,
  axisLayout,
  filterPath,
  filterTimeline,
  groupByDay,
  groupByMonth,
  groupByYear,
  overviewLayout,
  timelineItems,
  zoomLayout,
  toTimelineJs,
  type ContextEvent,
  type TimelineItem,
} from '../../src/lib/timeline/timeline.ts';
import { timelineJsFormat } from '../support/timelinejs-format.ts';

const entry = (
  slug: string,
  date: string,
  precision: 'day' | 'month' | 'year',
  featured = false,
): AnalysisEntry => ({
  collection: 'visit-facts',
  slug,
  lang: 'fr',
  data: {
    title: `Entrée ${slug}`,
    summary: `Résumé ${slug}`,
    date,
    datePrecision: precision,
    covers: [{ ref: '§2.1' }],
    entities: [],
    featured,
  },
});

const event = (
  id: string,
  date: string,
  precision: 'day' | 'month' | 'year' | 'approximate',
): ContextEvent => ({
  id,
  data: {
    title: `Événement ${id}`,
    text: `Texte <b>${id}</b> & co`,
    date,
    datePrecision: precision,
    section: 'energy-dispute',
    sources: ['agence'],
    entries: ['visite'],
    sentences: ['§11.3'],
    key: false,
  },
});

const items = timelineItems(
  [
    entry('visite', '2020-02-01', 'day', true),
    entry('article', '2020-02', 'month'),
    entry('arret', '2019-12-31', 'day'),
  ],
  [
    event('baker', '1991-12-18', 'day'),
    event('clinton', '1994', 'approximate'),
    event('petrole', '2020-01-01', 'day'),
    event('meme-jour', '2020-02-01', 'day'),
  ],
);

describe('timelineItems', () => {
  it('merges entries and events in chronological order, whatever their precision', () => {
    expect(items.map((i) => i.id)).toEqual([
      'baker',
      'clinton',
      'arret',
      'petrole',
      'meme-jour',
      'visite',
      'article',
    ]);
  });

  it('tells article items from context and links each to what explains it', () => {
    const visite = items.find((i) => i.id === 'visite');
    const baker = items.find((i) => i.id === 'baker');
    expect(visite).toMatchObject({ origin: 'article', entries: [{ path: 'visite/visite/' }], key: true });
    expect(baker).toMatchObject({
      origin: 'context',
      sources: ['agence'],
      entries: [{ path: 'visite/visite/', title: 'Entrée visite' }],
      sentences: ['§11.3'],
    });
  });
});

describe('what the timeline shows', () => {
  it('leaves the author’s commentary out: an opinion is not an event', () => {
    const opinion = { ...entry('avis', '2020-02', 'month'), collection: 'commentary' as const };
    const items = timelineItems([entry('visite', '2020-02-01', 'day'), opinion], []);
    expect(items.map((i) => i.id)).toEqual(['visite']);
  });

  it('splits a dense year by month, the items known only to the year first', () => {
    const items = timelineItems(
      [
        entry('a', '2020-02-01', 'day'),
        entry('b', '2020-01-24', 'day'),
        entry('c', '2020', 'year'),
        entry('d', '2020-01-30', 'day'),
      ],
      [],
    );
    expect(groupByMonth(items, 3).map((g) => [g.month, g.items.map((i) => i.id)])).toEqual([
      [undefined, ['c']],
      ['2020-01', ['b', 'd']],
      ['2020-02', ['a']],
    ]);
    expect(groupByMonth(items, 4)).toEqual([{ month: undefined, items }]);
  });
});

describe('groupByDay', () => {
  it('gathers the items of a crowded day under it, and leaves a lone day and a month alone', () => {
    const items = timelineItems(
      [
        entry('veille', '2020-01-31', 'day'),
        entry('a', '2020-02-01', 'day'),
        entry('b', '2020-02-01', 'day'),
        entry('mois', '2020-02', 'month'),
        entry('c', '2020-02-14', 'day'),
      ],
      [event('d', '2020-02-01', 'day'), event('environ', '2020-02-01', 'approximate')],
    );
    const groups = groupByDay(items).map((g) => [g.day, g.items.map((i) => i.id)]);
    expect(groups).toContainEqual(['2020-02-01', ['d', 'a', 'b']]);
    expect(groups).toContainEqual([undefined, ['veille']]);
    expect(groups).toContainEqual([undefined, ['mois']]);
    expect(groups).toContainEqual([undefined, ['environ']]);
    // Every item once, the crowded day where its first item was.
    expect(groups.flatMap(([, ids]) => ids).sort()).toEqual(items.map((i) => i.id).sort());
    expect(groups[0]).toEqual([undefined, ['veille']]);
  });
});

describe('zoomLayout', () => {
  it('draws the densest stretch of months on its own axis, and nothing when no stretch is dense', () => {
    const dense = ['2020-01-06', '2020-01-20', '2020-01-24', '2020-01-30', '2020-02-01', '2020-02-07'];
    const items = timelineItems(
      [...dense.map((d, i) => entry(`e${i}`, d, 'day')), entry('old', '1994-01-15', 'day')],
      [],
    );
    const zoom = zoomLayout(items, 2, 5);
    expect(zoom?.from).toBe('2020-01');
    expect(zoom?.to).toBe('2020-02');
    expect(zoom?.points.map((p) => p.id)).toEqual(dense.map((_, i) => `e${i}`));
    expect(zoom?.ticks.map((t) => t.month)).toEqual(['2020-01', '2020-02', '2020-03']);
    expect(zoomLayout(items, 2, 6)).toBeUndefined();
  });
});

describe('overviewLayout', () => {
  it('keeps every event on the axis by year when no stretch is crowded', () => {
    const items = timelineItems(
      [entry('a', '2020-01-06', 'day'), entry('b', '2020-02-01', 'day'), entry('old', '1994-01-15', 'day')],
      [],
    );
    const overview = overviewLayout(items);
    expect(overview.zoom).toBeUndefined();
    expect(overview.band).toBeUndefined();
    expect(overview.axis.points.map((p) => p.id).sort()).toEqual(items.map((i) => i.id).sort());
  });

  it('splits the dots between the two axes and places the band inside the axis by year', () => {
    const dense = Array.from({ length: 10 }, (_, i) => `2020-01-${String(i + 10).padStart(2, '0')}`);
    const items = timelineItems(
      [...dense.map((d, i) => entry(`e${i}`, d, 'day')), entry('old', '1994-01-15', 'day')],
      [],
    );
    const { axis, zoom, band } = overviewLayout(items);
    expect(zoom?.points.map((p) => p.id)).toEqual(dense.map((_, i) => `e${i}`));
    expect(axis.points.map((p) => p.id)).toEqual(['old']);
    expect(band && band.from > 0.9 && band.from < band.to && band.to <= 1).toBe(true);
  });
});

describe('groupByYear', () => {
  it('groups by year and labels the long gaps only', () => {
    const groups = groupByYear(items);
    expect(groups.map((g) => [g.year, g.items.length, g.gap])).toEqual([
      [1991, 1, undefined],
      [1994, 1, 3],
      [2019, 1, 25],
      [2020, 4, undefined],
    ]);
  });

  it('takes the gap threshold as a parameter', () => {
    expect(groupByYear(items, 30).every((g) => g.gap === undefined)).toBe(true);
  });
});

describe('filters', () => {
  it('filter by section and by origin, together or apart', () => {
    expect(filterTimeline(items, { origin: 'article' }).map((i) => i.id)).toEqual([
      'arret',
      'visite',
      'article',
    ]);
    expect(filterTimeline(items, { section: 'energy-dispute', origin: 'context' })).toHaveLength(4);
    expect(filterTimeline(items, { section: 'commentary' })).toEqual([]);
  });

  it('give each combination its own page, in each locale', () => {
    const paths = allFilters().map((filter) => filterPath(filter));
    // Every section and none, each with every origin and none.
    const combinations = (SECTIONS.length + 1) * 3;
    expect(paths).toHaveLength(combinations);
    expect(new Set(paths).size).toBe(combinations);
    expect(paths).toContain('chronologie/');
    expect(paths).toContain('chronologie/energie/contexte/');
    expect(paths).toContain('chronologie/article/');
    const english = allFilters().map((filter) => filterPath(filter, 'en'));
    expect(english).toContain('en/timeline/');
    expect(english).toContain('en/timeline/energy/context/');
    expect(new Set(english).size).toBe(combinations);
  });
});

describe('axisLayout', () => {
  it('places items proportionally between the first and last year', () => {
    const axis = axisLayout(items);
    expect(axis.from).toBe(1991);
    expect(axis.to).toBe(2021);
    expect(axis.ticks.map((t) => t.year)).toEqual([1995, 2000, 2005, 2010, 2015, 2020]);
    const x = (id: string) => axis.points.find((p) => p.id === id)?.x ?? -1;
    expect(x('baker')).toBeGreaterThan(0.03);
    expect(x('baker')).toBeLessThan(0.04);
    expect(x('visite')).toBeGreaterThan(0.96);
    expect(x('clinton')).toBeLessThan(x('arret'));
  });
});

describe('toTimelineJs', () => {
  const options = {
    title: 'Minsk',
    description: 'Chronologie',
    lang: 'fr',
    dateLocale: 'fr-FR',
    words: { around: 'vers', firstOfMonth: '1er' },
    groupOf: (item: TimelineItem) => item.origin,
    absolute: (path: string) => `https://example.org/${path}`,
  };
  const data = toTimelineJs(items, options);

  it('meets the TimelineJS3 JSON format', () => {
    const result = timelineJsFormat.safeParse(data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('gives only the known parts of a date, with a display_date that says the precision', () => {
    const slide = (id: string) => data.events.find((e) => e.unique_id === id);
    expect(slide('visite')?.start_date).toEqual({ year: 2020, month: 2, day: 1 });
    expect(slide('visite')?.display_date).toBeUndefined();
    expect(slide('article')?.start_date).toEqual({ year: 2020, month: 2, display_date: 'février 2020' });
    expect(slide('clinton')?.display_date).toBe('vers 1994');
    expect(slide('clinton')?.start_date).toEqual({ year: 1994, display_date: 'vers 1994' });
  });

  it('escapes text, links back to the analysis and keeps every item once', () => {
    expect(data.events).toHaveLength(items.length);
    const baker = data.events.find((e) => e.unique_id === 'baker');
    expect(baker?.text.text).toBe(
      '<p>Texte &#60;b&#62;baker&#60;/b&#62; &#38; co</p><p><a href="https://example.org/visite/visite/">Entrée visite</a></p>',
    );
    expect(baker?.group).toBe('context');
  });

  it('puts an item’s verdicts before its words', () => {
    const judged = toTimelineJs(items, {
      ...options,
      verdictsOf: (item) => (item.id === 'visite' ? ['Faux'] : []),
      verdictWord: 'Vérification',
    });
    expect(judged.events.find((e) => e.unique_id === 'visite')?.text.text).toMatch(
      /^<p>Vérification : Faux<\/p><p>/,
    );
    expect(judged.events.find((e) => e.unique_id === 'baker')?.text.text).toMatch(/^<p>Texte/);
  });
});
