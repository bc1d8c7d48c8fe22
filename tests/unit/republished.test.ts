import { describe, expect, it } from 'vitest';
import { LOCALES, localeTable, useTranslations } from '../../src/i18n/index.ts';
import { buildEdition } from '../../src/lib/content/edition.ts';
import type { SourceData } from '../../src/schemas/source.ts';

const original: SourceData = {
  publication: 'Reuters',
  url: 'https://www.reuters.com/article/x',
  lang: 'en',
};
const copy: SourceData = {
  publication: 'AFP',
  republishedBy: 'Yahoo',
  url: 'https://www.yahoo.com/x',
  lang: 'en',
};

/** The sources of an edition built from these two alone. */
function sourcesIn(locale: (typeof LOCALES)[number]) {
  return buildEdition<undefined>({
    entries: [],
    events: [],
    claims: [],
    omissions: [],
    changes: [],
    findings: [],
    verdicts: [],
    provenance: [],
    entities: [],
    sources: [
      { id: 'original', data: original },
      { id: 'copy', data: copy },
    ],
    prose: new Map(),
    typeset: localeTable(locale).typeset,
    locale,
  }).sources;
}

describe('a source read in a copy', () => {
  it.each(LOCALES)('says in its publication line who republished it (%s)', (locale) => {
    const label = useTranslations(locale)('source.republishedBy');
    const sources = sourcesIn(locale);
    expect(sources.get('copy')?.publication).toBe(`AFP, ${label} Yahoo`);
    expect(sources.get('original')?.publication).toBe('Reuters');
  });
});
