import { LOCALES, localeOfPath, localePath, localeTable, routeOfFolder } from '../../src/i18n/index.ts';
import { statSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SECTIONS } from '../../src/lib/content/sections.ts';
import { builtRoutes } from './site.ts';

// WCAG 2.2 A and AA, as axe tags them.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// The rules that depend on colour, the only thing the dark scheme changes.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const dist = new URL('../../dist/', import.meta.url).pathname;
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
const searchPages = new Set(LOCALES.map((locale) => `/${localePath(locale, 'search')}`));

/** One route per template: the largest page, which has the most of the template's markup. */
function routePerTemplate(): Map<string, string> {
  const size = (route: string) => statSync(`${dist}${route.slice(1)}index.html`).size;
  const chosen = new Map<string, string>();
  for (const route of builtRoutes()) {
    const template = templateOf(route);
    const current = chosen.get(template);
    if (current === undefined || size(route) > size(current)) chosen.set(template, route);
  }
  return chosen;
}

async function violations(page: Page, colourOnly: boolean): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (colourOnly ? axe.withRules(COLOUR_RULES) : axe.withTags(WCAG)).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

// Every template with every rule in light, and with the colour rules in dark.
for (const [template, route] of routePerTemplate()) {
  test(`the ${template} template (${route}) has no WCAG 2.2 AA violation; its dark scheme none of colour`, async ({
    page,
  }) => {
    // The search page is checked with results on screen, where most of its markup is.
    await page.goto(searchPages.has(route) ? `${route}?q=Minsk` : route);
    if (searchPages.has(route)) await expect(page.locator('.result').first()).toBeVisible();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await violations(page, false), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page, true), 'dark').toEqual([]);
  });
}
