/**
 * schema.org structured data for the analysis, as plain objects: an Article for the analysis,
 * a ClaimReview per rated claim (on the entry page that carries it), a Quotation per quote and a
 * Person, Place or Organization per entity. Nothing here invents: the reviews' author and
 * publisher are the publisher declared in content/publisher.yaml, left out when none is; the
 * article under review is described by where it was actually published (the copy the research
 * recorded), never by this site's own copy of its text; its author is not named, so none is given.
 */
import type { ClaimData, ClaimLabel } from '../../schemas/claim.ts';
import type { EntityData } from '../../schemas/entity.ts';
import type { PublisherData } from '../../schemas/publisher.ts';
import type { SourceData } from '../../schemas/source.ts';

type Json = Record<string, unknown>;

/**
 * The numeric scale behind the labels, for ClaimReview's reviewRating: 1 (wrong) to 4 (exact).
 * Unverifiable has no number (only its name, as alternateName); an opinion is not a claim of fact
 * and gets no ClaimReview at all. /methode/ shows this table.
 */
export const RATING_VALUES: Partial<Record<ClaimLabel, number>> = {
  wrong: 1,
  misleading: 2,
  imprecise: 3,
  exact: 4,
};
export const RATING_SCALE = { worstRating: 1, bestRating: 4 } as const;

export interface SiteInfo {
  /** The site's name in the page's language (the `site.title` key), which credits the work. */
  readonly name: string;
  /** The declared publisher (content/publisher.yaml); undefined when none is declared. */
  readonly publisher?: Pick<PublisherData, 'name' | 'url'> | undefined;
  /** Absolute URL of a path below the base. */
  readonly absolute: (path: string) => string;
}

/** The declared publisher as a schema.org Organization, or undefined: never a stand-in. */
export function publisherOrganization(site: SiteInfo): Json | undefined {
  const publisher = site.publisher;
  return publisher ? { '@type': 'Organization', name: publisher.name, url: publisher.url } : undefined;
}

/**
 * The article as it was published: the copy the research recorded (a source of the content,
 * with its outlet, title, date and address), as a NewsArticle. Undefined when the content does not
 * record one: then the claim has no appearance rather than a made-up one.
 */
export function articleAppearance(copy: SourceData | undefined): Json | undefined {
  if (!copy) return undefined;
  return {
    '@type': 'NewsArticle',
    url: copy.url,
    ...(copy.title ? { headline: copy.title } : {}),
    ...(copy.date ? { datePublished: copy.date } : {}),
    inLanguage: copy.lang,
    publisher: { '@type': 'Organization', name: copy.publication },
  };
}

/** `{ author, publisher }` for the site's own work when a publisher is declared; `{}` otherwise. */
/**
 * The source that records where the article was published: the copy the research found
 * (content/sources/, shown on /provenance/). The article's first publication is not known.
 */
export const ARTICLE_COPY_SOURCE = 'mirastnews-2020-02-02';

/** Where the article appeared, for structured data; undefined when the content does not record it. */
export function articleCopy(sources: ReadonlyMap<string, SourceData>): Json | undefined {
  return articleAppearance(sources.get(ARTICLE_COPY_SOURCE));
}

const credits = (site: SiteInfo): Json => {
  const organization = publisherOrganization(site);
  return organization ? { author: organization, publisher: organization } : {};
};

export interface ClaimReviewOptions {
  readonly site: SiteInfo;
  /** The verdict's name in the page's language ("Faux", "False"). */
  readonly labelText: string;
  /** The page's headline, with its verdict where it has one (src/lib/content/headline.ts). */
  readonly headline?: string | undefined;
  /** The page that carries the review (the claim's entry page), below the base. */
  readonly pagePath: string;
  /** The page's language (BCP 47). */
  readonly lang: string;
  /** The day the review was first published and last changed, from the changelog. */
  readonly datePublished?: string | undefined;
  readonly dateModified?: string | undefined;
  /** Where the article was published (articleAppearance). */
  readonly appearance?: Json | undefined;
}

export function claimReview(
  claim: { id: string; data: ClaimData },
  options: ClaimReviewOptions,
): Json | undefined {
  if (claim.data.label === 'opinion') return undefined;
  const value = RATING_VALUES[claim.data.label];
  const rating: Json = { '@type': 'Rating', alternateName: options.labelText };
  if (value !== undefined) Object.assign(rating, { ratingValue: value, ...RATING_SCALE });
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    inLanguage: options.lang,
    url: options.site.absolute(options.pagePath),
    ...(options.headline ? { headline: options.headline } : {}),
    ...(options.datePublished ? { datePublished: options.datePublished } : {}),
    ...(options.dateModified ? { dateModified: options.dateModified } : {}),
    claimReviewed: claim.data.claim,
    reviewBody: claim.data.conclusion,
    ...credits(options.site),
    reviewRating: rating,
    itemReviewed: {
      '@type': 'Claim',
      ...(options.appearance ? { appearance: options.appearance } : {}),
    },
  };
}

export function analysisArticle(options: {
  site: SiteInfo;
  headline: string;
  description: string;
  path: string;
  lang: string;
  appearance?: Json | undefined;
}): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: options.headline,
    description: options.description,
    inLanguage: options.lang,
    url: options.site.absolute(options.path),
    ...credits(options.site),
    ...(options.appearance ? { about: options.appearance } : {}),
  };
}

export function quotation(options: {
  site: SiteInfo;
  text: string;
  path: string;
  /** The language of the words quoted: the article's. */
  lang: string;
  speakers: readonly { name: string; kind: EntityData['kind'] }[];
  appearance?: Json | undefined;
}): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: options.text,
    url: options.site.absolute(options.path),
    inLanguage: options.lang,
    creator: options.speakers.map((s) => ({ '@type': entityType(s.kind), name: s.name })),
    ...(options.appearance ? { isPartOf: options.appearance } : {}),
  };
}

export function entityType(kind: EntityData['kind']): 'Person' | 'Place' | 'Organization' {
  return kind === 'person' ? 'Person' : kind === 'place' ? 'Place' : 'Organization';
}

export function entity(options: { site: SiteInfo; data: EntityData; path: string }): Json {
  return {
    '@context': 'https://schema.org',
    '@type': entityType(options.data.kind),
    name: options.data.name,
    alternateName: options.data.spellings.filter((s) => s !== options.data.name),
    description: options.data.role,
    url: options.site.absolute(options.path),
  };
}

/** JSON for a <script type="application/ld+json">: no "<" can close the element early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
