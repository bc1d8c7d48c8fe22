/**
 * How the search index is cut and announced. On a phone's first visit the
 * cost of a search is the chain of round trips (page script → pagefind.js →
 * entry file → wasm and metadata → filters → index chunk → fragments), so the
 * search page names at build time, in its head, every file it will need
 * before the reader types: the browser fetches them side by side while the
 * page loads. The names are only known once Pagefind has written the index,
 * so the hints are added to the built page then.
 */

import type { FirstPages } from './first-pages.ts';

/** The search page's app element, which carries the data its script reads. */
export const SEARCH_APP_ID = 'search-app';

/**
 * Pagefind 1.6 reads its index chunk size, in word positions (default
 * 20,000), from this undocumented variable (pagefind/src/options.rs). The
 * version is pinned and a test checks the chunks of the built index.
 */
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
/**
 * A first search loads one chunk for its word: at 2,500 positions a chunk of
 * this site weighs 3–4 KB instead of 12–24 KB (`npm run bench`).
 */
export const INDEX_CHUNK_SIZE = 2500;

/** The files of a written index the search page needs before any query. */
export interface IndexFiles {
  /** The site's base path, with its trailing slash. */
  readonly base: string;
  /** The metadata file, `pagefind.fr_<hash>.pf_meta`. */
  readonly metaFile: string;
  /** The WebAssembly of the index's language, `wasm.fr.pagefind`. */
  readonly wasmFile: string;
  /** Every filter file under `pagefind/filter/`: the page loads them all for its filter counts. */
  readonly filterFiles: readonly string[];
  /**
   * The page's own module scripts (paths below the base). They are at the end
   * of its body, where the browser finds them last: over HTTP/1.1 it then
   * waits for one of its six connections to the host, behind the index's
   * files, and what is typed is searched only once its script has run. Named
   * first, the script comes with the stylesheet, and the reader's first
   * letters can fetch their index chunk while Pagefind's WebAssembly is still
   * on its way (./chunks-ahead.ts).
   */
  readonly pageScripts: readonly string[];
  /** Every module the page's own scripts import, directly or through another (paths below the base, e.g. `_astro/x.js`). */
  readonly moduleChunks: readonly string[];
}

/**
 * A tag that changes whenever the index does: the metadata file's hash.
 * Pagefind asks for `pagefind-entry.json?ts=<tag>` when given it as
 * `metaCacheTag` (and a fresh `?ts=<now>` otherwise, which no hint could name).
 */
export function cacheTagOf(metaFile: string): string {
  const tag = /^pagefind\.(.+)\.pf_meta$/.exec(metaFile)?.[1];
  if (!tag) throw new Error(`not a Pagefind metadata file name: ${metaFile}`);
  return tag;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The <link> hints for the search page's head. Files Pagefind reads with
 * fetch() are preloaded `as="fetch"` with `crossorigin`, the mode fetch()
 * uses, or the browser would fetch them twice.
 */
export function preloadHints(files: IndexFiles): string {
  const at = (path: string) => escapeAttribute(`${files.base}${path}`);
  const fetched = (path: string, extra = '') =>
    `<link rel="preload" href="${at(path)}" as="fetch" crossorigin${extra}>`;
  return [
    ...[...files.pageScripts, ...files.moduleChunks].map(
      (path) => `<link rel="modulepreload" href="${at(path)}">`,
    ),
    `<link rel="modulepreload" href="${at('pagefind/pagefind.js')}">`,
    fetched(`pagefind/${files.wasmFile}`),
    // Named for the page too: it reads the lists of index chunks and pages from it at the first
    // keys (./chunks-ahead.ts, ./fragments-ahead.ts), so it comes among the first six requests of
    // HTTP/1.1's connections; the entry file, read only once pagefind.js has run, comes after it.
    fetched(`pagefind/${files.metaFile}`, ' data-pagefind-meta'),
    fetched(`pagefind/pagefind-entry.json?ts=${cacheTagOf(files.metaFile)}`, ' data-pagefind-entry'),
    ...files.filterFiles.map((file) => fetched(`pagefind/filter/${file}`)),
  ].join('');
}

/** The built page with the hints at the end of its head. */
export function withPreloadHints(html: string, hints: string, file: string): string {
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error(`${file}: no </head> to put the search preload hints in`);
  return `${html.slice(0, end)}${hints}${html.slice(end)}`;
}

/**
 * The built search page with the table of first pages (./first-pages.ts) on
 * its search app, where its script reads its other data: known only once
 * Pagefind has written the index, like the hints.
 */
export function withFirstPages(html: string, table: FirstPages, file: string): string {
  const marker = `id="${SEARCH_APP_ID}"`;
  const at = html.indexOf(marker);
  if (at < 0 || html.indexOf(marker, at + 1) >= 0)
    throw new Error(`${file}: not one element ${marker} to put the table of first pages on`);
  const end = at + marker.length;
  return `${html.slice(0, end)} data-first-pages="${escapeAttribute(JSON.stringify(table))}"${html.slice(end)}`;
}

/** The addresses of a built page's module scripts, as written in it. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** The relative static imports of a built module ("./search-query.X.js"), as paths beside it. */
export function staticImports(code: string): string[] {
  return [
    ...new Set([...code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1] ?? '')),
  ];
}

/** The metaCacheTag the search page passes to Pagefind, read from its entry hint; none without the hint. */
export function cacheTagFromHint(href: string | undefined): string | undefined {
  if (!href) return undefined;
  return new URL(href, 'http://x').searchParams.get('ts') ?? undefined;
}
