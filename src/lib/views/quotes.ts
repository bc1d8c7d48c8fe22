/**
 * The quotes page (/citations/): every statement once, grouped by who the record shows spoke, each
 * with the words the in-page filter searches, its credit, its links and its citation; the
 * speakers' filter; a Quotation for each quote the record bears out; the script's strings.
 */
import { fill, localePath, localeTable, pluralForms, useTranslations } from '../../i18n/index.ts';
import { ARTICLE_LANG, parseSentenceRef, sentenceAnchor } from '../article/article.ts';
import { recordDiffers, recordedSpeakers } from '../content/attribution.ts';
import type { EditionEntry } from '../content/edition.ts';
import { entryPath, isStatement } from '../content/entries.ts';
import { groupBySpeakers } from '../content/quotes.ts';
import { quoteWording } from '../content/quote-wording.ts';
import { verdictsOf } from '../content/verdicts.ts';
import { searchVariants } from '../search/aliases.ts';
import { statementWords } from '../search/records.ts';
import { siteCredit } from '../site/citation.ts';
import { articleCopy, quotation } from '../site/structured-data.ts';
import { guillemets } from '../../i18n/typography.ts';
import type { StatementData } from '../../schemas/entry.ts';
import type { AnalysisEntry } from '../content/entries.ts';
import { href, url } from '../../urls.ts';
import type { PageData } from './page.ts';

type Statement<R> = EditionEntry<R> & AnalysisEntry<StatementData>;

export function quotesView<R>(page: PageData<R>) {
  const { locale, article, site, sentenceTranslations } = page;
  const { claims, entities, entityInSentence: inSentence, entityName, entries, sources } = page.edition;
  const t = useTranslations(locale);
  const { attributedTo, lang } = localeTable(locale);
  const statements = entries.filter(isStatement) as Statement<R>[];
  /** The English (or other) words a reader of this edition may search a statement by. */
  const otherWords = (s: Statement<R>) =>
    [
      quoteWording(s.data, s.quoteTranslation, lang)?.text,
      ...(s.data.quote ? [] : s.data.covers.map((c) => sentenceTranslations.get(c.ref))),
    ]
      .filter(Boolean)
      .join(' ');
  const everyone = (data: StatementData) => [...new Set([...data.speakers, ...recordedSpeakers(data)])];

  const item = (statement: Statement<R>) => {
    const { data } = statement;
    const words = statementWords(data, article);
    const sentence = href(
      locale,
      'article',
      `#${sentenceAnchor(parseSentenceRef(data.covers[0]?.ref ?? '') ?? '1.1')}`,
    );
    const speakers = data.speakers.map(entityName).join(', ');
    const verdicts = verdictsOf(statement.slug, claims);
    const quote = fill(t('cite.quote'), { speakers, words });
    return {
      statement,
      words,
      shownWords: data.quote ? guillemets(words) : words,
      speakerIds: everyone(data).join(' '),
      search: `${words} ${data.title} ${otherWords(statement)} ${searchVariants(words, entities, data.speakers)}`,
      attribution: fill(t('quotes.attributedTo'), { to: attributedTo(data.speakers.map(inSentence)) }),
      speakers,
      spokenBy: recordDiffers(data) ? recordedSpeakers(data).map(entityName).join(', ') : undefined,
      sentence: { ref: data.covers[0]?.ref, href: sentence },
      analysis: url(entryPath(statement, locale)),
      cite: {
        title: verdicts.length
          ? fill(t('cite.quoteVerdicts'), {
              quote,
              labels: verdicts.map((v) => t(`label.${v.label}`)).join(', '),
            })
          : quote,
        path: localePath(locale, 'quotes', `#${statement.slug}`),
        shows: [statement.slug, ...verdicts.map((v) => v.claim)],
      },
    };
  };

  // Grouped by who the record shows spoke; each card still says whom the article credits.
  const listFormat = new Intl.ListFormat(lang, { type: 'conjunction' });
  const groups = groupBySpeakers(
    statements,
    entityName,
    (s) => recordedSpeakers(s.data),
    (names) => listFormat.format(names),
  ).map((group) => ({ anchor: group.anchor, label: group.label, items: group.statements.map(item) }));

  return {
    groups,
    speakers: [...new Set(statements.flatMap((s) => everyone(s.data)))].map((id) => ({
      id,
      name: entityName(id),
    })),
    // Only words the record shows someone said are given to machines as that speaker's quotation.
    quotations: statements.flatMap((s) =>
      s.data.quote && s.data.attribution.status === 'confirmed'
        ? [
            quotation({
              site,
              text: s.data.quote.text,
              path: localePath(locale, 'quotes', `#${s.slug}`),
              lang: ARTICLE_LANG,
              appearance: articleCopy(sources),
              speakers: recordedSpeakers(s.data).map((id) => ({
                name: entityName(id),
                kind: entities.get(id)?.kind ?? 'person',
              })),
            }),
          ]
        : [],
    ),
    strings: {
      count: pluralForms('quotes.count', locale),
      lang,
      verdictsLine: t('quotes.copyVerdicts'),
      credit: siteCredit(t('site.title'), site.publisher?.name),
      copy: t('quotes.copy'),
      copied: t('quotes.copied'),
      unknownSpeaker: t('quotes.unknownSpeaker'),
      nothingToSearch: t('search.nothingToSearch'),
      quotedQuery: localeTable(locale).quote('{query}'),
    },
  };
}
