/**
 * Every content collection, one row each: its folder under content/, how its
 * files are laid out, and the schemas of its base files and of their
 * translations. The files are read (./files.ts), checked (./rules/), loaded
 * into Astro (src/content.config.ts) and made into editions for the search
 * (src/lib/search/content.ts) from these rows, so a collection is described
 * once.
 */
import type { z } from 'astro/zod';
import { claimSchema, omissionSchema } from '../../schemas/claim.ts';
import { entitySchema } from '../../schemas/entity.ts';
import { entrySchema, statementSchema } from '../../schemas/entry.ts';
import { eventSchema } from '../../schemas/event.ts';
import { sourceSchema } from '../../schemas/source.ts';
import {
  articleVerdictSchema,
  articleVerdictTranslationSchema,
  changeSchema,
  findingSchema,
  sourceMatchSchema,
} from '../../schemas/transparency.ts';
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
} from '../../schemas/translation.ts';
import type { SectionCollection } from '../../schemas/sections.ts';

export interface CollectionRow {
  /**
   * An analysis entry: an MDX file whose body the site renders. Otherwise a
   * YAML file of fields only.
   */
  readonly mdx: boolean;
  /**
   * Language-neutral base files at the top of the folder and each other
   * locale's prose in a folder below (entities, sources); otherwise one
   * folder per locale, the base locale's holding the facts.
   */
  readonly neutral: boolean;
  /** A base file may go without a twin in another locale (a source's line is mostly proper names). */
  readonly optionalTwins: boolean;
  readonly schema: z.ZodType;
  /** What another locale's file holds: prose fields only. */
  readonly translation: z.ZodType;
  /** Where the schema's fields are documented, for messages. */
  readonly docs: string;
}

/** A row of fields only, kept in a folder per locale, unless told otherwise. */
function row<S extends z.ZodType, T extends z.ZodType>(
  schema: S,
  translation: T,
  docs: string,
  layout: Partial<Pick<CollectionRow, 'mdx' | 'neutral' | 'optionalTwins'>> = {},
) {
  return {
    mdx: false,
    neutral: false,
    optionalTwins: false,
    ...layout,
    schema,
    translation,
    docs: `src/schemas/${docs}.ts`,
  };
}

/** In the order the files are read, so problems are listed in that order. */
export const COLLECTIONS = {
  'visit-facts': row(entrySchema, entryTranslationSchema, 'entry', { mdx: true }),
  statements: row(statementSchema, statementTranslationSchema, 'entry', { mdx: true }),
  'energy-dispute': row(entrySchema, entryTranslationSchema, 'entry', { mdx: true }),
  commentary: row(entrySchema, entryTranslationSchema, 'entry', { mdx: true }),
  entities: row(entitySchema, entityTranslationSchema, 'entity', { neutral: true }),
  sources: row(sourceSchema, sourceTranslationSchema, 'source', { neutral: true, optionalTwins: true }),
  events: row(eventSchema, eventTranslationSchema, 'event'),
  claims: row(claimSchema, claimTranslationSchema, 'claim'),
  omissions: row(omissionSchema, omissionTranslationSchema, 'claim'),
  changes: row(changeSchema, textTranslationSchema, 'transparency'),
  findings: row(findingSchema, findingTranslationSchema, 'transparency'),
  verdicts: row(articleVerdictSchema, articleVerdictTranslationSchema, 'transparency'),
  provenance: row(sourceMatchSchema, sourceMatchTranslationSchema, 'transparency'),
} satisfies Record<SectionCollection, CollectionRow> & Record<string, CollectionRow>;

export type CollectionName = keyof typeof COLLECTIONS;
/** A collection's fields, as its schema gives them. */
export type CollectionData<N extends CollectionName> = z.infer<(typeof COLLECTIONS)[N]['schema']>;
/** The collections of fields only, beside the four sections. */
export type DataCollection = Exclude<CollectionName, SectionCollection>;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
/** The four sections are the rows with MDX bodies. */
export const isSection = (name: CollectionName): name is SectionCollection => COLLECTIONS[name].mdx;
/** The collections of fields only. */
export const DATA_COLLECTIONS = COLLECTION_NAMES.filter((name): name is DataCollection => !isSection(name));
