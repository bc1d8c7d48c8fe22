/**
 * Astro's content loader for every collection: it takes the files from the
 * read the rule book made (./shared.ts) instead of finding and reading them
 * again as glob() would, and stores them as glob() does, under the same ids,
 * so `getCollection` and `render` work as they always have.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { BASE_LOCALE } from '../../i18n/index.ts';
import { COLLECTIONS, isSection, type CollectionName } from './collections.ts';
import { contentDirectory } from './dir.ts';
import { readContent, type RawContent } from './files.ts';
import { sharedContent } from './shared.ts';
import { PUBLISHER_ID } from '../site/publisher.ts';

/** Every collection's loader has this name, so that one refresh reloads them all. */
export const LOADER_NAME = 'site-content';

/** One entry to store: its id, its fields as read, and the file it came from. */
interface Loaded {
  readonly id: string;
  readonly data: unknown;
  /** Path from the project root, of a file that holds only this entry. */
  readonly file?: string;
  /** An MDX entry's body, which Astro renders from the file itself. */
  readonly body?: string;
}

function content({ config }: LoaderContext): RawContent {
  // The integration has read and checked the content before Astro loads any
  // collection, and in `astro dev` after every clean save: what it shared is
  // the content. Only a run without it (a tool that loads the collections
  // alone) reads the files here.
  const root = fileURLToPath(config.root);
  return sharedContent() ?? readContent(root, contentDirectory(root));
}

function contentLoader(select: (raw: RawContent) => Loaded[]): Loader {
  return {
    name: LOADER_NAME,
    load: async (context) => {
      const { store, parseData, generateDigest, config } = context;
      const root = fileURLToPath(config.root);
      const untouched = new Set(store.keys());
      for (const { id, data: fields, file, body } of select(content(context))) {
        untouched.delete(id);
        const digest = generateDigest(body === undefined ? { fields } : { fields, body });
        const existing = store.get(id);
        if (existing?.digest === digest) {
          // As glob() does: an entry kept from the last load still needs its body's module.
          if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
          continue;
        }
        const data = await parseData({
          id,
          data: fields as Record<string, unknown>,
          ...(file !== undefined && { filePath: resolve(root, file) }),
        });
        // An MDX body is rendered from its file, when a page asks for it, with
        // the site's remark and rehype plugins: as glob() stores an MDX entry.
        store.set({
          id,
          data,
          ...(file !== undefined && { filePath: file }),
          digest,
          ...(body !== undefined && { body, deferredRender: true }),
        });
      }
      for (const id of untouched) store.delete(id);
    },
  };
}

/** Files the rules could not decode or parse: reported already, and with nothing to store. */
const readable = <F extends { unreadable?: true }>(files: readonly F[]) => files.filter((f) => !f.unreadable);

/**
 * The base locale's files of a collection, with glob()'s ids: "fr/<id>" in a
 * folder per locale, "<id>" for language-neutral files at the top.
 */
export const baseLoader = (name: CollectionName): Loader =>
  contentLoader((raw) =>
    readable(isSection(name) ? raw.entries.filter((e) => e.collection === name) : raw[name]).map((f) => ({
      id: COLLECTIONS[name].neutral ? f.id : `${BASE_LOCALE}/${f.id}`,
      data: f.data,
      file: f.file,
      ...(COLLECTIONS[name].mdx && { body: f.body.trim() }),
    })),
  );

/** Every other locale's prose of a collection, with ids "<locale>/<id>". */
export const translationLoader = (name: CollectionName): Loader =>
  contentLoader((raw) =>
    readable(raw.translations.filter((t) => t.collection === name)).map((t) => ({
      id: `${t.locale}/${t.id}`,
      data: t.data,
      file: t.file,
      ...(COLLECTIONS[name].mdx && { body: t.body.trim() }),
    })),
  );

/** The article as received, one entry under the base locale's id. */
export const articleLoader: Loader = contentLoader((raw) => [
  { id: BASE_LOCALE, data: { text: raw.articleText }, file: raw.articleFile },
]);

/** The site's translation of the article, one entry per other locale. */
export const articleTranslationLoader: Loader = contentLoader((raw) =>
  readable(raw.articleTranslations).flatMap(({ locale, data, file }) =>
    data === undefined ? [] : [{ id: locale, data, file }],
  ),
);

/** The publisher, one entry when content/publisher.yaml declares one (its fields already checked). */
export const publisherLoader: Loader = contentLoader(({ publisher: { publisher } }) =>
  publisher ? [{ id: PUBLISHER_ID, data: publisher }] : [],
);
