import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/files.ts';
import {
  articleAppearance,
  claimReview,
  entity,
  quotation,
  RATING_VALUES,
  serializeJsonLd,
  type SiteInfo,
} from '../../src/lib/site/structured-data.ts';
import { claimSchema, type ClaimData } from '../../src/schemas/claim.ts';
import { jsonLdProblems } from '../support/structured-data-rules.ts';

const site: SiteInfo = { name: 'Minsk, 1er février 2020', absolute: (path) => `https://example.org/${path}` };
const claim = (
  label: ClaimData['label'],
  type: ClaimData['type'] = 'fact',
): { id: string; data: ClaimData } => ({
  id: 'c04',
  data: claimSchema.parse({
    ref: '§2.1',
    type,
    label,
    entry: 'premier-secretaire-d-etat',
    claim: 'Pompeo est le premier secrétaire d’État américain à visiter la Biélorussie',
    conclusion: 'Faux : James Baker s’est rendu à Minsk en décembre 1991.',
    evidence:
      label === 'opinion' ? [] : [{ kind: 'internal', refs: ['§3.1'], note: 'L’article se contredit.' }],
  }),
});

const appearance = articleAppearance({
  publication: 'mirastnews.net',
  title: 'La Biélorussie en danger',
  date: '2020-02-02',
  url: 'https://mirastnews.net/2020/02/02/x/',
  lang: 'fr',
});
const page = {
  url: 'https://example.org/visite/premier-secretaire-d-etat/',
  lang: 'fr',
  siteRoot: 'https://example.org/',
};

describe('ClaimReview', () => {
  const options = {
    site,
    labelText: 'Faux',
    pagePath: 'visite/premier-secretaire-d-etat/',
    lang: 'fr',
    datePublished: '2026-11-27',
    appearance,
  };

  it('carries every field the format requires, on the page that carries it, with the verdict as alternateName', () => {
    const review = claimReview(claim('wrong'), options);
    expect(jsonLdProblems(review, page)).toEqual([]);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://example.org/visite/premier-secretaire-d-etat/',
      datePublished: '2026-11-27',
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Faux',
        ratingValue: 1,
        bestRating: 4,
        worstRating: 1,
      },
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'NewsArticle', url: 'https://mirastnews.net/2020/02/02/x/' },
      },
    });
  });

  it('names no author for the claim and no publisher for the review when none is known', () => {
    const review = claimReview(claim('wrong'), options);
    expect(review?.['author']).toBeUndefined();
    expect(review?.['publisher']).toBeUndefined();
    expect((review?.['itemReviewed'] as Record<string, unknown>)['author']).toBeUndefined();
    expect(JSON.stringify(review)).not.toContain('non nommé');
  });

  it('fails the rules on an anchor url, a review on another page, a self-appearance or a placeholder author', () => {
    const review = claimReview(claim('wrong'), { ...options, pagePath: 'analyse/#c04' }) ?? {};
    expect(jsonLdProblems(review)).toContain('url: an anchor, not the page that carries the review');
    const elsewhere = claimReview(claim('wrong'), { ...options, pagePath: 'visite/autre/' });
    expect(jsonLdProblems(elsewhere, page).join()).toContain('is not this page');
    const english = claimReview(claim('wrong'), { ...options, lang: 'en' });
    expect(jsonLdProblems(english, page).join()).toContain('inLanguage');
    const ownCopy = claimReview(claim('wrong'), {
      ...options,
      appearance: { '@type': 'NewsArticle', url: 'https://example.org/source/' },
    });
    expect(jsonLdProblems(ownCopy, page).join()).toContain("the site's own copy");
    const invented = {
      ...review,
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Auteur non nommé' } },
    };
    expect(jsonLdProblems(invented).join()).toContain('placeholder');
  });

  it('rates on a scale from wrong to exact, names the unverifiable without a number, and skips opinions', () => {
    expect(Object.entries(RATING_VALUES)).toEqual([
      ['wrong', 1],
      ['misleading', 2],
      ['imprecise', 3],
      ['exact', 4],
    ]);
    const unverifiable = claimReview(claim('unverifiable'), { ...options, labelText: 'Invérifiable' });
    expect(unverifiable?.['reviewRating']).toEqual({ '@type': 'Rating', alternateName: 'Invérifiable' });
    expect(jsonLdProblems(unverifiable, page)).toEqual([]);
    expect(claimReview(claim('opinion', 'opinion'), { ...options, labelText: 'Opinion' })).toBeUndefined();
  });
});

describe('Quotation and entities', () => {
  it('name who said it and where', () => {
    const quote = quotation({
      site,
      text: 'très bien que vous ayez risqué de venir',
      path: 'citations/#x',
      lang: 'fr',
      speakers: [{ name: 'Alexandre Loukachenko', kind: 'person' }],
    });
    expect(jsonLdProblems(quote)).toEqual([]);
    expect(quote['creator']).toEqual([{ '@type': 'Person', name: 'Alexandre Loukachenko' }]);
    const reuters = entity({
      site,
      path: 'entites/reuters/',
      data: { name: 'Reuters', kind: 'media', role: 'Agence', spellings: ['Reuters', 'Thomson Reuters'] },
    });
    expect(reuters).toMatchObject({ '@type': 'Organization', alternateName: ['Thomson Reuters'] });
  });

  it('serialise so that no text can close the script element', () => {
    expect(serializeJsonLd({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(serializeJsonLd({ text: '</script>' }))).toEqual({ text: '</script>' });
  });
});

describe('the analysis content', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const raw = readContent(root);
  // Parsed where a test can report the failure; a file that does not parse is listed by the first test.
  const parsed = raw.claims.map((f) => ({ id: f.id, result: claimSchema.safeParse(f.data) }));

  it('parses every claim', () => {
    // Numbering and the sources cited are rules of the rule book (tests/unit/integrity.test.ts).
    expect(parsed.filter((c) => !c.result.success).map((c) => c.id)).toEqual([]);
  });

  it('rates no opinion and rates nothing without evidence', () => {
    // Read from the files as written, so the rule is checked here and not only by the schema.
    const written = raw.claims.map((f) => f.data as { type?: string; label?: string; evidence?: unknown[] });
    const opinions = written.filter((c) => c.type === 'opinion');
    expect(opinions.length).toBeGreaterThan(0);
    expect(opinions.filter((c) => c.label !== 'opinion')).toEqual([]);
    const rated = written.filter((c) => c.label !== 'opinion');
    expect(rated.length).toBeGreaterThan(0);
    expect(rated.filter((c) => !c.evidence?.length)).toEqual([]);
  });
});
