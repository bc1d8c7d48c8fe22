/**
 * Writes dist/_headers at the end of the build from src/lib/site/security.ts, so
 * the host's headers and the pages' meta policy come from one place, and
 * each built file gets its caching rule.
 */
import { writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/site/built-site.ts';
import { headersFile } from '../lib/site/security.ts';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        // After Pagefind's step (listed before this one), so its hashed files get their rule.
        const dist = fileURLToPath(dir);
        const files = filesUnder(dist).map((path) => relative(dist, path).split(sep).join('/'));
        writeFileSync(new URL('_headers', dir), headersFile(base, files));
      },
    },
  };
}
