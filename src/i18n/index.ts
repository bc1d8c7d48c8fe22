import type { DateWords } from '../lib/dates.ts';
import { frenchTypography } from '../lib/typography.ts';
import { fr, type UiKey } from './fr.ts';

const dictionaries = { fr } as const;
export type Lang = keyof typeof dictionaries;
export const DEFAULT_LANG: Lang = 'fr';

export function useTranslations(lang: Lang = DEFAULT_LANG) {
  return (key: UiKey): string => frenchTypography(dictionaries[lang][key]);
}

/** The words dates are written with, beyond month names. */
export function dateWords(lang: Lang = DEFAULT_LANG): DateWords {
  const t = useTranslations(lang);
  return { around: t('date.around'), firstOfMonth: t('date.firstOfMonth') };
}

export type { UiKey };

export { fill } from '../lib/fill.ts';
