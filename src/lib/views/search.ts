/**
 * The search page before a search: questions the analysis answers, each
 * linked to the page that answers it. A reader who has not typed yet sees
 * what the site can tell them, and one without JavaScript, who cannot search,
 * still reaches the answers. Each entry's first question (its `questions`,
 * the same that lead search to it), by section in the site's order, then the
 * first question of each page about the site itself.
 */
import { useTranslations } from '../../i18n/index.ts';
import { href, url } from '../../urls.ts';
import { entryPath } from '../content/entries.ts';
import { SECTIONS } from '../content/sections.ts';
import { answeringPages } from '../search/site-pages.ts';
import type { PageData } from './page.ts';

export interface AnsweredQuestion {
  readonly question: string;
  readonly href: string;
}

export interface QuestionGroup {
  readonly heading: string;
  readonly questions: readonly AnsweredQuestion[];
}

export function answeredQuestions<R>(page: PageData<R>): QuestionGroup[] {
  const { locale, edition } = page;
  const t = useTranslations(locale);
  const sections = SECTIONS.map((section) => ({
    heading: t(`section.${section.collection}`),
    questions: edition.entriesOf(section.collection).flatMap((entry) => {
      const [question] = entry.data.questions ?? [];
      return question ? [{ question, href: url(entryPath(entry, locale)) }] : [];
    }),
  }));
  const site = {
    heading: t('search.questions.site'),
    questions: answeringPages(locale).flatMap(({ page: route, questions: [question] }) =>
      question ? [{ question, href: href(locale, route) }] : [],
    ),
  };
  return [...sections, site].filter((group) => group.questions.length > 0);
}
