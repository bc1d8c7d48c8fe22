/**
 * The fields schema.org types need for the rich results they feed
 * (Google's structured-data guidelines for ClaimReview; schema.org for the
 * rest), as a checker: a list of what is missing or wrong, empty when fine.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function jsonLdProblems(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(jsonLdProblems);
  if (!isObject(data)) return ['not an object'];
  const problems: string[] = [];
  const need = (object: Json, field: string, where: string) => {
    const value = object[field];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      problems.push(`${where}: missing ${field}`);
    }
  };
  const type = data['@type'];
  need(data, '@type', 'root');
  if (type === 'ClaimReview') {
    for (const field of ['url', 'claimReviewed', 'author', 'reviewRating', 'itemReviewed'])
      need(data, field, 'ClaimReview');
    const claimReviewed = data['claimReviewed'];
    if (typeof claimReviewed === 'string' && claimReviewed.length >= 75)
      problems.push('claimReviewed: 75 characters or more');
    const rating = data['reviewRating'];
    if (isObject(rating)) {
      need(rating, 'alternateName', 'reviewRating');
      if (rating['ratingValue'] !== undefined) {
        for (const field of ['bestRating', 'worstRating']) need(rating, field, 'reviewRating');
      }
    }
    const item = data['itemReviewed'];
    if (isObject(item)) {
      if (item['@type'] !== 'Claim') problems.push('itemReviewed: not a Claim');
      need(item, 'appearance', 'itemReviewed');
      need(item, 'author', 'itemReviewed');
    }
  } else if (type === 'Quotation') {
    for (const field of ['text', 'creator']) need(data, field, 'Quotation');
  } else if (type === 'Article') {
    for (const field of ['headline', 'author', 'inLanguage']) need(data, field, 'Article');
  } else if (type === 'Person' || type === 'Organization' || type === 'Place') {
    need(data, 'name', String(type));
  } else problems.push(`unexpected @type ${String(type)}`);
  return problems;
}
