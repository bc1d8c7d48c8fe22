/**
 * Gives each edition below the root its own not-found page where hosts look
 * for one: "<locale>/404.html" (Cloudflare Pages serves the nearest one up
 * the path), and a `_redirects` rule for hosts that need to be told
 * (Netlify). The page itself is built at "<locale>/404/".
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BASE_LOCALE, LOCALES, localeTable } from '../i18n/index.ts';

export default function notFoundPages(): AstroIntegration {
  let base = '/';
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const rules: string[] = [];
        for (const locale of LOCALES.filter((l) => l !== BASE_LOCALE)) {
          const { prefix } = localeTable(locale);
          const built = join(dist, prefix, '404', 'index.html');
          if (!existsSync(built)) throw new Error(`no not-found page was built at ${built}`);
          copyFileSync(built, join(dist, prefix, '404.html'));
          rules.push(`${base}${prefix}/* ${base}${prefix}/404.html 404`);
        }
        writeFileSync(join(dist, '_redirects'), `${rules.join('\n')}\n`);
      },
    },
  };
}
