/**
 * The site's content, queried once and shared by every page: one edition per
 * locale, each built by src/lib/content/edition.ts from the base locale's facts and
 * that locale's prose. Everything comes from the collections (src/content.config.ts),
 * the article too: the files were read once, by the content rules.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { BASE_LOCALE, LOCALES, localeTable, type Locale } from './i18n/index.ts';
import { DATA_COLLECTIONS, type DataCollection } from './lib/content/collections.ts';
import { buildEdition, type EditionEntry } from './lib/content/edition.ts';
import { SECTIONS, type SectionCollection } from './lib/content/sections.ts';
import { parseArticle } from './lib/article/article.ts';

export type Renderable = CollectionEntry<SectionCollection | `${SectionCollection}-translations`>;
export type SiteEntry = EditionEntry<Renderable>;

const received = await getEntry('article', BASE_LOCALE);
// The content rules stop the build before any page without it.
if (!received) throw new Error('no article in the content collections');
export const article = parseArticle(received.data.text);

// Sentence by sentence: every entry page asks for it.
const articleTranslations = new Map(
  (await getCollection('article-translations')).map((entry): [string, ReadonlyMap<string, string>] => [
    entry.id,
    new Map(Object.entries(entry.data)),
  ]),
);

/** The site's translation of the article in a locale, sentence id ("§4.2") → text; empty for the base locale. */
export function articleTranslation(locale: Locale): ReadonlyMap<string, string> {
  return articleTranslations.get(locale) ?? new Map();
}

const sectionEntries = (
  await Promise.all(SECTIONS.map(({ collection }) => getCollection(collection)))
).flat();
const sectionTranslations = (
  await Promise.all(SECTIONS.map(({ collection }) => getCollection(`${collection}-translations`)))
).flat();

const data = Object.fromEntries(
  await Promise.all(DATA_COLLECTIONS.map(async (name) => [name, await getCollection(name)] as const)),
) as { [N in DataCollection]: CollectionEntry<N>[] };
const dataTranslations = (
  await Promise.all(DATA_COLLECTIONS.map((name) => getCollection(`${name}-translations`)))
).flat();

/** "en/x" → ["en", "x"]: translation ids carry their locale's folder. */
const splitId = (id: string): [string, string] => {
  const [locale = '', ...rest] = id.split('/');
  return [locale, rest.join('/')];
};

function proseOf(locale: Locale) {
  const prose = new Map<string, { data: unknown; body?: Renderable }>();
  if (locale === BASE_LOCALE) return prose;
  for (const entry of sectionTranslations) {
    const [folder, id] = splitId(entry.id);
    if (folder === locale)
      prose.set(`${entry.collection.replace(/-translations$/, '')}/${id}`, { data: entry.data, body: entry });
  }
  for (const item of dataTranslations) {
    const [folder, id] = splitId(item.id);
    if (folder === locale)
      prose.set(`${item.collection.replace(/-translations$/, '')}/${id}`, { data: item.data });
  }
  return prose;
}

const stripFolder = <T extends { id: string }>(item: T) => ({
  ...item,
  id: item.id.split('/').pop() ?? item.id,
});

const editions = new Map(
  LOCALES.map((locale) => [
    locale,
    buildEdition<Renderable>({
      entries: sectionEntries.map((entry) => ({
        collection: entry.collection,
        id: stripFolder(entry).id,
        data: entry.data,
        body: entry,
      })),
      events: data.events.map(stripFolder),
      claims: data.claims.map(stripFolder),
      omissions: data.omissions.map(stripFolder),
      changes: data.changes.map(stripFolder),
      findings: data.findings.map(stripFolder),
      verdicts: data.verdicts.map(stripFolder),
      provenance: data.provenance.map(stripFolder),
      entities: data.entities,
      sources: data.sources,
      prose: proseOf(locale),
      typeset: localeTable(locale).typeset,
      locale,
    }),
  ]),
);

/** Everything a page of a locale shows. */
export function contentFor(locale: Locale) {
  const edition = editions.get(locale);
  if (!edition) throw new Error(`no edition "${locale}"`);
  return edition;
}
export type SiteContent = ReturnType<typeof contentFor>;
