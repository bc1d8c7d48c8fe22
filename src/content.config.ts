/**
 * The Astro collections: every row of src/lib/content/collections.ts as two
 * collections, its base locale's files ("<name>") and every other locale's
 * prose ("<name>-translations", ids "<locale>/<id>").
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { BASE_LOCALE } from './i18n/index.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './lib/content/collections.ts';
import { contentDirectory } from './lib/content/dir.ts';

const contentDir = contentDirectory();

/** The base locale's files: in its folder, or at the top of a folder of language-neutral files. */
const basePattern = (name: CollectionName, ext: string) =>
  COLLECTIONS[name].neutral ? `*.${ext}` : `${BASE_LOCALE}/*.${ext}`;

/** Every other locale's prose: any folder below language-neutral files, any but the base locale's otherwise. */
const translationPattern = (name: CollectionName, ext: string) =>
  COLLECTIONS[name].neutral ? `*/*.${ext}` : [`*/*.${ext}`, `!${BASE_LOCALE}/*.${ext}`];

const collection = (
  name: CollectionName,
  pattern: (name: CollectionName, ext: string) => string | string[],
) => glob({ pattern: pattern(name, COLLECTIONS[name].mdx ? 'mdx' : 'yaml'), base: `${contentDir}/${name}` });

type Row<N extends CollectionName> = (typeof COLLECTIONS)[N];
/** Each collection with its own row's schema, so that its entries are typed by it. */
type Collections = { [N in CollectionName]: { loader: Loader; schema: Row<N>['schema'] } } & {
  [N in CollectionName as `${N}-translations`]: { loader: Loader; schema: Row<N>['translation'] };
};

export const collections = Object.fromEntries(
  COLLECTION_NAMES.flatMap((name) => [
    [name, defineCollection({ loader: collection(name, basePattern), schema: COLLECTIONS[name].schema })],
    [
      `${name}-translations`,
      defineCollection({
        loader: collection(name, translationPattern),
        schema: COLLECTIONS[name].translation,
      }),
    ],
  ]),
) as Collections;
