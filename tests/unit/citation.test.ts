import { describe, expect, it } from 'vitest';
import { bibtexCitation, bibtexEscape, plainCitation } from '../../src/lib/site/citation.ts';

const item = {
  key: 'c04',
  title:
    'Vérification : « Pompeo est le premier secrétaire d’État américain à visiter la Biélorussie », Faux',
  siteName: 'Minsk, 1er février 2020',
  url: 'https://example.org/analyse/#c04',
  updated: '2026-11-27',
  lang: 'fr',
  quote: (words: string) => `« ${words} »`,
};
const day = (iso: string) => (iso === '2026-11-27' ? '27 novembre 2026' : iso);

describe('citations', () => {
  it('cite in press style: title, site, date of last update, address', () => {
    expect(plainCitation(item, day, 'mis à jour le')).toBe(
      '« Vérification : « Pompeo est le premier secrétaire d’État américain à visiter la Biélorussie », Faux », Minsk, 1er février 2020, mis à jour le 27 novembre 2026, https://example.org/analyse/#c04',
    );
  });

  it('name the publisher only when one is configured', () => {
    expect(plainCitation({ ...item, publisher: 'Éditions X' }, day, 'mis à jour le')).toContain(
      'Minsk, 1er février 2020 (Éditions X)',
    );
    expect(bibtexCitation(item)).not.toContain('author');
    expect(bibtexCitation(item)).toContain('organization = {Minsk, 1er février 2020}');
  });

  it('write a BibLaTeX record whose braces balance, whatever the title', () => {
    const record = bibtexCitation({ ...item, title: 'Un titre {bizarre} à 100 % & #1_' });
    expect(record).toMatch(/^@online\{minsk2020-c04,\n/);
    expect(record).toContain('title = {Un titre \\{bizarre\\} à 100 \\% \\& \\#1\\_}');
    expect(record).toContain('date = {2026-11-27}');
    expect(record).toContain('url = {https://example.org/analyse/#c04}');
    const unescaped = record.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
    expect(bibtexEscape('a\\b')).toBe('a\\textbackslash{}b');
  });

  it('cite an English page in English quotation marks, with its language', () => {
    const english = { ...item, title: 'Fact-check: “x”, False', lang: 'en', quote: (w: string) => `“${w}”` };
    expect(plainCitation(english, day, 'updated')).toMatch(/^“Fact-check: “x”, False”, /);
    expect(bibtexCitation(english)).toContain('langid = {english}');
    expect(bibtexCitation(item)).toContain('langid = {french}');
  });
});
