import { describe, expect, it } from 'vitest';
import {
  BASE_LOCALE,
  LOCALES,
  localeOfPath,
  localePath,
  localeTable,
  ROUTES,
  timelineDataPath,
  twinPath,
  useCounts,
  useDates,
  useTranslations,
} from '../../src/i18n/index.ts';
import { FILLER_WORDS } from '../../src/lib/search/filler-words.ts';
import { mismatchedLists, withTranslation } from '../../src/lib/content/translations.ts';

describe('the locale tables', () => {
  it('give every locale the same interface strings, placeholders and plural pairs', () => {
    const base = localeTable(BASE_LOCALE).strings;
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const locale of LOCALES) {
      const { strings } = localeTable(locale);
      expect(Object.keys(strings), locale).toEqual(Object.keys(base));
      for (const [key, text] of Object.entries(base))
        expect(placeholders(strings[key as keyof typeof strings]), `${locale} ${key}`).toEqual(
          placeholders(text),
        );
    }
  });

  it('give every route a folder of its own in each locale, and each locale a prefix of its own', () => {
    for (const locale of LOCALES) {
      const folders = ROUTES.map((route) => localeTable(locale).routes[route]).filter(Boolean);
      expect(new Set(folders).size, locale).toBe(ROUTES.length - 1);
    }
    const prefixes = LOCALES.map((locale) => localeTable(locale).prefix);
    expect(new Set(prefixes).size).toBe(LOCALES.length);
    expect(localeTable(BASE_LOCALE).prefix).toBe('');
  });

  it('have a list of filler words for each language, so whole questions work in each edition', () => {
    for (const locale of LOCALES) expect(FILLER_WORDS[localeTable(locale).lang], locale).toBeDefined();
  });

  it('keep French spacing to French', () => {
    expect(useTranslations('fr')('punct.colon')).toBe('\u00a0:');
    expect(useTranslations('en')('punct.colon')).toBe(':');
    expect(localeTable('en').typeset('Pompeo: it’s ?')).toBe('Pompeo: it’s ?');
    // The article's words keep their guillemets on an English page, held to the words.
    expect(localeTable('en').typeset('the word « x » here')).toBe('the word «\u202Fx\u202F» here');
    expect(localeTable('fr').typeset('Pompeo : « x » ?')).toMatch(/\u00a0:/);
  });

  it('write dates and counts with each language’s rules', () => {
    expect(useDates('fr')({ iso: '2020-02-01', precision: 'day' })).toBe('1er février 2020');
    expect(useDates('en')({ iso: '2020-02-01', precision: 'day' })).toMatch(
      /^1 February 2020$|^February 1, 2020$/,
    );
    // French says "0 événement", English "0 events": the plural rules differ at zero.
    expect(useCounts('fr')('timeline.count', 0)).toMatch(/^0 \S+$/);
    expect(useCounts('fr')('timeline.count', 0)).toBe(useCounts('fr')('timeline.count', 1).replace('1', '0'));
    expect(useCounts('en')('timeline.count', 0)).toBe(useCounts('en')('timeline.count', 2).replace('2', '0'));
  });
});

describe('addresses in each locale', () => {
  it('put the base edition at the root and the others under their prefix', () => {
    expect(localePath('fr', 'timeline')).toBe('chronologie/');
    expect(localePath('en', 'timeline', '#x')).toBe('en/timeline/#x');
    expect(localePath('fr', 'home')).toBe('');
    expect(localePath('en', 'home')).toBe('en/');
    expect(timelineDataPath('fr')).toBe('chronologie.json');
    expect(timelineDataPath('en')).toBe('en/timeline.json');
  });

  it('tell a page’s locale from its path', () => {
    expect(localeOfPath('en/visit/x/')).toBe('en');
    expect(localeOfPath('/visite/x/')).toBe('fr');
    expect(localeOfPath('')).toBe('fr');
    // A French page whose folder merely starts like a prefix stays French.
    expect(localeOfPath('entites/')).toBe('fr');
  });

  it('find each page’s twin, filters and ids included', () => {
    expect(twinPath('chronologie/energie/contexte/', 'en')).toBe('en/timeline/energy/context/');
    expect(twinPath('en/timeline/article/', 'fr')).toBe('chronologie/article/');
    expect(twinPath('en/article/', 'fr')).toBe('source/');
    expect(twinPath('declarations/selon-reuters/', 'en')).toBe('en/statements/selon-reuters/');
    expect(twinPath('en/analysis/misleading/', 'fr')).toBe('analyse/misleading/');
    expect(twinPath('', 'en')).toBe('en/');
    expect(twinPath('en/', 'fr')).toBe('');
    expect(twinPath('en/404/', 'fr')).toBe('');
    for (const locale of LOCALES)
      for (const route of ROUTES) {
        const path = localePath(locale, route);
        for (const other of LOCALES) expect(twinPath(twinPath(path, other), locale)).toBe(path);
      }
  });
});

describe('a translation laid over its base', () => {
  const base = {
    date: '2020-02-01',
    title: 'Titre',
    evidence: [
      { kind: 'external', source: 'afp', note: 'Note une' },
      { kind: 'internal', refs: ['§1.1'], note: 'Note deux' },
    ],
  };

  it('takes the prose from the translation and every fact from the base', () => {
    const merged = withTranslation(base, {
      title: 'Title',
      evidence: [{ note: 'Note one' }, { note: 'Note two' }],
    });
    expect(merged).toEqual({
      date: '2020-02-01',
      title: 'Title',
      evidence: [
        { kind: 'external', source: 'afp', note: 'Note one' },
        { kind: 'internal', refs: ['§1.1'], note: 'Note two' },
      ],
    });
    expect(withTranslation(base, undefined)).toBe(base);
  });

  it('names the lists that do not follow the base item for item', () => {
    expect(mismatchedLists(base, { evidence: [{ note: 'x' }] })).toEqual([
      { field: 'evidence', base: 2, translation: 1 },
    ]);
    expect(mismatchedLists(base, { evidence: [{ note: 'x' }, {}] })).toEqual([]);
  });
});
