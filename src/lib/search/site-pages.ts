/**
 * The pages about the site itself (method, provenance, open data) answer
 * questions readers ask ("where does this article come from?") in words their
 * text rarely uses. Each goes into the index as a record of its own: its
 * title, its introduction and the questions it answers, from the locale's
 * table (`search.answers.<page>`), so that those questions find it.
 */
import { localePath, useTranslations, type Locale } from '../../i18n/index.ts';

/** The site's own pages that answer readers' questions, by route. */
export const ANSWERING_PAGES = ['method', 'provenance', 'data'] as const;
export type AnsweringPage = (typeof ANSWERING_PAGES)[number];

/** The questions of a `search.answers.*` string, each ending with its question mark. */
export function splitQuestions(text: string): string[] {
  return text
    .split(/(?<=\?)\s+/u)
    .map((q) => q.trim())
    .filter(Boolean);
}

export interface AnsweringPageText {
  readonly page: AnsweringPage;
  /** Below the base path: "methode/", "en/method/". */
  readonly path: string;
  readonly title: string;
  readonly intro: string;
  readonly questions: readonly string[];
}

/** Each answering page of a locale, with the words it is found by. */
export function answeringPages(locale: Locale): AnsweringPageText[] {
  const t = useTranslations(locale);
  return ANSWERING_PAGES.map((page) => ({
    page,
    path: localePath(locale, page),
    title: t(`${page}.title`),
    intro: t(`${page}.intro`),
    questions: splitQuestions(t(`search.answers.${page}`)),
  }));
}
