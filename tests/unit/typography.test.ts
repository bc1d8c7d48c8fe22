/**
 * Every prose field the pages render is typeset in its edition's typography
 * (no-break spaces before ; : ! ? » and inside « » in French): the edition
 * model the pages and search records are built from (src/lib/content/edition.ts)
 * is walked field by field, so a field added without its typesetting fails here.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, localeTable, type Locale } from '../../src/i18n/index.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { editionFromFiles } from '../../src/lib/search/content.ts';

const root = new URL('../../', import.meta.url).pathname;
const raw = readContent(root);
const edition = (locale: Locale) => editionFromFiles(raw, locale);

/**
 * Fields that are someone else's words, shown as written: the article's
 * (quote, covers, span, a match's French), a source's (its English, its
 * title, its publication, a wording it reported), names and addresses.
 */
const VERBATIM =
  /(?:^|\.)(?:quote\.text|covers\[\d+\]\.text|span|english|en|fr|reportedInEnglish\.text|title|publication|url|spellings\[\d+\]|name|inSentence|id|slug|ref|refs\[\d+\])$/;
const SOURCE_WORDS = /^sources\./;

/** Every string of a value, with its path. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value instanceof Map) return [...value].flatMap(([k, v]) => strings(v, `${path}.${String(k)}`));
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the typography of every rendered prose field', () => {
  it.each(LOCALES)('is applied in the %s edition', (locale) => {
    const { typeset } = localeTable(locale);
    const { entries, events, claims, omissions, changes, findings, sourceMatches, entities } =
      edition(locale);
    const model = {
      entries: entries.map((e) => ({ [`${e.collection}/${e.slug}`]: e.data })),
      events,
      claims,
      omissions,
      changes,
      findings,
      sourceMatches,
      entities,
    };
    const prose = strings(model, '').filter(([path]) => !VERBATIM.test(path) && !SOURCE_WORDS.test(path));
    // The check must see the fields it guards: attribution notes are rendered on every statement page.
    expect(prose.some(([path]) => /attribution\.evidence\[\d+\]\.note$/.test(path))).toBe(true);
    const untypeset = prose
      .filter(([, text]) => typeset(text) !== text)
      .map(([path, text]) => `${path}: ${text}`);
    expect(untypeset).toEqual([]);
  });
});
