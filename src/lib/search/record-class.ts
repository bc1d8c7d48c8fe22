/**
 * What a search result says of itself, as the search page reads it in the
 * browser: its kind, and the one filter value that carries its kind, section
 * and speakers (written by ./records.ts at build time). A leaf with no
 * imports, so that the page's script ships these few names and nothing of
 * the build's modules (the article's sentence segmenter, created when its
 * module loads, cost a phone tens of milliseconds before the box took keys).
 */

/** The kinds of result, as ids; the search page names them. */
export const RESULT_KINDS = ['quote', 'sentence', 'entry', 'event', 'page'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/**
 * The Pagefind filter that carries a record's kind, section and speakers
 * together, one value per record: `quote/statements/loukachenko+pompeo`,
 * `entry/visit-facts/`, `sentence//`. Pagefind lists every record under
 * every value of a filter it loads before a search, so three filters (type,
 * section, speaker) listed each record up to three times; one value per
 * record lists it once. The search page reads the reader's filters (type,
 * rubrique, orateur) out of it (src/lib/search/query.ts).
 */
export const CLASS_FILTER = 'classe';

export interface RecordClass {
  readonly type: string;
  readonly rubrique: string | undefined;
  readonly orateur: readonly string[];
}

/** A record's class as a filter value. Ids are lower-case words and hyphens, so "/" and "+" never occur in them. */
export function classValue({ type, rubrique, orateur }: RecordClass): string {
  return `${type}/${rubrique ?? ''}/${[...orateur].sort().join('+')}`;
}

/** The kind, section and speakers a class value stands for. */
export function parseClass(value: string): RecordClass {
  const [type = '', rubrique = '', speakers = ''] = value.split('/');
  return { type, rubrique: rubrique || undefined, orateur: speakers ? speakers.split('+') : [] };
}

/**
 * The meta field that holds the questions a page answers. Meta is searchable, and the search page
 * gives this field its own weight (`QUESTION_WEIGHT`, src/lib/search/ranking.ts). Results never
 * show it (the search page lists entries' first questions from the content, not from here).
 */
export const QUESTIONS_META = 'questions';
