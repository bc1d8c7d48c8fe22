/**
 * An entry's page (/<section>/<id>/): its headline with its verdict, its claims and their
 * ClaimReviews, what search finds it by, its date and what the date rests on, who spoke, the
 * sentences of the article it analyses with the spans marked, and its neighbours.
 */
import { fill, localeTable, useTranslations } from '../../i18n/index.ts';
import { parseSentenceRef, sentenceAnchor, sentenceOf } from '../article/article.ts';
import { recordDiffers, recordedSpeakers } from '../content/attribution.ts';
import type { EditionEntry } from '../content/edition.ts';
import { entryPath, isStatement } from '../content/entries.ts';
import { headlineWithVerdict } from '../content/headline.ts';
import { quoteWording } from '../content/quote-wording.ts';
import { dateBasis } from '../content/rules/date-basis.ts';
import { firstPublished } from '../content/transparency.ts';
import { verdictsOf } from '../content/verdicts.ts';
import { searchVariants } from '../search/aliases.ts';
import { quoteAttribution } from '../search/content.ts';
import { entrySearch } from '../search/records.ts';
import { articleCopy, claimReview } from '../site/structured-data.ts';
import { isTimelineEvent } from '../timeline/timeline.ts';
import { href, url } from '../../urls.ts';
import type { PageData } from './page.ts';

export interface EntryRoute<R> {
  readonly entry: EditionEntry<R>;
  readonly previous: EditionEntry<R> | undefined;
  readonly next: EditionEntry<R> | undefined;
}

export function entryView<R>(page: PageData<R>, { entry, previous, next }: EntryRoute<R>) {
  const { locale, article, site } = page;
  const {
    changes,
    claims,
    entities,
    entityInSentence: inSentence,
    entityName,
    sourceMatches,
    sources,
    updatedOn,
  } = page.edition;
  const t = useTranslations(locale);
  const { lang, attributedTo } = localeTable(locale);
  const { data } = entry;
  const statement = isStatement(entry) ? entry.data : undefined;
  const speakerIds = statement?.speakers ?? [];
  const speakers = speakerIds.map(entityName);
  const path = entryPath(entry, locale);
  const sentenceLink = (ref: string) =>
    href(locale, 'article', `#${sentenceAnchor(parseSentenceRef(ref) ?? '')}`);

  // What the page should also be found by: other spellings, and bare forms of elided words.
  const pageText = [
    data.title,
    data.summary,
    ...data.covers.map((c) => sentenceOf(c.ref, article)?.text ?? ''),
    page.bodyText(entry),
  ].join(' ');
  const search = entrySearch({
    slug: entry.slug,
    collection: entry.collection,
    date: data.date,
    covers: data.covers,
    speakers: speakerIds,
    variants: searchVariants(pageText, entities, [...data.entities, ...speakerIds]),
    claims,
    attribution:
      statement && quoteAttribution(speakerIds.map(inSentence), statement.attribution.status, locale),
    // The same wording as the quote's record in this edition's index (src/lib/search/content.ts).
    wording: statement && quoteWording(statement, entry.quoteTranslation, lang)?.text,
    questions: data.questions,
  });

  const ownClaims = claims.filter((c) => c.data.entry === entry.slug);
  const headline = headlineWithVerdict({ slug: entry.slug, title: data.title }, claims, locale);
  const appearance = articleCopy(sources);
  // Each claim reviewed on the page that carries it, dated by the changelog.
  const reviews = ownClaims.flatMap((claim) => {
    const review = claimReview(claim, {
      site,
      labelText: t(`label.${claim.data.label}`),
      pagePath: path,
      headline,
      lang,
      datePublished: firstPublished(changes, [entry.slug, claim.id]),
      dateModified: updatedOn([entry.slug, claim.id]),
      appearance,
    });
    return review ? [review] : [];
  });
  const shows = [entry.slug, ...ownClaims.map((c) => c.id)];
  const labels = verdictsOf(entry.slug, claims).map((v) => t(`label.${v.label}`));

  const basis = dateBasis(data, article);
  const dateSource = data.dateSource ? sources.get(data.dateSource) : undefined;
  // One block per sentence, with every span this entry analyses in it marked.
  const sentenceRefs = [...new Set(data.covers.map((c) => c.ref))];
  const sentences = sentenceRefs.map((ref) => ({
    ref,
    spans: [
      ...data.covers.filter((c) => c.ref === ref && c.text !== undefined).map((c) => c.text ?? ''),
      ...(statement?.quote?.ref === ref ? [statement.quote.text] : []),
    ],
    claims: ownClaims.filter((c) => c.data.ref === ref).map((c) => c.data),
  }));
  // The passage the research matched to the English text this article follows, if any.
  const matchedPassage = sourceMatches.find((m) => m.data.refs.some((ref) => sentenceRefs.includes(ref)));
  const neighbour = (other: EditionEntry<R> | undefined) =>
    other && { href: url(entryPath(other, locale)), title: other.data.title };

  return {
    headline,
    search,
    reviews,
    ownClaims,
    updated: updatedOn(shows),
    section: { href: href(locale, entry.collection), label: t(`section.${entry.collection}`) },
    date: {
      onTimeline: isTimelineEvent(entry) ? href(locale, 'timeline', `#${entry.slug}`) : undefined,
      source: dateSource && { href: dateSource.url, publication: dateSource.publication },
      sentence: basis?.kind === 'sentence' ? { ref: basis.ref, href: sentenceLink(basis.ref) } : undefined,
      ofArticle: basis?.kind === 'article',
    },
    statement: statement && {
      data: statement,
      speakers: speakers.join(', '),
      spokenBy: recordDiffers(statement) ? recordedSpeakers(statement).map(entityName).join(', ') : undefined,
      addressee: statement.addressee && entityName(statement.addressee),
      // A statement's sentences and their credit are one figure: the quote is shown there, once.
      credit:
        statement.quote &&
        `${fill(t('statement.attributedBy'), { to: attributedTo(statement.speakers.map(inSentence)) })} (${statement.quote.ref})`,
    },
    cite: {
      title: labels.length
        ? fill(t('cite.quoteVerdicts'), { quote: data.title, labels: labels.join(', ') })
        : data.title,
      path,
      shows,
    },
    sentences,
    provenance: matchedPassage && href(locale, 'provenance', `#${matchedPassage.id}`),
    entities: data.entities.map((id) => ({ name: entityName(id), role: entities.get(id)?.role })),
    previous: neighbour(previous),
    next: neighbour(next),
  };
}
