import { LOCALES, localeOfPath, localePath, localeTable } from '../../src/i18n/index.ts';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { routePerTemplate, watchErrors } from './site.ts';

// WCAG 2.2 A and AA, as axe tags them.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// The rules that depend on colour, the only thing the dark scheme changes.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, colourOnly: boolean): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (colourOnly ? axe.withRules(COLOUR_RULES) : axe.withTags(WCAG)).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const searchPages = new Set(LOCALES.map((locale) => `/${localePath(locale, 'search')}`));

// One visit per template, on its largest page: what needs a browser. What the built files alone
// tell (one h1, language, links, scripts, other hosts) is checked on every page in tests/built/.
for (const [template, route] of routePerTemplate()) {
  const { lang } = localeTable(localeOfPath(route.slice(1)));
  test(`the ${template} template (${route}) renders at 320 px without a console error or a request elsewhere, with no WCAG 2.2 AA violation in light and none of colour in dark`, async ({
    page,
    baseURL,
  }) => {
    const errors = watchErrors(page);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(baseURL ?? '').origin)) elsewhere.push(request.url());
    });
    await page.setViewportSize({ width: 320, height: 640 });
    // The search page is checked with results on screen, where most of its markup is.
    const response = await page.goto(searchPages.has(route) ? `${route}?q=Minsk` : route);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    if (searchPages.has(route)) await expect(page.locator('.result').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'wider than 320 px').toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await violations(page, false), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page, true), 'dark').toEqual([]);
    expect(errors).toEqual([]);
    expect(elsewhere).toEqual([]);
  });
}
