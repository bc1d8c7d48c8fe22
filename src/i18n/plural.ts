/**
 * A count with its noun agreed: "1 citation affichée", "2 citations affichées",
 * and in French "0 résultat" too, as the language's plural rules say
 * (Intl.PluralRules). Shared by the pages and the page scripts.
 */
import { fill } from './fill.ts';

/** A dictionary string in its two forms, each with a "{count}" slot. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The form the language uses for this count ("many", for a million in French, reads as "other"). */
export function pluralForm(forms: PluralForms, count: number, lang: string): string {
  const rule = rules.get(lang) ?? new Intl.PluralRules(lang);
  rules.set(lang, rule);
  return rule.select(count) === 'one' ? forms.one : forms.other;
}

/** The right form for `count`, with its slots filled. */
export function fillCount(
  forms: PluralForms,
  count: number,
  values: Record<string, string | number>,
  lang: string,
): string {
  return fill(pluralForm(forms, count, lang), { count, ...values });
}
