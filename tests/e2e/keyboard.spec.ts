import { expect, test, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the target has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('search with the keyboard alone: type, filter, open a result', async ({ page }) => {
  await page.goto('/recherche/');
  await tabTo(page, page.locator('#q'));
  await page.keyboard.type('pétrole');
  await page.keyboard.press('Enter');
  await expect(page.locator('.result').first()).toBeVisible();

  const citation = page.locator('#search-filters input[value="quote"]');
  await tabTo(page, citation);
  await expect(citation).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/type=quote/);

  const first = page.locator('.result h2 a').first();
  await tabTo(page, first);
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').split('#')[0]}`));
});

test('the quotes page with the keyboard alone: search, pick a speaker, copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/citations/');
  await tabTo(page, page.getByLabel('Chercher dans les citations'));
  await page.keyboard.type('ambassadeurs');
  await expect(page.locator('.quote-item:not([hidden])')).toHaveCount(2);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Orateur', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.getByLabel('Orateur', { exact: true }).selectOption('pompeo');
  // The copy action is inside the card's one "Citer" control: open it, then reach the button.
  await tabTo(page, page.locator('#echange-d-ambassadeurs .cite summary'));
  await page.keyboard.press('Enter');
  const copy = page.locator('#echange-d-ambassadeurs .quote-item__copy');
  await tabTo(page, copy);
  await page.keyboard.press('Enter');
  await expect(copy).toHaveText('Citation copiée');
});

test('the skip link and every link show where the focus is', async ({ page }) => {
  await page.goto('/chronologie/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return getComputedStyle(el).outlineStyle;
    });
    expect(outline).toBe('solid');
  }
});
