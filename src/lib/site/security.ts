import { withTrailingSlash } from './paths.ts';
import { CACHE_REVALIDATE, cacheControlFor, contentTypeOf } from './hosting/file-kinds.ts';

export { CACHE_IMMUTABLE, CACHE_REVALIDATE, isHashedAsset } from './hosting/file-kinds.ts';

/**
 * The Content-Security-Policy directives beyond script-src and style-src.
 * Nothing may come from another host.
 */
export const contentSecurityDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Pagefind runs on the main thread here (noWorker), so no worker may start.
  "worker-src 'none'",
] as const;

/**
 * script-src: our own bundled files, and WebAssembly compilation for Pagefind,
 * which is not `unsafe-eval` for scripts. No page has an inline script, so no
 * hash is needed.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** What both policies hold: the header's and the page's. */
const pagePolicy = [
  ...contentSecurityDirectives,
  `script-src ${scriptSources.join(' ')}`,
  "style-src 'self'",
];

/**
 * The policy a host sends as a header for every page. Stricter than the
 * meta tag can be: frame-ancestors only works as a header. Scripts are our
 * own files and structured data is not script, so no hash is needed here;
 * styles are files only (html-validate forbids inline styles).
 */
export function headerPolicy(): string {
  return [...pagePolicy, "frame-ancestors 'none'", 'upgrade-insecure-requests'].join('; ');
}

/**
 * The policy every page carries in its head, for a host that sends no headers of ours: the
 * header's, less what a meta tag cannot hold (frame-ancestors) and what would break a preview
 * over plain http (upgrade-insecure-requests). One policy for both, where Astro's own would list
 * a hash of every script and stylesheet of the site on every page, which 'self' already allows.
 */
export function metaPolicy(): string {
  return pagePolicy.join('; ');
}

/** Sent as a header, and written in every page's head for a host that sends no headers of ours. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The headers every response of the site carries, on every host that lets the site set them. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': REFERRER_POLICY,
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  // Two years, this host only: a site served under a base path does not speak for its domain's subdomains.
  'Strict-Transport-Security': 'max-age=63072000',
};

export interface HeaderRule {
  /** A served path, a trailing "*" matching anything after it. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * One Cache-Control rule per path: a folder whose files all share a rule gets
 * one "folder/*" line; a folder that mixes them (pagefind/, the root) lists
 * its own files and looks into its subfolders.
 */
function cacheRules(folder: string, files: readonly string[]): [string, string][] {
  const values = new Set(files.map((file) => cacheControlFor(folder + file)));
  const [only] = values;
  if (folder && values.size === 1 && only) return [[`${folder}*`, only]];
  const own = files.filter((file) => !file.includes('/'));
  const subfolders = [
    ...new Set(files.filter((file) => file.includes('/')).map((f) => f.slice(0, f.indexOf('/')))),
  ];
  return [
    ...own.map((file): [string, string] => [folder + file, cacheControlFor(folder + file)]),
    ...subfolders.flatMap((sub) =>
      cacheRules(
        `${folder}${sub}/`,
        files.filter((file) => file.startsWith(`${sub}/`)).map((file) => file.slice(sub.length + 1)),
      ),
    ),
  ];
}

/**
 * The host's rules for a built site: the security headers on every path, and
 * one Cache-Control per path. Cache rules never overlap, because hosts that
 * match two rules for the same header join their values.
 */
export function headerRules(base: string, files: readonly string[]): HeaderRule[] {
  const root = withTrailingSlash(base);
  const cache: [string, string][] = [['', CACHE_REVALIDATE], ...cacheRules('', [...files].sort())];
  // A host guesses a data file's type without its encoding; French text needs it said.
  const data = [...files]
    .filter((file) => DATA_EXTENSIONS.some((ext) => file.endsWith(`.${ext}`)))
    .sort()
    .map((file) => ({ path: `${root}${file}`, headers: { 'Content-Type': contentTypeOf(file) ?? '' } }));
  return [
    { path: `${root}*`, headers: SECURITY_HEADERS },
    ...cache.map(([path, value]) => ({ path: `${root}${path}`, headers: { 'Cache-Control': value } })),
    ...data,
  ];
}

/** The open data's formats: their types are sent as src/lib/site/hosting/file-kinds.ts says, charset included. */
const DATA_EXTENSIONS = ['csv', 'json'] as const;

/** Rules in the `_headers` format of Netlify and Cloudflare Pages. */
export function formatHeaderRules(rules: readonly HeaderRule[]): string {
  return rules
    .map(({ path, headers }) =>
      [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n')
    .concat('\n');
}

/** A `_headers` file for a built site (paths relative to dist/), under the base path it is served from. */
export function headersFile(base: string, files: readonly string[] = []): string {
  return formatHeaderRules(headerRules(base, files));
}

/** Reads a `_headers` file back into its rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      const rule = rules.at(-1);
      if (rule && name) rule.headers[name] = value;
    }
  }
  return rules;
}

/** The headers a host sends for a served path: every matching rule's, in order. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!matches) continue;
    for (const [name, value] of Object.entries(rule.headers)) (out[name] ??= []).push(value);
  }
  return out;
}
