import { describe, expect, it } from 'vitest';
import { recordDiffers, recordedSpeakers } from '../../src/lib/content/attribution.ts';
import { toWhom, toWhomAll } from '../../src/i18n/grammar.ts';
import { siteCredit } from '../../src/lib/site/citation.ts';
import { citationText, nestQuotes } from '../../src/lib/content/citation-text.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';

/** Compares with plain spaces: the text keeps French no-break spaces, which the tests need not spell. */
const plain = (text: string) => text.replace(/[\u00A0\u202F]/gu, ' ');

describe('whom the article credits', () => {
  it('contracts "à le" and "à les" as French does, and leaves other names after "à"', () => {
    expect(toWhom('le ministère biélorusse des Affaires étrangères')).toBe(
      'au ministère biélorusse des Affaires étrangères',
    );
    expect(toWhom('les autorités biélorusses')).toBe('aux autorités biélorusses');
    expect(toWhom('Reuters')).toBe('à Reuters');
    expect(toWhom('la présidence')).toBe('à la présidence');
  });

  it('names several speakers each with its preposition', () => {
    expect(toWhomAll(['Mike Pompeo', 'Alexandre Loukachenko'])).toBe(
      'à Mike Pompeo et à Alexandre Loukachenko',
    );
  });

  it('keeps the article’s speakers unless the record names someone else', () => {
    const article = { speakers: ['autorites-bielorusses'], attribution: {} };
    const record = { speakers: ['autorites-bielorusses'], attribution: { spokenBy: ['makei'] } };
    expect(recordedSpeakers(article)).toEqual(['autorites-bielorusses']);
    expect(recordDiffers(article)).toBe(false);
    expect(recordedSpeakers(record)).toEqual(['makei']);
    expect(recordDiffers(record)).toBe(true);
  });
});

const FRENCH_VERDICTS = fr['quotes.copyVerdicts'];

describe('the copied citation', () => {
  it('says whose attribution it is and carries the verdict', () => {
    const text = citationText({
      words: 'le renforcement du rôle des États-Unis en Biélorussie',
      attribution: `attribué par l’article ${toWhomAll(['le ministère biélorusse des Affaires étrangères'])}`,
      verdicts: ['Trompeur'],
      verdictsLine: FRENCH_VERDICTS,
      link: 'https://example.org/citations/#mae-role-des-etats-unis',
    });
    expect(plain(text)).toBe(
      '« le renforcement du rôle des États-Unis en Biélorussie » — attribué par l’article au ministère biélorusse des Affaires étrangères ; vérification : Trompeur (https://example.org/citations/#mae-role-des-etats-unis)',
    );
  });

  it('gives every label once, and no verification part when nothing is rated', () => {
    const input = {
      words: 'x',
      attribution: `attribué par l’article ${toWhomAll(['Reuters'])}`,
      verdictsLine: FRENCH_VERDICTS,
      link: '/c/',
    };
    expect(plain(citationText({ ...input, verdicts: ['Exact', 'Trompeur', 'Exact'] }))).toContain(
      '; vérification : Exact, Trompeur (/c/)',
    );
    expect(plain(citationText({ ...input, verdicts: [] }))).toBe(
      '« x » — attribué par l’article à Reuters (/c/)',
    );
  });

  it('credits the site and its declared publisher before the address, and only the address when not given', () => {
    const input = {
      words: 'x',
      attribution: `attribué par l’article ${toWhomAll(['Reuters'])}`,
      verdicts: ['Exact'],
      verdictsLine: FRENCH_VERDICTS,
      link: '/c/',
    };
    expect(plain(citationText({ ...input, credit: siteCredit('Le site', 'Rédaction Fictive') }))).toMatch(
      /\(Le site \(Rédaction Fictive\), \/c\/\)$/,
    );
    expect(plain(citationText({ ...input, credit: siteCredit('Le site', undefined) }))).toMatch(
      /\(Le site, \/c\/\)$/,
    );
  });

  it('keeps the article’s French words on an English page and says the rest in English', () => {
    const text = citationText({
      words: 'l’échange d’ambassadeurs',
      attribution: 'attributed by the article to Mike Pompeo and Alexander Lukashenko',
      verdicts: ['Imprecise'],
      verdictsLine: en['quotes.copyVerdicts'],
      link: '/en/quotes/#x',
    });
    expect(plain(text)).toBe(
      '« l’échange d’ambassadeurs » — attributed by the article to Mike Pompeo and Alexander Lukashenko; verdict: Imprecise (/en/quotes/#x)',
    );
  });

  it('nests the article’s own guillemets as “ ” inside the quote', () => {
    expect(nestQuotes('ont dit être convenus pour« l’échange d’ambassadeurs » avec')).toBe(
      'ont dit être convenus pour“l’échange d’ambassadeurs” avec',
    );
  });
});
