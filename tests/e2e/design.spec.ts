/**
 * The design's promises, checked from the content: every rated entry's verdicts come before its
 * title, on its card and on its page; the phone's menu reaches every section without JavaScript.
 */
import { expect, test, type Locator } from '@playwright/test';
import { LOCALES, localePath, useTranslations } from '../../src/i18n/index.ts';
import { entryPath } from '../../src/lib/content/entries.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { SECTIONS } from '../../src/lib/content/sections.ts';
import { verdictsOf, type JudgedClaim } from '../../src/lib/content/verdicts.ts';
import type { SectionCollection } from '../../src/lib/content/sections.ts';

const t = useTranslations('fr');
const content = readContent(new URL('../../', import.meta.url).pathname);
const claims = content.claims.map((c) => ({ id: c.id, data: c.data })) as JudgedClaim[];
const rated = content.entries
  .map((e) => ({
    slug: e.id,
    collection: e.collection as SectionCollection,
    path: `/${entryPath({ collection: e.collection as SectionCollection, slug: e.id })}`,
    labels: verdictsOf(e.id, claims).map((v) => t(`label.${v.label}`)),
  }))
  .filter((e) => e.labels.length > 0);

/** The verdict labels inside `scope`, in order, and whether the first one precedes `title`. */
async function verdictsBefore(scope: Locator, title: string) {
  return scope.evaluate((root, selector) => {
    const labels = [...root.querySelectorAll('.verdict')];
    const heading = root.querySelector(selector);
    return {
      labels: labels.map((l) => l.textContent?.trim() ?? ''),
      before:
        !!heading &&
        labels.length > 0 &&
        labels.every((l) => l.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  }, title);
}

test('the content has rated entries in more than one section', () => {
  expect(new Set(rated.map((e) => e.collection)).size).toBeGreaterThan(1);
});

test('every rated entry’s card on its section’s list shows its verdicts before its title', async ({
  page,
}) => {
  for (const section of SECTIONS) {
    await page.goto(`/${localePath('fr', section.collection)}`);
    for (const entry of rated.filter((e) => e.collection === section.collection)) {
      const card = page.locator('.card').filter({ has: page.locator(`a[href="${entry.path}"]`) });
      await expect(card, entry.path).toHaveCount(1);
      const { labels, before } = await verdictsBefore(card, '.card__title');
      expect(labels, entry.path).toEqual(entry.labels);
      expect(before, entry.path).toBe(true);
    }
  }
});

test('every rated entry’s page shows its verdicts before its title', async ({ page }) => {
  for (const entry of rated) {
    await page.goto(entry.path);
    const { labels, before } = await verdictsBefore(page.locator('main'), 'h1');
    // The labels above the title come first; the claim boxes under it repeat each verdict.
    expect(labels.slice(0, entry.labels.length), entry.path).toEqual(entry.labels);
    const top = page.locator('main .verdicts').first();
    expect((await verdictsBefore(top, 'nothing')).labels, entry.path).toEqual(entry.labels);
    const first = await page.evaluate(
      () =>
        (document
          .querySelector('main .verdict')
          ?.compareDocumentPosition(document.querySelector('main h1') as Node) ?? 0) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(first, entry.path).toBeTruthy();
    expect(before, entry.path).toBe(false);
  }
});

test.describe('on a phone with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  for (const locale of LOCALES) {
    test(`the menu reaches every section and marks the current page (${locale})`, async ({ page }) => {
      const home = `/${localePath(locale, 'home')}`;
      const sections = SECTIONS.map((s) => `/${localePath(locale, s.collection)}`);
      await page.goto(home);
      const menu = page.locator('nav .nav-menu');
      const summary = menu.locator('summary');
      await expect(summary).toBeVisible();
      const mainTop = (await page.locator('main').boundingBox())?.y ?? 0;
      await summary.click();
      // Opened, the menu pushes the page down rather than covering it.
      expect((await page.locator('main').boundingBox())?.y ?? 0).toBeGreaterThan(mainTop);
      const links = menu.locator('a');
      const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const section of sections) expect(targets).toContain(section);
      expect(targets).toContain(`/${localePath(locale, 'search')}`);
      for (const link of await links.all()) {
        expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      }
      for (const section of sections) {
        await page.goto(home);
        await page.locator('nav .nav-menu summary').click();
        await page.locator(`nav .nav-menu a[href="${section}"]`).click();
        await expect(page).toHaveURL(new RegExp(`${section}$`));
        await expect(page.locator(`nav .nav-menu a[href="${section}"]`)).toHaveAttribute(
          'aria-current',
          'page',
        );
      }
    });
  }

  test('search is one tap away from every page', async ({ page }) => {
    for (const locale of LOCALES) {
      await page.goto(`/${localePath(locale, 'article')}`);
      const search = page
        .locator('.site-header')
        .getByRole('link', { name: useTranslations(locale)('nav.search') });
      await expect(search.first()).toBeVisible();
      await search.first().click();
      await expect(page).toHaveURL(new RegExp(`/${localePath(locale, 'search')}$`));
    }
  });
});

test('every entry, quotes included, has its own share picture in each edition', async ({ request }) => {
  expect(content.entries.length).toBeGreaterThan(0);
  for (const locale of LOCALES) {
    for (const entry of content.entries) {
      const response = await request.get(`/${localePath(locale, 'share', `entree-${entry.id}.png`)}`);
      expect(response.status(), `${locale} ${entry.id}`).toBe(200);
      expect(response.headers()['content-type'], `${locale} ${entry.id}`).toContain('image/png');
      const png = await response.body();
      // The PNG header's width and height: the size sharing services expect.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], entry.id).toEqual([1200, 630]);
    }
  }
});
