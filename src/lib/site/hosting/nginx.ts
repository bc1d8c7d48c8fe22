/**
 * The site's nginx configuration, written from the same rules as `_headers`
 * (src/lib/site/security.ts, ./file-kinds.ts, ./not-found.ts): the security
 * headers and caching per kind of file, the media types, each edition's
 * not-found page with a 404 status, folders redirected to their final slash,
 * precompressed copies sent as they are, all under the base path.
 */
import { SECURITY_HEADERS } from '../security.ts';
import { withTrailingSlash } from '../paths.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, HASHED_PATHS, HOST_FILES, MEDIA_TYPES } from './file-kinds.ts';
import { notFoundPages } from './not-found.ts';

export interface NginxSiteOptions {
  /** The base path the site is served under, as BASE_PATH gives it ("/", "/sous-dossier/"). */
  readonly base: string;
  /** The folder whose `<base>` holds the built files: dist/ itself when the base is "/". */
  readonly root: string;
  /** What nginx listens on: a port, or an address and port. */
  readonly listen: string;
  readonly serverName?: string;
  /** Whether the brotli_static module is loaded, so brotli copies can be sent. */
  readonly brotli: boolean;
}

/** Thrown for a setting nginx's configuration cannot hold safely; says which and how to fix it. */
export class NginxSettingError extends Error {}

/** A base path is written into locations and regular expressions: plain path characters only. */
function checkedBase(base: string): string {
  const path = withTrailingSlash(base.startsWith('/') ? base : `/${base}`);
  if (!/^\/(?:[\w.~-]+\/)*$/.test(path) || path.includes('/../') || path.includes('/./'))
    throw new NginxSettingError(
      `BASE_PATH "${base}" cannot be served by nginx: use folder names of letters, digits, "-", "_", "." or "~" between slashes, such as /sous-dossier/`,
    );
  return path;
}

function checked(name: string, value: string, pattern: RegExp, fix: string): string {
  if (!pattern.test(value))
    throw new NginxSettingError(`${name} "${value}" cannot go into nginx's configuration: ${fix}`);
  return value;
}

/**
 * A quoted nginx string. nginx reads \\, \", \t, \n and \r in one as
 * escapes and keeps any other backslash, as a regular expression needs.
 */
