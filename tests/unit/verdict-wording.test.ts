import { describe, expect, it } from 'vitest';
import { openingVerdict } from '../../src/lib/content/rules/verdict-wording.ts';

describe('the verdict a conclusion opens with', () => {
  it('reads the opening clause, whole words only', () => {
    expect(openingVerdict('Exact sur le fond : la visite précédente date de 1994.')).toBe('exact');
    expect(openingVerdict('En partie vérifié : un message a été retrouvé.')).toBe('imprecise');
    expect(openingVerdict('Invérifiable mot pour mot : le texte n’a pas été retrouvé.')).toBe('unverifiable');
    expect(openingVerdict('Inexact : Baker était à Minsk en 1991.')).toBe('wrong');
    expect(openingVerdict('Trompeur par la traduction : « dissolve »')).toBe('misleading');
  });

  it('finds none when the opening states no verdict, even if later words do', () => {
    expect(openingVerdict('La ligne d’en-tête ne donne que le mois. Exact.')).toBeUndefined();
  });
});
