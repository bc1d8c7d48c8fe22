/** The built site as the dist tests read it: every page's route and file. */
import { dirname, relative, sep } from 'node:path';
import { existsSync } from 'node:fs';
import { filesUnder } from '../../src/lib/site/built-site.ts';

export const dist = new URL('../../dist/', import.meta.url).pathname;

if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` before `npm run test:built`.');

/** Every page of the built site, as its URL path ("/", "/visite/", …), 404 excepted. */
export function builtRoutes(): string[] {
  return filesUnder(dist)
    .filter((path) => path.endsWith(`${sep}index.html`))
    .map((path) => {
      const rel = relative(dist, dirname(path)).split(sep).join('/');
      return rel ? `/${rel}/` : '/';
    })
    .sort();
}

export function distFile(route: string): string {
  return `${dist}${route.slice(1)}index.html`;
}
