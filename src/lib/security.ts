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
] as const;
