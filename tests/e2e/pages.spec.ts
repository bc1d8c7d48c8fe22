import { expect, test } from '@playwright/test';
import { LOCALES, localeOfPath, localePath, localeTable, ROUTES, twinPath } from '../../src/i18n/index.ts';
import { builtRoutes, watchErrors } from './site.ts';

const routes = builtRoutes();
/** The only pages with a script of their own; reading pages ship none but the citation kit's copy button. */
const SCRIPTED = new Set(
  LOCALES.flatMap((locale) => [`/${localePath(locale, 'search')}`, `/${localePath(locale, 'quotes')}`]),
);
// The editions below the root build their not-found page as a folder; the root's is 404.html, no route.
const NOT_FOUND = new Set(
  LOCALES.filter((locale) => localeTable(locale).prefix).map(
    (locale) => `/${localeTable(locale).prefix}/404/`,
  ),
);
const pages = routes.filter((route) => !NOT_FOUND.has(route));

test('the build has every route of the design, in every language', () => {
  for (const locale of LOCALES)
    for (const route of ROUTES.filter((r) => r !== 'share'))
      expect(routes).toContain(`/${localePath(locale, route)}`);
  expect(routes.filter((r) => r.split('/').length === 4).length).toBeGreaterThanOrEqual(30);
});

test('every page has its twin in every other language, and the twins are the same pages both ways', () => {
  for (const route of pages) {
    const path = route.slice(1);
    for (const other of LOCALES) {
      const twin = `/${twinPath(path, other)}`;
      expect(routes, `${route} → ${twin}`).toContain(twin);
      expect(`/${twinPath(twin.slice(1), localeOfPath(path))}`).toBe(route);
    }
  }
  const perLocale = LOCALES.map((locale) => pages.filter((r) => localeOfPath(r.slice(1)) === locale).length);
  expect(new Set(perLocale).size, `pages per locale: ${perLocale.join(', ')}`).toBe(1);
});

// One visit per page for the checks that every page must pass, to keep the suite fast.
for (const route of routes) {
  const locale = localeOfPath(route.slice(1));
  const { lang, prefix } = localeTable(locale);
  test(`${route} renders in its language with one h1, links within its edition, ${SCRIPTED.has(route) ? 'its one script' : 'no script'} (and the citation kit's where it cites), no console error, nothing from another host, and fits 320 px`, async ({
    page,
    baseURL,
  }) => {
    const errors = watchErrors(page);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(baseURL ?? '').origin)) elsewhere.push(request.url());
    });
    await page.setViewportSize({ width: 320, height: 640 });
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // A page links within its own edition; only the language switch leads to the other.
    const own = (await page
      .locator('a[href^="/"]:not(.masthead__language)')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) as string[];
    const otherEdition = own.filter((href) => localeOfPath(href.slice(1)) !== locale);
    expect(otherEdition, `links from ${route} to another edition`).toEqual([]);
    if (prefix) expect(own.length).toBeGreaterThan(0);
    await expect(page.locator('h1')).toHaveCount(1);
    // Structured data is not a script that runs, so it does not count.
    const citable = (await page.locator('.cite').count()) > 0;
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(
      (SCRIPTED.has(route) ? 1 : 0) + (citable ? 1 : 0),
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    expect(elsewhere).toEqual([]);
  });
}

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/nulle-part/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page introuvable');
});

test('words next to inline elements are not glued together', async ({ page }) => {
  await page.goto('/');
  const meta = page.locator('.card .meta').filter({ hasText: 'décembre 2019' }).first();
  expect(await meta.innerText()).toMatch(/énergétique\s+·\s+31 décembre 2019/);
});

test('the skip link is the first stop of the keyboard and shows its focus', async ({ page }) => {
  await page.goto('/source/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#contenu$/);
});
