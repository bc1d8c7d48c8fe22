import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'zod';
import { contentDirectory } from './lib/content-dir.ts';
import { claimSchema, omissionSchema } from './schemas/claim.ts';
import { entitySchema } from './schemas/entity.ts';
import { entrySchema, statementSchema } from './schemas/entry.ts';
import { eventSchema } from './schemas/event.ts';
import { sourceSchema } from './schemas/source.ts';
import { changeSchema, findingSchema, sourceMatchSchema } from './schemas/transparency.ts';

const contentDir = contentDirectory();

/**
 * A collection in content/<name>/: `pattern` is "*" + the extension for
 * language-neutral data, "*\/*" + the extension for files under a language folder.
 */
const collection = <S extends z.ZodType>(name: string, pattern: string, schema: S) =>
  defineCollection({ loader: glob({ pattern, base: `${contentDir}/${name}` }), schema });

export const collections = {
  'visit-facts': collection('visit-facts', '*/*.mdx', entrySchema),
  statements: collection('statements', '*/*.mdx', statementSchema),
  'energy-dispute': collection('energy-dispute', '*/*.mdx', entrySchema),
  commentary: collection('commentary', '*/*.mdx', entrySchema),
  entities: collection('entities', '*.yaml', entitySchema),
  sources: collection('sources', '*.yaml', sourceSchema),
  events: collection('events', '*/*.yaml', eventSchema),
  claims: collection('claims', '*/*.yaml', claimSchema),
  omissions: collection('omissions', '*/*.yaml', omissionSchema),
  changes: collection('changes', '*/*.yaml', changeSchema),
  findings: collection('findings', '*/*.yaml', findingSchema),
  provenance: collection('provenance', '*/*.yaml', sourceMatchSchema),
};