function quoted(value: string): string {
  if (/["\n]|\\["'\\tnr]/.test(value))
    throw new NginxSettingError(`cannot quote ${JSON.stringify(value)} for nginx`);
  return `"${value}"`;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The headers of a location. `always`, so a not-found page and a redirect
 * carry them too; every location lists them all, because nginx drops the
 * server's add_header lines in a location that has its own.
 */
function headerLines(cache: string, indent: string): string[] {
  return Object.entries({ ...SECURITY_HEADERS, 'Cache-Control': cache }).map(
    ([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`,
  );
}

function location(match: string, cache: string, extra: string[] = []): string[] {
  return [
    `  location ${match} {`,
    ...extra.map((line) => `    ${line}`),
    ...headerLines(cache, '    '),
    '  }',
  ];
}

/** The `types` block and the text types that get their charset, from file-kinds.ts. */
function typeLines(): string[] {
  const entries = Object.entries(MEDIA_TYPES);
  // nginx always adds the charset to text/html, and warns when it is listed again.
  const textTypes = [...new Set(entries.filter(([, m]) => m.text).map(([, m]) => m.type))].filter(
    (type) => type !== 'text/html',
  );
  return [
    '  types {',
    ...entries.map(([ext, { type }]) => `    ${type} ${ext};`),
    '  }',
    '  default_type application/octet-stream;',
    '  charset utf-8;',
    `  charset_types ${textTypes.join(' ')};`,
  ];
}

/** The name of the variable holding the not-found page for a path, unlikely to meet another site's. */
export const NOT_FOUND_VARIABLE = '$minsk_site_not_found';

/**
 * The configuration of the site for nginx's http block: a map choosing each
 * edition's not-found page, and the server. On a server, it goes in
 * /etc/nginx/conf.d/ (see docs/hosting.md).
 */
export function nginxSiteConfig(options: NginxSiteOptions): string {
  const base = checkedBase(options.base);
  const root = checked(
    'the root folder',
    options.root,
    /^\/[^"\\\n;{}$]*$/,
    'give an absolute path without quotes, braces, ";" or "$"',
  );
  const listen = checked(
    'the port',
    options.listen,
    /^(?:[\w.:[\]-]+:)?\d{1,5}$/,
    'give a port number, or an address and a port',
  );
  const serverName = checked(
    'the server name',
    options.serverName ?? '_',
    /^[\w.*-]+(?: [\w.*-]+)*$/,
    'give host names separated by spaces',
  );
  const pages = notFoundPages();
  const hashed = `^${escapeRegex(base)}(?:${HASHED_PATHS.join('|')})`;
  return [
    '# The site under nginx, written by `npm run nginx:config` or `npm run serve:nginx` from',
    '# src/lib/site/security.ts and src/lib/site/hosting/: change those, not this file.',
    "# It goes inside nginx's http block; docs/hosting.md says what to change on a server.",
    '',
    "# Each edition's not-found page, the deepest folder first.",
    `map $uri ${NOT_FOUND_VARIABLE} {`,
    ...pages.map(({ folder, file }) =>
      folder ? `  ~^${escapeRegex(base + folder)} ${base}${file};` : `  default ${base}${file};`,
    ),
    '}',
    '',
    'server {',
    `  listen ${listen};`,
    `  server_name ${serverName};`,
    `  root ${quoted(root)};`,
    '  index index.html;',
    '  server_tokens off;',
    "  # A missing page is the reader's business, not an error of the server's.",
    '  log_not_found off;',
    '  # nginx redirects a folder asked for without its final slash (/source → /source/); a relative',
    '  # Location keeps the scheme and host the reader used, behind a proxy or TLS too.',
    '  absolute_redirect off;',
    '',
    ...typeLines(),
    '',
    '  # The build wrote .gz and .br copies of the text files: sent as they are, nothing compressed per request.',
    '  gzip off;',
    '  gzip_static on;',
    '  gzip_vary on;',
    ...(options.brotli
      ? ['  brotli_static on;']
      : [
          '  # brotli_static on;  (needs the brotli module: apt-get install libnginx-mod-http-brotli-static)',
        ]),
    '',
    `  error_page 404 ${NOT_FOUND_VARIABLE};`,
    '',
    ...location(base, CACHE_REVALIDATE),
    ...location(`~ ${quoted(hashed)}`, CACHE_IMMUTABLE),
    ...pages.flatMap(({ file }) => location(`= ${base}${file}`, CACHE_REVALIDATE, ['internal;'])),
    // The host files tell other hosts what to do; they are not the site's to serve.
    ...HOST_FILES.flatMap((file) => [`  location = ${base}${file} {`, '    return 404;', '  }']),
    ...(base === '/'
      ? []
      : [
          // The base itself is no folder of this root's: nginx would not redirect it on its own.
          ...location(`= ${base.slice(0, -1)}`, CACHE_REVALIDATE, [`return 301 ${base}$is_args$args;`]),
          '  # Nothing of the site lies outside its base path.',
          '  location / {',
          '    return 404;',
          '  }',
        ]),
    '}',
    '',
  ].join('\n');
}

export interface NginxMainOptions {
  /** The folder of this nginx's own files: pid, temporary files, configuration. */
  readonly prefix: string;
  /** The site configuration to include (nginxSiteConfig's output). */
  readonly site: string;
  /** The brotli_static module to load, if installed. */
  readonly brotliModule?: string | undefined;
  /** Where to log requests ("off" for nowhere). */
  readonly accessLog: string;
  /** The user worker processes run as; only nginx started by root can choose. */
  readonly user?: string | undefined;
}

/**
 * A whole nginx configuration for serving the site in the foreground without
 * touching the system's files: every path nginx would write is under `prefix`.
 */
export function nginxMainConfig(options: NginxMainOptions): string {
  const path = (name: string) => quoted(`${options.prefix}/${name}`);
  return [
    '# nginx in the foreground for `npm run serve:nginx`; its files are all under this folder.',
    ...(options.brotliModule ? [`load_module ${quoted(options.brotliModule)};`] : []),
    ...(options.user ? [`user ${options.user};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${path('nginx.pid')};`,
    'error_log stderr warn;',
    'events {',
    '  worker_connections 256;',
    '}',
    'http {',
    `  client_body_temp_path ${path('client_body')};`,
    `  proxy_temp_path ${path('proxy')};`,
    `  fastcgi_temp_path ${path('fastcgi')};`,
    `  uwsgi_temp_path ${path('uwsgi')};`,
    `  scgi_temp_path ${path('scgi')};`,
    `  access_log ${options.accessLog === 'off' ? 'off' : quoted(options.accessLog)};`,
    '  sendfile on;',
    `  include ${quoted(options.site)};`,
    '}',
    '',
  ].join('\n');
}
