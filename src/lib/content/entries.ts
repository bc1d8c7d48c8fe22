/** The analysis entries as one chronological story, independent of Astro. */
import { compareStoryDates } from '../timeline/dates.ts';
import { sectionRank, type SectionCollection } from './sections.ts';
import { BASE_LOCALE, localePath, type Locale } from '../../i18n/index.ts';
import { parseSentenceRef, sentenceOrder } from '../article/article.ts';
import type { EntryData, StatementData } from '../../schemas/entry.ts';

export interface AnalysisEntry<D extends EntryData = EntryData | StatementData> {
  readonly collection: SectionCollection;
  /** The file name, which is also the last part of the entry's URL. */
  readonly slug: string;
  readonly lang: string;
  readonly data: D;
}

/** Oldest first; same date: in section order, then by the first sentence covered. */
export function sortChronologically<E extends AnalysisEntry>(entries: readonly E[]): E[] {
  return [...entries].sort(
    (a, b) =>
      compareStoryDates(
        { iso: a.data.date, precision: a.data.datePrecision },
        { iso: b.data.date, precision: b.data.datePrecision },
      ) ||
      sectionRank(a.collection) - sectionRank(b.collection) ||
      sentenceOrder(a.data.covers[0]?.ref ?? '') - sentenceOrder(b.data.covers[0]?.ref ?? ''),
  );
}

/** Each entry with the ones just before and after it in `sorted`: one pass, however many entries. */
export function withNeighbours<E extends AnalysisEntry>(
  sorted: readonly E[],
): { entry: E; previous: E | undefined; next: E | undefined }[] {
  return sorted.map((entry, i) => ({ entry, previous: sorted[i - 1], next: sorted[i + 1] }));
}

/** Sentence id ("4.2") → the entries that cover it, in the order given. */
export function entriesBySentence<E extends AnalysisEntry>(entries: readonly E[]): Map<string, E[]> {
  const index = new Map<string, E[]>();
  for (const entry of entries) {
    const ids = new Set(entry.data.covers.map((c) => parseSentenceRef(c.ref)));
    for (const id of ids) {
      if (id === undefined) continue;
      index.set(id, [...(index.get(id) ?? []), entry]);
    }
  }
  return index;
}

/** The entry's path below the site's base: "declarations/loukachenko-malentendus/", "en/statements/…". */
export function entryPath(
  entry: Pick<AnalysisEntry, 'collection' | 'slug'>,
  locale: Locale = BASE_LOCALE,
): string {
  return localePath(locale, entry.collection, `${entry.slug}/`);
}

export function isStatement<E extends AnalysisEntry>(
  entry: E,
): entry is E & { readonly data: StatementData } {
  return entry.collection === 'statements';
}
