import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtRoutes } from './site.ts';

// WCAG 2.2 A and AA, as axe tags them.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const route of builtRoutes()) {
  test(`${route} has no WCAG 2.2 AA violation, in light and in dark`, async ({ page }) => {
    // The search page is checked with results on screen, where most of its markup is.
    await page.goto(route === '/recherche/' ? '/recherche/?q=Minsk' : route);
    if (route === '/recherche/') await expect(page.locator('.result').first()).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(
        violations.map(
          (v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        ),
      ).toEqual([]);
    }
  });
}
