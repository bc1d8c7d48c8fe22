import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDirectory } from './lib/content-dir.ts';
import { entitySchema } from './schemas/entity.ts';
import { entrySchema, statementSchema } from './schemas/entry.ts';
import { eventSchema } from './schemas/event.ts';
import { claimSchema, omissionSchema } from './schemas/claim.ts';
import { sourceSchema } from './schemas/source.ts';

const contentDir = contentDirectory();

const entries = (name: string, schema: typeof entrySchema | typeof statementSchema) =>
  defineCollection({ loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/${name}` }), schema });

export const collections = {
  'visit-facts': entries('visit-facts', entrySchema),
  statements: entries('statements', statementSchema),
  'energy-dispute': entries('energy-dispute', entrySchema),
  commentary: entries('commentary', entrySchema),
  entities: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/entities` }),
    schema: entitySchema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/sources` }),
    schema: sourceSchema,
  }),
  events: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: `${contentDir}/events` }),
    schema: eventSchema,
  }),
  claims: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: `${contentDir}/claims` }),
    schema: claimSchema,
  }),
  omissions: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: `${contentDir}/omissions` }),
    schema: omissionSchema,
  }),
};
