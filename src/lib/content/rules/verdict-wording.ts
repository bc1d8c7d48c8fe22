/**
 * Which verdict a conclusion's opening words state, so that the build can
 * refuse a conclusion that opens with another verdict than its badge
 * ("En partie vérifié" under an Invérifiable badge).
 */
import { CLAIM_LABELS, type ClaimLabel } from '../../../schemas/claim.ts';
import { localeTable, type Locale } from '../../../i18n/index.ts';

type Terms = Readonly<Record<ClaimLabel, readonly string[]>>;

/**
 * Words that state a verdict, per language and label, beyond the label's own
 * name in the locale's table (which every locale has, so a conclusion in any
 * edition is held to its label); the longer phrase wins where two begin at
 * one place.
 */
const VERDICT_TERMS: Readonly<Partial<Record<Locale, Terms>>> = {
  fr: {
    exact: [
      'exact',
      'exacte',
      'vérifié',
      'vérifiée',
      'confirmé',
      'confirmée',
      'correct',
      'correcte',
      'juste',
    ],
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
  },
  en: {
    exact: ['accurate', 'exact', 'correct', 'true', 'right', 'confirmed', 'verified'],
    imprecise: [
      'imprecise',
      'approximate',
      'partly accurate',
      'partly true',
      'partly correct',
      'partly verified',
      'partially accurate',
      'partially true',
      'partially verified',
      'mostly accurate',
    ],
    misleading: ['misleading'],
    wrong: ['false', 'wrong', 'incorrect', 'inaccurate', 'untrue', 'erroneous'],
    unverifiable: [
      'unverifiable',
      'unverified',
      'not verifiable',
      'cannot be verified',
      'could not be verified',
    ],
    opinion: ['opinion'],
  },
};

/** The opening clause: the words before the first colon, semicolon, comma or full stop. */
export function openingClause(conclusion: string): string {
  return conclusion.split(/[:;,.]/u)[0] ?? '';
}

/** A locale's verdict words: its synonyms above, and each label's name in its table ("Accurate", "Faux"). */
function termsOf(locale: Locale): Terms {
  const { strings } = localeTable(locale);
  const extra = VERDICT_TERMS[locale];
  const named = (label: ClaimLabel) => (strings[`label.${label}`].split(',')[0] ?? '').trim().toLowerCase();
  return Object.fromEntries(
    CLAIM_LABELS.map((label) => [label, [named(label), ...(extra?.[label] ?? [])].filter(Boolean)]),
  ) as Record<ClaimLabel, string[]>;
}

/** The verdict the opening clause states first in a locale's words, if it states one. */
export function openingVerdict(conclusion: string, locale: Locale): ClaimLabel | undefined {
  const clause = openingClause(conclusion).toLowerCase();
  let best: { label: ClaimLabel; at: number; length: number } | undefined;
  for (const [label, terms] of Object.entries(termsOf(locale)) as [ClaimLabel, readonly string[]][]) {
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
