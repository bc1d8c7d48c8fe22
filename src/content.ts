/**
 * The site's content, queried once and shared by every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entriesBySentence, sortChronologically, type AnalysisEntry } from './lib/entries.ts';
import { contentDirectory } from './lib/content-dir.ts';
import { ARTICLE_FILE } from './lib/content-files.ts';
import { SECTIONS, type SectionCollection } from './lib/sections.ts';
import { parseArticle, sentenceOrder } from './lib/source.ts';
import { timelineItems, typesetEvent } from './lib/timeline.ts';
import { typesetFields } from './lib/typography.ts';
import { lastUpdated, sortChanges } from './lib/transparency.ts';

export type SiteEntry = AnalysisEntry & { readonly entry: CollectionEntry<SectionCollection> };

export const article = parseArticle(readFileSync(join(contentDirectory(), ARTICLE_FILE), 'utf8'));

function toSiteEntry(entry: CollectionEntry<SectionCollection>): SiteEntry {
  const [lang = 'fr', slug = entry.id] = entry.id.split('/');
  // Titles and summaries are the site's own words: typeset them once here.
  const data = typesetFields(entry.data, ['title', 'summary']);
  return { collection: entry.collection, slug, lang, data, entry };
}

const loaded = await Promise.all(SECTIONS.map(({ collection }) => getCollection(collection)));

/** Every analysis entry of the French edition, oldest first. */
export const entries: SiteEntry[] = sortChronologically(
  loaded
    .flat()
    .map(toSiteEntry)
    .filter((e) => e.lang === 'fr'),
);

export const coverage = entriesBySentence(entries);

export function entriesOf(collection: SectionCollection): SiteEntry[] {
  return entries.filter((e) => e.collection === collection);
}

export const entities = new Map((await getCollection('entities')).map((e) => [e.id, e.data]));

/** An entity's name as the site writes it; the id itself if there is no such entity (the rules forbid it). */
export const entityName = (id: string): string => entities.get(id)?.name ?? id;
export const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));

/** A data collection's French files, each with its file name as id. */
const frenchEdition = <T>(list: { id: string; data: T }[]) =>
  list
    .map((item) => ({ id: item.id.split('/')[1] ?? item.id, lang: item.id.split('/')[0], data: item.data }))
    .filter((item) => item.lang === 'fr');

const typesetEvidence = <E extends { note: string }>(evidence: E[]) =>
  evidence.map((item) => typesetFields(item, ['note']));

/** Context events; their titles and texts are the site's own words, typeset here. */
export const events = frenchEdition(await getCollection('events')).map((e) => ({
  ...e,
  data: typesetEvent(e.data),
}));

/** The whole story, article and context, oldest first. */
export const timeline = timelineItems(entries, events);

/** Verdicts on the article's claims, in the order of the article. */
export const claims = frenchEdition(await getCollection('claims'))
  .map((c) => ({
    ...c,
    data: { ...typesetFields(c.data, ['claim', 'conclusion']), evidence: typesetEvidence(c.data.evidence) },
  }))
  .sort((a, b) => sentenceOrder(a.data.ref) - sentenceOrder(b.data.ref) || a.id.localeCompare(b.id));

/** What the article leaves out. */
export const omissions = frenchEdition(await getCollection('omissions')).map((o) => ({
  ...o,
  data: { ...typesetFields(o.data, ['title', 'text']), evidence: typesetEvidence(o.data.evidence) },
}));

// The rules (src/lib/integrity.ts) have checked what these name before the build started.
const loadedChanges = frenchEdition(await getCollection('changes'));
const loadedFindings = frenchEdition(await getCollection('findings'));
const loadedMatches = frenchEdition(await getCollection('provenance'));

/** The changelog of the analysis, newest first; its texts are the site's own words. */
export const changes = sortChanges(loadedChanges).map((c) => ({
  ...c,
  data: typesetFields(c.data, ['text']),
}));

/** The home page's key findings, in their order. */
export const findings = loadedFindings
  .map((f) => ({ ...f, data: typesetFields(f.data, ['text']) }))
  .sort((a, b) => a.data.order - b.data.order);

/** Passages of the article matched to their English near-source, in the order of the article. */
export const sourceMatches = loadedMatches
  .map((m) => ({ ...m, data: { ...m.data, changes: m.data.changes.map((c) => typesetFields(c, ['note'])) } }))
  .sort((a, b) => sentenceOrder(a.data.refs[0] ?? '') - sentenceOrder(b.data.refs[0] ?? ''));

/** The day the page was last updated, from the changes to what it shows (ids), or to anything. */
export const updatedOn = (shown: Iterable<string> | 'everything' = 'everything') =>
  lastUpdated(changes, shown);
