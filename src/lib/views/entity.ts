/**
 * The entities' pages: the index (/entites/), each kind's entities by name; and one entity's page
 * (/entites/<id>/), its structured data, the article's sentences that name it, its quotes and the
 * words the record shows it saying, and the entries about it.
 */
import { fill, localePath, localeTable, useTranslations } from '../../i18n/index.ts';
import { ARTICLE_LANG, formatSentenceRef, sentenceAnchor } from '../article/article.ts';
import { recordedSpeakers } from '../content/attribution.ts';
import type { EditionEntry } from '../content/edition.ts';
import { entryPath, isStatement } from '../content/entries.ts';
import { mentionsAny } from '../search/aliases.ts';
import { entity } from '../site/structured-data.ts';
import { ENTITY_KINDS, type EntityData } from '../../schemas/entity.ts';
import { href, url } from '../../urls.ts';
import type { PageData } from './page.ts';

export function entitiesView<R>(page: PageData<R>) {
  const { locale } = page;
  const all = [...page.edition.entities].sort(([, a], [, b]) =>
    a.name.localeCompare(b.name, localeTable(locale).lang),
  );
  return ENTITY_KINDS.map((kind) => ({
    kind,
    entities: all
      .filter(([, e]) => e.kind === kind)
      .map(([id, e]) => ({ href: href(locale, 'entities', `${id}/`), name: e.name, role: e.role })),
  }));
}

export function entityView<R>(page: PageData<R>, id: string, data: EntityData) {
  const { locale, article, site } = page;
  const { entityInSentence: inSentence, entries } = page.edition;
  const t = useTranslations(locale);
  const { attributedTo } = localeTable(locale);
  // Whom the article credits, and who the record shows spoke: both lead here.
  const speaks = (e: EditionEntry<R>) =>
    isStatement(e) && (e.data.speakers.includes(id) || recordedSpeakers(e.data).includes(id));
  const statements = entries.filter(isStatement);
  return {
    jsonLd: entity({ site, data, path: localePath(locale, 'entities', `${id}/`) }),
    index: href(locale, 'entities'),
    spellings: data.spellings.map((s) => ({ text: s, lang: /[\u0400-\u04FF]/.test(s) ? 'ru' : undefined })),
    sentences: article.sentences
      .filter((s) => mentionsAny(s.text, data.spellings))
      .map((s) => ({
        href: href(locale, 'article', `#${sentenceAnchor(s.id)}`),
        ref: formatSentenceRef(s.id),
        text: s.text,
        lang: ARTICLE_LANG,
      })),
    // Words the record shows this speaker saying where the article gives other words to someone else.
    ownWords: statements.flatMap((e) =>
      e.data.attribution.recordedWords?.speaker === id
        ? [{ words: e.data.attribution.recordedWords, href: url(entryPath(e, locale)), title: e.data.title }]
        : [],
    ),
    quotes: statements.filter(speaks).map((q) => ({
      slug: q.slug,
      href: href(locale, 'quotes', `#${q.slug}`),
      title: q.data.title,
      // Whom the article credits, as the entry page says it ("au ministère…", "à X et à Y").
      attribution: fill(t('statement.attributedBy'), { to: attributedTo(q.data.speakers.map(inSentence)) }),
      status: q.data.attribution.status,
    })),
    entries: entries
      .filter((e) => e.data.entities.includes(id) || speaks(e))
      .map((e) => ({ slug: e.slug, href: url(entryPath(e, locale)), title: e.data.title })),
  };
}
