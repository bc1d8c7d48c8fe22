import type { DateWords } from '../lib/dates.ts';
import type { PluralForms } from '../lib/plural.ts';
import { frenchTypography } from '../lib/typography.ts';
import { fr, type UiKey } from './fr.ts';

const dictionaries = { fr } as const;
export type Lang = keyof typeof dictionaries;
export const DEFAULT_LANG: Lang = 'fr';

export function useTranslations(lang: Lang = DEFAULT_LANG) {
  return (key: UiKey): string => frenchTypography(dictionaries[lang][key]);
}

/** The keys that come in two forms, "<key>.one" and "<key>.other". */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}.one` ? Base : never }[UiKey];

/** Both forms of a counted string, for fillCount (src/lib/plural.ts). */
export function pluralForms(key: PluralKey, lang: Lang = DEFAULT_LANG): PluralForms {
  const t = useTranslations(lang);
  return { one: t(`${key}.one` as UiKey), other: t(`${key}.other` as UiKey) };
}

/** The words dates are written with, beyond month names. */
export function dateWords(lang: Lang = DEFAULT_LANG): DateWords {
  const t = useTranslations(lang);
  return { around: t('date.around'), firstOfMonth: t('date.firstOfMonth') };
}

export type { UiKey };

export { fill } from '../lib/fill.ts';
export { fillCount } from '../lib/plural.ts';
