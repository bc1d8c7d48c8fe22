/**
 * The fields schema.org types need for the rich results they feed (Google's ClaimReview
 * guidelines; schema.org for the rest), and what the site must never claim, as a checker: a list
 * of what is missing or wrong, empty when fine.
 *
 * `page`, when given, is the address of the page that carries the data: a ClaimReview's `url` must
 * be that page, and no appearance of the reviewed claim may be on the site itself (the site's
 * copy of the article is not where it was published).
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The only scale the site rates on (src/lib/site/structured-data.ts, shown on /methode/). */
const SCALE = { worstRating: 1, bestRating: 4 };

export interface PageContext {
  /** The page's address as written in its JSON-LD (absolute or below the base). */
  readonly url: string;
  /** The page's language: a review on it speaks it. */
  readonly lang: string;
  /** The site's own address prefix (e.g. "https://example.org/" or "/"), to refuse self-appearances. */
  readonly siteRoot: string;
}

export function jsonLdProblems(data: unknown, page?: PageContext): string[] {
  if (Array.isArray(data)) return data.flatMap((d) => jsonLdProblems(d, page));
  if (!isObject(data)) return ['not an object'];
  const problems: string[] = [];
  const need = (object: Json, field: string, where: string) => {
    const value = object[field];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      problems.push(`${where}: missing ${field}`);
    }
  };
  /** An author or publisher must be a named Organization or Person, never a placeholder. */
  const credited = (value: unknown, where: string) => {
    if (value === undefined) return;
    if (!isObject(value) || typeof value['name'] !== 'string' || value['name'] === '')
      problems.push(`${where}: not a named Organization or Person`);
    else if (/non nommé|not named|unknown|inconnu/i.test(value['name']))
      problems.push(`${where}: a placeholder name "${value['name']}"`);
  };
  const onSite = (address: unknown) =>
    typeof address === 'string' && page !== undefined && address.startsWith(page.siteRoot);
  const type = data['@type'];
  need(data, '@type', 'root');
  if (type === 'ClaimReview') {
    for (const field of ['url', 'claimReviewed', 'reviewRating', 'itemReviewed'])
      need(data, field, 'ClaimReview');
    const claimReviewed = data['claimReviewed'];
    if (typeof claimReviewed === 'string' && claimReviewed.length >= 75)
      problems.push('claimReviewed: 75 characters or more');
    if (typeof data['url'] === 'string' && data['url'].includes('#'))
      problems.push('url: an anchor, not the page that carries the review');
    if (page && data['url'] !== page.url) problems.push(`url: ${String(data['url'])} is not this page`);
    if (page && data['inLanguage'] !== page.lang)
      problems.push(`inLanguage: ${String(data['inLanguage'])} on a page in ${page.lang}`);
    credited(data['author'], 'ClaimReview.author');
    credited(data['publisher'], 'ClaimReview.publisher');
    const rating = data['reviewRating'];
    if (isObject(rating)) {
      need(rating, 'alternateName', 'reviewRating');
      if (rating['ratingValue'] !== undefined) {
        if (rating['bestRating'] !== SCALE.bestRating || rating['worstRating'] !== SCALE.worstRating)
          problems.push('reviewRating: not on the documented 1–4 scale');
      }
    }
    const item = data['itemReviewed'];
    if (isObject(item)) {
      if (item['@type'] !== 'Claim') problems.push('itemReviewed: not a Claim');
      credited(item['author'], 'itemReviewed.author');
      for (const field of ['appearance', 'firstAppearance']) {
        const work = item[field];
        if (work === undefined) continue;
        const address = isObject(work) ? work['url'] : work;
        if (typeof address !== 'string' || address === '') problems.push(`itemReviewed.${field}: no url`);
        else if (onSite(address)) problems.push(`itemReviewed.${field}: the site's own copy (${address})`);
        if (isObject(work)) credited(work['author'], `itemReviewed.${field}.author`);
      }
    }
  } else if (type === 'Quotation') {
    for (const field of ['text', 'creator']) need(data, field, 'Quotation');
    const part = data['isPartOf'];
    if (isObject(part) && onSite(part['url'])) problems.push("Quotation.isPartOf: the site's own copy");
  } else if (type === 'Article') {
    for (const field of ['headline', 'inLanguage']) need(data, field, 'Article');
    credited(data['author'], 'Article.author');
  } else if (type === 'Person' || type === 'Organization' || type === 'Place') {
    need(data, 'name', String(type));
  } else problems.push(`unexpected @type ${String(type)}`);
  return problems;
}
