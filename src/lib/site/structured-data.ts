/**
 * schema.org structured data for the analysis, as plain objects: an
 * Article for the analysis, a ClaimReview per rated claim, a Quotation per
 * quote and a Person, Place or Organization per entity. Nothing here invents
 * an address: the article's own URL is unknown, so its appearance points to
 * the verbatim copy on this site.
 */
import type { ClaimData, ClaimLabel } from '../../schemas/claim.ts';
import type { EntityData } from '../../schemas/entity.ts';
import { ARTICLE_LANG } from '../article/article.ts';

type Json = Record<string, unknown>;

/** Ratings on a 1–4 scale; unverifiable has only a name, opinions are not reviewed at all. */
export const RATING_VALUES: Partial<Record<ClaimLabel, number>> = {
  wrong: 1,
  misleading: 2,
  imprecise: 3,
  exact: 4,
};

export interface SiteInfo {
  readonly name: string;
  /** Who publishes the site, when configured (src/site.ts); the site's own name stands in otherwise. */
  readonly publisher?: string | undefined;
  /** Absolute URL of a path below the base. */
  readonly absolute: (path: string) => string;
}

/** The article under review, as it appears: a French news article of February 2020, author not named. */
export function reviewedArticle(site: SiteInfo): Json {
  return {
    '@type': 'NewsArticle',
    inLanguage: ARTICLE_LANG,
    datePublished: '2020-02',
    url: site.absolute('source/'),
    author: { '@type': 'Person', name: 'Auteur non nommé' },
  };
}

export function claimReview(
  claim: { id: string; data: ClaimData },
  options: { site: SiteInfo; labelText: string; pagePath: string; lang: string },
): Json | undefined {
  if (claim.data.label === 'opinion') return undefined;
  const value = RATING_VALUES[claim.data.label];
  const rating: Json = { '@type': 'Rating', alternateName: options.labelText };
  if (value !== undefined) Object.assign(rating, { ratingValue: value, bestRating: 4, worstRating: 1 });
  const appearance = reviewedArticle(options.site);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    inLanguage: options.lang,
    url: options.site.absolute(`${options.pagePath}#${claim.id}`),
    claimReviewed: claim.data.claim,
    reviewBody: claim.data.conclusion,
    author: {
      '@type': 'Organization',
      name: options.site.publisher ?? options.site.name,
      url: options.site.absolute(''),
    },
    reviewRating: rating,
    itemReviewed: {
      '@type': 'Claim',
      author: appearance['author'],
      appearance,
      firstAppearance: appearance,
    },
  };
}

export function analysisArticle(options: {
  site: SiteInfo;
  headline: string;
  description: string;
  path: string;
  lang: string;
}): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: options.headline,
    description: options.description,
    inLanguage: options.lang,
    url: options.site.absolute(options.path),
    author: { '@type': 'Organization', name: options.site.publisher ?? options.site.name },
    about: reviewedArticle(options.site),
  };
}

export function quotation(options: {
  site: SiteInfo;
  text: string;
  path: string;
  speakers: readonly { name: string; kind: EntityData['kind'] }[];
}): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: options.text,
    url: options.site.absolute(options.path),
    inLanguage: ARTICLE_LANG,
    creator: options.speakers.map((s) => ({ '@type': entityType(s.kind), name: s.name })),
    isPartOf: reviewedArticle(options.site),
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
