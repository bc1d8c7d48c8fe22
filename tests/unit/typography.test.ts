/**
 * Every prose field the pages render is typeset in its edition's typography
 * (no-break spaces before ; : ! ? » and inside « » in French): the edition
 * model the pages and search records are built from (src/lib/content/edition.ts)
 * is walked field by field, so a field added without its typesetting fails here.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { LOCALES, localeTable, type Locale } from '../../src/i18n/index.ts';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { readContent, type RawFile } from '../../src/lib/content/files.ts';
import { claimSchema, omissionSchema } from '../../src/schemas/claim.ts';
import { entitySchema } from '../../src/schemas/entity.ts';
import { entrySchema, statementSchema } from '../../src/schemas/entry.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { changeSchema, findingSchema, sourceMatchSchema } from '../../src/schemas/transparency.ts';

const root = new URL('../../', import.meta.url).pathname;
const raw = readContent(root);
const parsed = <S extends z.ZodType>(files: readonly RawFile[], schema: S) =>
  files.map((f) => ({ id: f.id, data: schema.parse(f.data) as z.infer<S> }));

function edition(locale: Locale) {
  return buildEdition<undefined>({
    entries: raw.entries.map((e) => ({
      collection: e.collection,
      id: e.id,
      data: (e.collection === 'statements' ? statementSchema : entrySchema).parse(e.data),
      body: undefined,
    })),
    events: parsed(raw.events, eventSchema),
    claims: parsed(raw.claims, claimSchema),
    omissions: parsed(raw.omissions, omissionSchema),
    changes: parsed(raw.changes, changeSchema),
    findings: parsed(raw.findings, findingSchema),
    provenance: parsed(raw.provenance, sourceMatchSchema),
    entities: parsed(raw.entities, entitySchema),
    sources: parsed(raw.sources, sourceSchema),
    prose: new Map(
      raw.translations
        .filter((f) => f.locale === locale)
        .map((f) => [`${f.collection}/${f.id}`, { data: f.data }]),
    ),
    typeset: localeTable(locale).typeset,
    locale,
  });
}

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
