/** The open data built once from the content, for the /donnees/ files and page. */
import { article, claims, entityName, entries, sources, timeline } from './content.ts';
import { entryPath, isStatement } from './lib/entries.ts';
import {
  CLAIM_FIELDS,
  claimRecords,
  recordsToCsv,
  STATEMENT_FIELDS,
  statementRecords,
  TIMELINE_FIELDS,
  timelineRecords,
  type DataContext,
} from './lib/open-data.ts';
import { statementWords } from './lib/search-records.ts';
import { siteInfo } from './site.ts';

const context = (site: URL | undefined): DataContext => ({
  sources,
  absolute: siteInfo(site).absolute,
  entryPaths: new Map(entries.map((e) => [e.slug, entryPath(e)])),
});

/** The data files of /donnees/, each as JSON and CSV, by name. */
export function openData(site: URL | undefined) {
  const ctx = context(site);
  const statements = entries
    .filter(isStatement)
    .map((s) => ({ slug: s.slug, data: s.data, words: statementWords(s.data, article) }));
  return {
    verifications: { fields: CLAIM_FIELDS, records: claimRecords(claims, ctx) },
    citations: { fields: STATEMENT_FIELDS, records: statementRecords(statements, claims, entityName, ctx) },
    chronologie: { fields: TIMELINE_FIELDS, records: timelineRecords(timeline, ctx) },
  } as const;
}

export type DataName = keyof ReturnType<typeof openData>;
export const DATA_NAMES: readonly DataName[] = ['verifications', 'citations', 'chronologie'];

export function dataResponse(name: DataName, format: 'json' | 'csv', site: URL | undefined): Response {
  const { fields, records } = openData(site)[name];
  return format === 'json'
    ? new Response(`${JSON.stringify(records, null, 2)}\n`, {
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      })
    : new Response(recordsToCsv(fields, records), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
      });
}
