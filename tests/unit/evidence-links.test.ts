import { describe, expect, it } from 'vitest';
import {
  evidenceLinkProblems,
  evidencePlainText,
  evidenceRuns,
} from '../../src/lib/content/evidence-links.ts';

const text =
  'Le cadre est [exact](c05). Mais l’article [se trompe](c04) et [tait une offre](offre-de-petrole).';

describe('evidence links', () => {
  it('reads the text as runs of plain words and linked words with their id', () => {
    expect(evidenceRuns(text)).toEqual([
      { text: 'Le cadre est ' },
      { text: 'exact', evidence: 'c05' },
      { text: '. Mais l’article ' },
      { text: 'se trompe', evidence: 'c04' },
      { text: ' et ' },
      { text: 'tait une offre', evidence: 'offre-de-petrole' },
      { text: '.' },
    ]);
    expect(evidencePlainText(text)).toBe('Le cadre est exact. Mais l’article se trompe et tait une offre.');
  });

  it('names an id that exists nowhere, a link written wrong, and a verdict with no link', () => {
    const known = (id: string) => ['c04', 'c05', 'offre-de-petrole'].includes(id);
    expect(evidenceLinkProblems(text, known)).toEqual([]);
    expect(evidenceLinkProblems('Il [se trompe](c99).', known)).toEqual([
      '"[se trompe](c99)" names no claim, omission or page',
    ]);
    expect(evidenceLinkProblems('Il [se trompe] (c04), [exact](c05).', known)[0]).toMatch(
      /a link is written wrong near "Il \[se trompe\] \(c04\),"/,
    );
    expect(evidenceLinkProblems('Sans preuve.', known)).toEqual([
      'the verdict links to none of its evidence: mark the words with [the words](id)',
    ]);
  });
});
