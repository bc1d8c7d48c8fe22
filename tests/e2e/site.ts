/** Helpers shared by the end-to-end tests: the built pages, and a page that fails on console errors. */
import { statSync } from 'node:fs';
import { localeOfPath, localeTable, routeOfFolder } from '../../src/i18n/index.ts';
import { SECTIONS } from '../../src/lib/content/sections.ts';
import type { Page } from '@playwright/test';
import { builtRoutes, dist } from '../built/built.ts';

export { builtRoutes };

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

const SECTION_ROUTES = new Set<string>(SECTIONS.map((s) => s.collection));

/**
 * The template a route is rendered with, in its language: every edition is checked. Entries
 * are told apart by section, since a statement's page carries its quote and speakers and the
 * others do not.
 */
function templateOf(route: string): string {
  const locale = localeOfPath(route.slice(1));
  const folders = route.split('/').filter(Boolean);
  if (localeTable(locale).prefix) folders.shift();
  const [first, second] = folders;
  const name = first === undefined ? 'home' : (routeOfFolder(locale, first) ?? first);
  if (SECTION_ROUTES.has(name))
    return `${locale} ${second === undefined ? 'section index' : `entry (${name})`}`;
  if (name === 'entities') return `${locale} ${second === undefined ? 'entities index' : 'entity'}`;
  return `${locale} ${name}`;
}

/** One route per template: the largest page, which has the most of the template's markup. */
export function routePerTemplate(): Map<string, string> {
  const size = (route: string) => statSync(`${dist}${route.slice(1)}index.html`).size;
  const chosen = new Map<string, string>();
  for (const route of builtRoutes()) {
    const template = templateOf(route);
    const current = chosen.get(template);
    if (current === undefined || size(route) > size(current)) chosen.set(template, route);
  }
  return chosen;
}
