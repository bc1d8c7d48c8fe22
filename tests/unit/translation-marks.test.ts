import { describe, expect, it } from 'vitest';
import { quotedPhrases, unmarkedTranslations } from '../../src/lib/content/rules/translation-marks.ts';

const article =
  'Le ministère a officiellement salué « le renforcement du rôle des États-Unis en Biélorussie ».';

describe('the site’s own translations', () => {
  it('reads each phrase in guillemets and whether it carries the mark', () => {
    expect(
      quotedPhrases('Il dit « accueillerait favorablement » (trad. du site) et « would welcome ».'),
    ).toEqual([
      { text: 'accueillerait favorablement', marked: true },
      { text: 'would welcome', marked: false },
    ]);
  });

  it('flags a French phrase that is neither the article’s nor marked', () => {
    expect(
      unmarkedTranslations('Makei dit que Minsk « accueillerait favorablement » un rôle.', article),
    ).toEqual(['accueillerait favorablement']);
  });

  it('lets through the article’s words, English originals and marked translations', () => {
    const prose =
      'L’article écrit « Le renforcement du rôle des États-Unis en Biélorussie » ; BelTA, « We would welcome a more active role » ; Makei, « accueillerait favorablement » (trad. du site).';
    expect(unmarkedTranslations(prose, article)).toEqual([]);
  });
});
