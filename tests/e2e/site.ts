/** Helpers shared by the end-to-end tests: the built pages, and a page that fails on console errors. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** Every page of the built site, as its URL path ("/", "/visite/", …), 404 excepted. */
export function builtRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        routes.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return routes.sort();
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
