/**
 * What a host needs to know of each kind of built file: its media type,
 * whether it is text (sent with its charset, and precompressed), and how long
 * a browser may keep it. Every host format (`_headers`, nginx) and the
 * precompression step read this one table.
 */

/** For files whose name changes with their content: a year, never revalidated. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** For everything else (pages, Pagefind's entry files): kept, but checked with the host on each use. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * The paths below the base whose names carry a content hash: Astro's bundles,
 * and Pagefind's index chunks, fragments, filters and metadata. Pagefind's
 * pagefind.js, pagefind-entry.json and wasm files keep their names from build
 * to build, so they are not here. Regular expressions that read the same in
 * JavaScript and in nginx (PCRE).
 */
export const HASHED_PATHS = [
  '_astro/',
  'pagefind/(?:index|fragment|filter)/',
  // The metadata file and its compressed copy, whose content the same hash names.
  'pagefind/pagefind\\.[\\w-]+_[0-9a-f]+\\.pf_meta(?:\\.br)?$',
] as const;

const hashed = new RegExp(`^(?:${HASHED_PATHS.join('|')})`);

/** The copies a build writes beside a text file, and the encoding each is sent with. */
export const PRECOMPRESSED = [
  { suffix: '.br', encoding: 'br' },
  { suffix: '.gz', encoding: 'gzip' },
] as const;

/** A precompressed copy's original: "index.html.gz" → "index.html". */
export function originalOf(file: string): string {
  const copy = PRECOMPRESSED.find(({ suffix }) => file.endsWith(suffix));
  return copy ? file.slice(0, -copy.suffix.length) : file;
}

/** Whether a built file (path relative to dist/) has a content hash in its name. */
export function isHashedAsset(file: string): boolean {
  return hashed.test(file);
}

export function cacheControlFor(file: string): string {
  return isHashedAsset(file) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

export interface MediaType {
  readonly type: string;
  /** Text, in UTF-8: sent with its charset, and worth compressing. */
  readonly text: boolean;
}

const text = (type: string): MediaType => ({ type, text: true });
const binary = (type: string): MediaType => ({ type, text: false });

/**
 * Every file extension the site builds, with its media type. Pagefind's
 * index files and wasm are gzip streams already, read by its own script:
 * compressing them again saves nothing (measured on this site: every one of
 * them grows, by 0.01 to 5 % a kind, with gzip -9 or brotli 11), so they are
 * binary here; their brotli copy is made from their content instead
 * (precompress.ts).
 */
export const MEDIA_TYPES: Readonly<Record<string, MediaType>> = {
  html: text('text/html'),
  css: text('text/css'),
  js: text('text/javascript'),
  json: text('application/json'),
  csv: text('text/csv'),
  txt: text('text/plain'),
  xml: text('application/xml'),
  svg: text('image/svg+xml'),
  png: binary('image/png'),
  ico: binary('image/x-icon'),
  woff2: binary('font/woff2'),
  wasm: binary('application/wasm'),
  pagefind: binary('application/octet-stream'),
  pf_meta: binary('application/octet-stream'),
  pf_index: binary('application/octet-stream'),
  pf_fragment: binary('application/octet-stream'),
  pf_filter: binary('application/octet-stream'),
};

/** Pagefind's files that are gzip streams of its own format, opened by its script. */
const PAGEFIND_STREAMS = ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter'];

export function isPagefindStream(file: string): boolean {
  return PAGEFIND_STREAMS.includes(extensionOf(file));
}

/** A file's extension, without the dot ("" if it has none). */
export function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : '';
}

export function mediaTypeOf(file: string): MediaType | undefined {
  return MEDIA_TYPES[extensionOf(file)];
}

/** The Content-Type header for a file: text types say they are UTF-8. */
export function contentTypeOf(file: string): string | undefined {
  const media = mediaTypeOf(file);
  return media && (media.text ? `${media.type}; charset=utf-8` : media.type);
}

/** The files a build writes for the host to read, never to serve. */
export const HOST_FILES = ['_headers', '_redirects'] as const;
