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
};

/** A `_headers` file (Netlify and Cloudflare Pages format) for every path under the base. */
export function headersFile(base: string): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `${withTrailingSlash(base)}*\n${lines.join('\n')}\n`;
}
