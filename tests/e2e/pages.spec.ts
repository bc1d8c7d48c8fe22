import { expect, test } from '@playwright/test';
import { builtRoutes, watchErrors } from './site.ts';

const routes = builtRoutes();
/** The only pages with a script of their own; reading pages ship none but the citation kit's copy button. */
const SCRIPTED = new Set(['/recherche/', '/citations/']);

test('the build has every route of the design', () => {
  for (const route of ['/', '/visite/', '/declarations/', '/energie/', '/commentaire/', '/source/']) {
    expect(routes).toContain(route);
  }
  expect(routes.filter((r) => r.split('/').length === 4).length).toBeGreaterThanOrEqual(30);
});

// One visit per page for the checks that every page must pass, to keep the suite fast.
for (const route of routes) {
  test(`${route} renders in French with one h1, ${SCRIPTED.has(route) ? 'its one script' : 'no script'} (and the citation kit's where it cites), no console error, nothing from another host, and fits 320 px`, async ({
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
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
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
  expect(await meta.innerText()).toMatch(/énergétique\s+31 décembre 2019/);
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
