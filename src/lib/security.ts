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
