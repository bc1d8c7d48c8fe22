/** Helpers shared by the end-to-end tests: the built pages, and a page that fails on console errors. */
import { dirname, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { filesUnder } from '../../src/lib/site/built-site.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;

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

/** Collects console errors and failed requests, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  return errors;
}
