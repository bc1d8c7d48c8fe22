import { describe, expect, it } from 'vitest';
import { openingVerdict } from '../../src/lib/content/rules/verdict-wording.ts';

describe('the verdict a conclusion opens with', () => {
  it('reads the opening clause, whole words only', () => {
    expect(openingVerdict('Exact sur le fond : la visite précédente date de 1994.', 'fr')).toBe('exact');
    expect(openingVerdict('En partie vérifié : un message a été retrouvé.', 'fr')).toBe('imprecise');
    expect(openingVerdict('Invérifiable mot pour mot : le texte n’a pas été retrouvé.', 'fr')).toBe(
      'unverifiable',
    );
    expect(openingVerdict('Inexact : Baker était à Minsk en 1991.', 'fr')).toBe('wrong');
    expect(openingVerdict('Trompeur par la traduction : « dissolve »', 'fr')).toBe('misleading');
  });

  it('reads each language in its own words', () => {
    expect(openingVerdict('False: Baker was in Minsk in 1991.', 'en')).toBe('wrong');
    expect(openingVerdict('Partly accurate: one message was found.', 'en')).toBe('imprecise');
    expect(openingVerdict('Inaccurate: Baker was in Minsk in 1991.', 'en')).toBe('wrong');
    expect(openingVerdict('False: Baker was in Minsk in 1991.', 'fr')).toBeUndefined();
  });

  it('finds none when the opening states no verdict, even if later words do', () => {
    expect(openingVerdict('La ligne d’en-tête ne donne que le mois. Exact.', 'fr')).toBeUndefined();
  });
});
