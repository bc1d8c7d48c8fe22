import { expect, test } from '@playwright/test';
// Every page's own checks (language, one h1, links, scripts, other hosts) run over the built files
// in tests/built/; one visit per template in a11y.spec.ts adds what needs a browser.

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
