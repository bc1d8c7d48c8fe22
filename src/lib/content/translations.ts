/**
 * A locale's prose laid over the base locale's facts. Translation files hold
 * only prose (src/schemas/translation.ts); the facts come from the base file,
 * so every edition shows the same dates, references and verdicts.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The base data with the translation's fields in place of its own. Lists are
 * matched item by item; a field the translation leaves out keeps the base's
 * value (a language-neutral fact, or a proper name the same in both).
 */
export function withTranslation<T>(base: T, translation: unknown): T {
  if (translation === undefined) return base;
  if (Array.isArray(base) && Array.isArray(translation))
    return base.map((item: unknown, i) => withTranslation(item, translation[i])) as T;
  if (isRecord(base) && isRecord(translation)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(translation)) merged[key] = withTranslation(base[key], value);
    return merged as T;
  }
  return translation as T;
}

/** The lists of the translation that do not follow the base's item for item: "evidence" (2 in the base, 1 here). */
export function mismatchedLists(
  base: unknown,
  translation: unknown,
  path = '',
): { field: string; base: number; translation: number }[] {
  if (Array.isArray(base) && Array.isArray(translation)) {
    const here =
      base.length === translation.length
        ? []
        : [{ field: path, base: base.length, translation: translation.length }];
    return [
      ...here,
      ...translation.flatMap((item: unknown, i) => mismatchedLists(base[i], item, `${path}[${i}]`)),
    ];
  }
  if (isRecord(base) && isRecord(translation))
    return Object.entries(translation).flatMap(([key, value]) =>
      mismatchedLists(base[key], value, path ? `${path}.${key}` : key),
    );
  return [];
}
