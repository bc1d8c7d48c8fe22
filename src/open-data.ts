/** The open data built from each edition's content, for the data files and page. */
import { article, contentFor } from './content.ts';
import { localePath, type Locale } from './i18n/index.ts';
import { entryPath, isStatement } from './lib/content/entries.ts';
import {
  CLAIM_FIELDS,
  claimRecords,
  recordsToCsv,
  STATEMENT_FIELDS,
  statementRecords,
  TIMELINE_FIELDS,
  timelineRecords,
  type DataContext,
} from './lib/content/open-data.ts';
import { statementWords } from './lib/search/records.ts';
import { entrySources } from './lib/content/entry-sources.ts';
import { verdictsOf } from './lib/content/verdicts.ts';
import type { ArticleEventFacts } from './lib/content/open-data.ts';
import { siteInfo } from './site.ts';

/** What each entry of an edition carries beside its words, by id: the facts its timeline event exports. */
export function articleEventFacts(locale: Locale): ReadonlyMap<string, ArticleEventFacts> {
  const { claims, entries } = contentFor(locale);
  return new Map(
    entries.map((entry): [string, ArticleEventFacts] => {
      const attribution = isStatement(entry) ? entry.data.attribution : undefined;
      return [
        entry.slug,
        {
          verdicts: verdictsOf(entry.slug, claims),
          attribution: attribution?.status,
          sources: entrySources({ slug: entry.slug, body: entry.body.body ?? '', attribution }, claims),
          dateSource: entry.data.dateSource,
        },
      ];
    }),
  );
}

/** The data files of an edition, each as JSON and CSV, by name; the prose in the edition's language. */
export function openData(site: URL | undefined, locale: Locale) {
  const { claims, entityName, entries, sources, timeline } = contentFor(locale);
  const ctx: DataContext = {
    sources,
    absolute: siteInfo(site, locale).absolute,
    entryPaths: new Map(entries.map((e) => [e.slug, entryPath(e, locale)])),
    paths: {
      analysis: (id) => localePath(locale, 'analysis', `#${id}`),
      quotes: (id) => localePath(locale, 'quotes', `#${id}`),
      timeline: (id) => localePath(locale, 'timeline', `#${id}`),
    },
  };
  const statements = entries
    .filter(isStatement)
    .map((s) => ({ slug: s.slug, data: s.data, words: statementWords(s.data, article) }));
  return {
    verifications: { fields: CLAIM_FIELDS, records: claimRecords(claims, ctx) },
    citations: { fields: STATEMENT_FIELDS, records: statementRecords(statements, claims, entityName, ctx) },
    chronologie: {
      fields: TIMELINE_FIELDS,
      records: timelineRecords(timeline, ctx, articleEventFacts(locale)),
    },
  } as const;
}

export type DataName = keyof ReturnType<typeof openData>;
export const DATA_NAMES: readonly DataName[] = ['verifications', 'citations', 'chronologie'];

export function dataResponse(
  name: DataName,
  format: 'json' | 'csv',
  site: URL | undefined,
  locale: Locale,
): Response {
  const { fields, records } = openData(site, locale)[name];
  return format === 'json'
    ? new Response(`${JSON.stringify(records, null, 2)}\n`, {
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      })
    : new Response(recordsToCsv(fields, records), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
      });
}
