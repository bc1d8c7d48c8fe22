import { expect, test } from '@playwright/test';
import { entryPath as pathOfEntry } from '../../src/lib/content/entries.ts';
import { readContent } from '../../src/lib/content/files.ts';

const raw = readContent(new URL('../../', import.meta.url).pathname);
// An entry whose page shows a verdict with its evidence.
const judged = raw.claims.find((c) => ((c.data as { evidence?: unknown[] }).evidence ?? []).length > 0);
const entry = raw.entries.find((e) => e.id === (judged?.data as { entry: string } | undefined)?.entry);
if (!entry) throw new Error('no entry with evidence in the content');
const entryPath = `/${pathOfEntry({ collection: entry.collection, slug: entry.id })}`;

for (const route of [entryPath, '/analyse/', '/chronologie/']) {
  test(`${route} printed keeps its title, address, last update and every piece of evidence, without navigation or buttons`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(route);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.page-info')).toContainText(`${new URL(route, baseURL).pathname}`);
    await expect(page.locator('.page-info')).toContainText('Adresse de cette page');
    await expect(page.locator('.page-info time')).toBeVisible();
    // The evidence where the page holds it; the verdicts' index prints where each claim's is.
    const evidence = page.locator('.claim__evidence li, .claim__evidence-link');
    // (The timeline has no claim cards: its events print with their sources.)
    if (route !== '/chronologie/') expect(await evidence.count()).toBeGreaterThan(0);
    for (const item of await evidence.all()) await expect(item).toBeVisible();
    // Outside sources print with their address.
    const links = page.locator('.claim__evidence a[href^="http"]');
    if ((await links.count()) > 0) {
      const after = await links
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content.includes(a.getAttribute('href') ?? '-'));
      expect(after).toBe(true);
    }
    await expect(page.locator('.site-header')).toBeHidden();
    for (const element of await page.locator('nav, button, .cite').all()) await expect(element).toBeHidden();
  });
}

test('the entry printed shows its evidence, which the screen keeps in a closed box', async ({ page }) => {
  await page.goto(entryPath);
  const first = page.locator('.claim__evidence li').first();
  await expect(first).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(first).toBeVisible();
});

test('where CSS cannot open a closed box, the page opens its evidence before printing and closes it after', async ({
  page,
}) => {
  await page.goto(entryPath);
  const boxes = page.locator('details.claim__evidence');
  expect(await boxes.count()).toBeGreaterThan(0);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  for (const box of await boxes.all()) await expect(box).toHaveAttribute('open', '');
  await expect(page.locator('details.cite[open]')).toHaveCount(0);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(page.locator('details.claim__evidence[open]')).toHaveCount(0);
});
