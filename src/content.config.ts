/**
 * The Astro collections: every row of src/lib/content/collections.ts as two
 * collections, its base locale's files ("<name>") and every other locale's
 * prose ("<name>-translations", ids "<locale>/<id>"), plus the article, its
 * translations and the publisher. All are loaded from the read the content
 * rules made (src/lib/content/loader.ts), not from the files again.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './lib/content/collections.ts';
import {
  articleLoader,
  articleTranslationLoader,
  baseLoader,
  publisherLoader,
  translationLoader,
} from './lib/content/loader.ts';
import { articleTranslationSchema } from './schemas/translation.ts';
import { publisherSchema } from './schemas/publisher.ts';

type Row<N extends CollectionName> = (typeof COLLECTIONS)[N];
/** Each collection with its own row's schema, so that its entries are typed by it. */
type Collections = { [N in CollectionName]: { loader: Loader; schema: Row<N>['schema'] } } & {
  [N in CollectionName as `${N}-translations`]: { loader: Loader; schema: Row<N>['translation'] };
};

export const collections = {
  ...(Object.fromEntries(
    COLLECTION_NAMES.flatMap((name) => [
      [name, defineCollection({ loader: baseLoader(name), schema: COLLECTIONS[name].schema })],
      [
        `${name}-translations`,
        defineCollection({ loader: translationLoader(name), schema: COLLECTIONS[name].translation }),
      ],
    ]),
  ) as Collections),
  article: defineCollection({ loader: articleLoader, schema: z.strictObject({ text: z.string() }) }),
  'article-translations': defineCollection({
    loader: articleTranslationLoader,
    schema: articleTranslationSchema,
  }),
  publisher: defineCollection({ loader: publisherLoader, schema: publisherSchema }),
};
