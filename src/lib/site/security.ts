import { withTrailingSlash } from './paths.ts';

/**
 * The Content-Security-Policy directives beyond script-src and style-src,
 * which Astro fills with hashes of what each page really uses. Nothing may
 * come from another host.
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
 * script-src beyond Astro's hashes: our own bundled files, and WebAssembly
 * compilation for Pagefind, which is not `unsafe-eval` for scripts.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The policy a host sends as a header for every page. Stricter than the
 * meta tag can be: frame-ancestors only works as a header. Scripts are our
 * own files and structured data is not script, so no hash is needed here;
 * styles are files only (html-validate forbids inline styles).
 */
export function headerPolicy(): string {
  return [
    ...contentSecurityDirectives,
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  // Two years, this host only: a site served under a base path does not speak for its domain's subdomains.
  'Strict-Transport-Security': 'max-age=63072000',
};

/** For files whose name changes with their content: a year, never revalidated. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** For everything else (pages, Pagefind's entry files): kept, but checked with the host on each use. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Whether a built file (path relative to dist/) has a content hash in its
 * name: Astro's bundles, and Pagefind's index chunks, fragments, filters and
 * metadata. Pagefind's pagefind.js, pagefind-entry.json and wasm files keep
 * their names from build to build, so they are revalidated.
 */
export function isHashedAsset(file: string): boolean {
  return (
    file.startsWith('_astro/') ||
    /^pagefind\/(?:index|fragment|filter)\//.test(file) ||
    /^pagefind\/pagefind\.[\w-]+_[0-9a-f]+\.pf_meta$/.test(file)
  );
}

export interface HeaderRule {
  /** A served path, a trailing "*" matching anything after it. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The host's rules for a built site: the security headers on every path, and
 * one Cache-Control per path. Cache rules never overlap, because hosts that
 * match two rules for the same header join their values.
 */
export function headerRules(base: string, files: readonly string[]): HeaderRule[] {
  const root = withTrailingSlash(base);
  const cache = new Map<string, string>();
  const add = (path: string, value: string) => cache.set(`${root}${path}`, value);
  add('', CACHE_REVALIDATE);
  for (const file of [...files].sort()) {
    const [top = '', second] = file.split('/');
    if (file.startsWith('_astro/')) add('_astro/*', CACHE_IMMUTABLE);
    else if (top === 'pagefind' && second && /^(?:index|fragment|filter)$/.test(second))
      add(`pagefind/${second}/*`, CACHE_IMMUTABLE);
    else if (top === 'pagefind') add(file, isHashedAsset(file) ? CACHE_IMMUTABLE : CACHE_REVALIDATE);
    else if (second === undefined) add(file, CACHE_REVALIDATE);
    else add(`${top}/*`, CACHE_REVALIDATE);
  }
  // A host guesses a data file's type without its encoding; French text needs it said.
  const data = [...files]
    .filter((file) => DATA_TYPES.some(([ext]) => file.endsWith(ext)))
    .sort()
    .map((file) => ({
      path: `${root}${file}`,
      headers: { 'Content-Type': DATA_TYPES.find(([ext]) => file.endsWith(ext))?.[1] ?? '' },
    }));
  return [
    { path: `${root}*`, headers: SECURITY_HEADERS },
    ...[...cache].map(([path, value]) => ({ path, headers: { 'Cache-Control': value } })),
    ...data,
  ];
}

/** The open data's formats, with the encoding they are written in. */
const DATA_TYPES: readonly [string, string][] = [
  ['.csv', 'text/csv; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
];

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
