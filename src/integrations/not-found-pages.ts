/**
 * Puts each edition's not-found page where hosts look for one
 * (src/lib/site/hosting/not-found.ts), and nowhere else: the page of an
 * edition below the root is built at "<locale>/404/", a folder any host would
 * serve with a 200, so it is moved to "<locale>/404.html". Every not-found
 * page says `noindex`, for a host that would serve it with a 200 all the same,
 * and `_redirects` tells Netlify and Cloudflare Pages which page to serve.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { notFoundPages, redirectsFile } from '../lib/site/hosting/not-found.ts';

const CHARSET = '<meta charset="utf-8">';
const NOINDEX = '<meta name="robots" content="noindex">';

/** The page with `noindex` after its charset, which must stay first in the head. */
export function withNoindex(html: string, file: string): string {
  if (html.includes(NOINDEX)) return html;
  if (!html.includes(CHARSET))
    throw new Error(`${file}: no ${CHARSET} to put the noindex after; the layout's head must start with it`);
  return html.replace(CHARSET, `${CHARSET}${NOINDEX}`);
}

export default function notFoundPagesIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        for (const { folder, file } of notFoundPages()) {
          const page = join(dist, file);
          if (folder) {
            const built = join(dist, folder, '404', 'index.html');
            if (!existsSync(built)) throw new Error(`no not-found page was built at ${built}`);
            renameSync(built, page);
            rmSync(join(dist, folder, '404'), { recursive: true });
          }
          if (!existsSync(page)) throw new Error(`no not-found page was built at ${page}`);
          writeFileSync(page, withNoindex(readFileSync(page, 'utf8'), page));
        }
        writeFileSync(join(dist, '_redirects'), redirectsFile(base));
      },
    },
  };
}
