import { z } from 'astro/zod';

export const ENTITY_KINDS = ['person', 'place', 'institution', 'media'] as const;

/** A person, place, institution or media outlet named in the story. */
export const entitySchema = z.strictObject({
  /** The name as the site writes it. */
  name: z.string().min(2),
  /** What kind of entity it is. */
  kind: z.enum(ENTITY_KINDS, { error: `expected one of: ${ENTITY_KINDS.join(', ')}` }),
  /**
   * The name as a sentence writes it, with its article when it takes one
   * ("le ministère biélorusse des Affaires étrangères", "les autorités
   * biélorusses"); left out when it is the name itself ("Reuters").
   */
  inSentence: z.string().min(2).optional(),
  /** Who or what it was at the time of the story, in a short phrase. */
  role: z.string().min(3),
  /**
   * Every spelling a reader may meet or type: the article's own first, then
   * other transliterations and scripts. Used for search and for finding mentions.
   */
  spellings: z.array(z.string().min(2)).min(1, { error: 'list at least one spelling' }),
});

export type EntityData = z.infer<typeof entitySchema>;
