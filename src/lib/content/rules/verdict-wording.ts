/**
 * Which verdict a conclusion's opening words state, so that the build can
 * refuse a conclusion that opens with another verdict than its badge
 * ("En partie vérifié" under an Invérifiable badge).
 */
import type { ClaimLabel } from '../../../schemas/claim.ts';

/** Words that state a verdict, per label; the longer phrase wins where two begin at one place. */
const VERDICT_TERMS: Readonly<Record<ClaimLabel, readonly string[]>> = {
  exact: ['exact', 'exacte', 'vérifié', 'vérifiée', 'confirmé', 'confirmée', 'correct', 'correcte', 'juste'],
  imprecise: [
    'imprécis',
    'imprécise',
    'approximatif',
    'approximative',
    'en partie vérifié',
    'en partie vérifiée',
    'en partie exact',
    'en partie exacte',
    'partiellement vérifié',
    'partiellement exact',
  ],
  misleading: ['trompeur', 'trompeuse'],
  wrong: ['faux', 'fausse', 'inexact', 'inexacte', 'erroné', 'erronée'],
  unverifiable: ['invérifiable', 'invérifiables', 'non vérifiable', 'introuvable'],
  opinion: ['opinion'],
};

/** The opening clause: the words before the first colon, semicolon, comma or full stop. */
export function openingClause(conclusion: string): string {
  return conclusion.split(/[:;,.]/u)[0] ?? '';
}

/** The verdict the opening clause states first, if it states one. */
export function openingVerdict(conclusion: string): ClaimLabel | undefined {
  const clause = openingClause(conclusion).toLowerCase();
  let best: { label: ClaimLabel; at: number; length: number } | undefined;
  for (const [label, terms] of Object.entries(VERDICT_TERMS) as [ClaimLabel, readonly string[]][]) {
    for (const term of terms) {
      // Whole words only: "exact" is not in "inexact", "vérifiable" not in "invérifiable".
      const match = new RegExp(`(?<!\\p{L})${term}(?!\\p{L})`, 'u').exec(clause);
      if (!match) continue;
      const better = !best || match.index < best.at || (match.index === best.at && term.length > best.length);
      if (better) best = { label, at: match.index, length: term.length };
    }
  }
  return best?.label;
}
