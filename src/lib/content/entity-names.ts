/** How pages name an entity: alone ("Ministère biélorusse…"), or as a sentence writes it ("le ministère…"). */
import type { EntityData } from '../../schemas/entity.ts';

type Entities = ReadonlyMap<string, Pick<EntityData, 'name' | 'inSentence'>>;

/** An entity's name, its id when it has none. */
export const entityNameIn = (entities: Entities, id: string): string => entities.get(id)?.name ?? id;

/** An entity as a sentence writes it, with its article when it takes one: for "attribué par l’article au ministère…". */
export const inSentenceIn = (entities: Entities, id: string): string =>
  entities.get(id)?.inSentence ?? entityNameIn(entities, id);
