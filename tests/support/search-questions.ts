/**
 * The question set the search is measured on: questions readers ask, each
 * with the page that answers it. Most come from the content itself (each
 * entry's `questions`, each site page's `search.answers.*`); the others are
 * phrasings no field holds, written here, with the page that answers them.
 */
import { BASE_LOCALE, localePath, type Locale } from '../../src/i18n/index.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { SECTIONS, type SectionCollection } from '../../src/lib/content/sections.ts';
import { answeringPages } from '../../src/lib/search/site-pages.ts';

export interface Question {
  readonly question: string;
  /** The path of the page that answers it, from the site's root: "/energie/arret-du-petrole/". */
  readonly answer: string;
  /** Where the question comes from: the file or the table key, for messages. */
  readonly origin: string;
}

const questionsOf = (data: unknown): string[] => {
  const list = (data as { questions?: unknown } | undefined)?.questions;
  return Array.isArray(list) ? list.filter((q): q is string => typeof q === 'string') : [];
};

/** The questions the content says its pages answer, in a locale. */
export function contentQuestions(root: string, locale: Locale): Question[] {
  const raw = readContent(root);
  const sections = new Set<string>(SECTIONS.map((s) => s.collection));
  const files: readonly { file: string; id: string; data: unknown; collection: string }[] =
    locale === BASE_LOCALE
      ? raw.entries
      : raw.translations.filter((f) => f.locale === locale && sections.has(f.collection));
  const fromEntries = files.flatMap((file) =>
    questionsOf(file.data).map((question) => ({
      question,
      answer: `/${localePath(locale, file.collection as SectionCollection, `${file.id}/`)}`,
      origin: file.file,
    })),
  );
  const fromPages = answeringPages(locale).flatMap((page) =>
    page.questions.map((question) => ({
      question,
      answer: `/${page.path}`,
      origin: `search.answers.${page.page}`,
    })),
  );
  return [...fromEntries, ...fromPages];
}
