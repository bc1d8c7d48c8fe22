/**
 * The interface strings of every locale (src/i18n/<locale>.ts) have the keys
 * of the base locale's table, no more, no fewer. The types say so to the
 * editor; this rule says so before a build starts, naming the key and the
 * file, where a page would otherwise fail on an undefined string.
 */
import { BASE_LOCALE, LOCALES, localeTable } from '../../../i18n/index.ts';
import type { Problem } from './problems.ts';

/** The keys of each table against the base table's; tables given so a test can pass its own. */
export function missingStrings(
  tables: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  base: string,
): Problem[] {
  const expected = Object.keys(tables[base] ?? {});
  return Object.entries(tables).flatMap(([locale, strings]): Problem[] => {
    if (locale === base) return [];
    const file = `src/i18n/${locale}.ts`;
    const has = (key: string) => typeof strings[key] === 'string';
    return [
      ...expected
        .filter((key) => !has(key))
        .map((key) => ({
          file,
          field: `'${key}'`,
          message: `the interface string '${key}' is missing`,
          fix: `add '${key}': '…' to ${file}, translated from src/i18n/${base}.ts, in the same place`,
        })),
      ...Object.keys(strings)
        .filter((key) => !expected.includes(key))
        .map((key) => ({
          file,
          field: `'${key}'`,
          message: `'${key}' is not a key of src/i18n/${base}.ts, so no page asks for it`,
          fix: `remove it, or correct its spelling to the key in src/i18n/${base}.ts`,
        })),
    ];
  });
}

export function localeTableProblems(): Problem[] {
  return missingStrings(
    Object.fromEntries(LOCALES.map((locale) => [locale, localeTable(locale).strings])),
    BASE_LOCALE,
  );
}
