import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { BASE_LOCALE } from './i18n/index.ts';
import { contentDirectory } from './lib/content/dir.ts';
import { claimSchema, omissionSchema } from './schemas/claim.ts';
import { entitySchema } from './schemas/entity.ts';
import { entrySchema, statementSchema } from './schemas/entry.ts';
import { eventSchema } from './schemas/event.ts';
import { sourceSchema } from './schemas/source.ts';
import { changeSchema, findingSchema, sourceMatchSchema } from './schemas/transparency.ts';
import {
  claimTranslationSchema,
  entityTranslationSchema,
  entryTranslationSchema,
  eventTranslationSchema,
  findingTranslationSchema,
  omissionTranslationSchema,
  sourceMatchTranslationSchema,
  sourceTranslationSchema,
  statementTranslationSchema,
  textTranslationSchema,
} from './schemas/translation.ts';

const contentDir = contentDirectory();

const collection = <S extends z.ZodType>(name: string, pattern: string | string[], schema: S) =>
  defineCollection({ loader: glob({ pattern, base: `${contentDir}/${name}` }), schema });

/** The base locale's files of a collection with a folder per locale: every fact, and its prose. */
const base = <S extends z.ZodType>(name: string, ext: string, schema: S) =>
  collection(name, `${BASE_LOCALE}/*.${ext}`, schema);

/**
 * Every other locale's prose of a collection, with ids "<locale>/<id>".
 * Entities and sources keep their language-neutral files at the top, so any
 * folder below holds a locale's prose.
 */
const translations = <S extends z.ZodType>(name: string, ext: string, schema: S, neutral = false) =>
  collection(name, neutral ? `*/*.${ext}` : [`*/*.${ext}`, `!${BASE_LOCALE}/*.${ext}`], schema);

export const collections = {
  'visit-facts': base('visit-facts', 'mdx', entrySchema),
  'visit-facts-translations': translations('visit-facts', 'mdx', entryTranslationSchema),
  statements: base('statements', 'mdx', statementSchema),
  'statements-translations': translations('statements', 'mdx', statementTranslationSchema),
  'energy-dispute': base('energy-dispute', 'mdx', entrySchema),
  'energy-dispute-translations': translations('energy-dispute', 'mdx', entryTranslationSchema),
  commentary: base('commentary', 'mdx', entrySchema),
  'commentary-translations': translations('commentary', 'mdx', entryTranslationSchema),
  entities: collection('entities', '*.yaml', entitySchema),
  'entities-translations': translations('entities', 'yaml', entityTranslationSchema, true),
  sources: collection('sources', '*.yaml', sourceSchema),
  'sources-translations': translations('sources', 'yaml', sourceTranslationSchema, true),
  events: base('events', 'yaml', eventSchema),
  'events-translations': translations('events', 'yaml', eventTranslationSchema),
  claims: base('claims', 'yaml', claimSchema),
  'claims-translations': translations('claims', 'yaml', claimTranslationSchema),
  omissions: base('omissions', 'yaml', omissionSchema),
  'omissions-translations': translations('omissions', 'yaml', omissionTranslationSchema),
  changes: base('changes', 'yaml', changeSchema),
  'changes-translations': translations('changes', 'yaml', textTranslationSchema),
  findings: base('findings', 'yaml', findingSchema),
  'findings-translations': translations('findings', 'yaml', findingTranslationSchema),
  provenance: base('provenance', 'yaml', sourceMatchSchema),
  'provenance-translations': translations('provenance', 'yaml', sourceMatchTranslationSchema),
};
