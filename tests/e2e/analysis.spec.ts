import { LOCALES } from '../../src/i18n/index.ts';
import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/content/files.ts';
import { jsonLdProblems } from '../support/structured-data-rules.ts';
import { builtRoutes } from './site.ts';

test('a claim’s verdict shows on its source sentence and on its entry, and they link both ways', async ({
  page,
}) => {
  await page.goto('/source/');
  // The sentence's analyses are gathered in one disclosure under it.
  await page.locator('#s2-1 .sentence__notes > summary').click();
  const chip = page
    .locator('#s2-1 .sentence__links')
    .getByRole('link', { name: /^Faux : Pompeo est le premier/ });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(page).toHaveURL(/\/analyse\/#c04$/);
  const card = page.locator('#c04');
  await expect(card.locator('.verdict')).toHaveText('Faux');
  await card.getByRole('link', { name: '§2.1' }).click();
  await expect(page).toHaveURL(/\/source\/#s2-1$/);

  await page.goto('/visite/premier-secretaire-d-etat/');
  const box = page.locator('.claims-box');
  await expect(box.locator('.verdict')).toHaveText('Faux');
  await expect(box).toContainText('James Baker');
  await box.getByRole('link', { name: 'Lien vers cette vérification' }).click();
  await expect(page).toHaveURL(/\/analyse\/#c04$/);
  await expect(page.locator('#c04').getByRole('link', { name: /premier secrétaire d’État/ })).toHaveAttribute(
    'href',
    '/visite/premier-secretaire-d-etat/#c04',
  );
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the claims index filters by verdict through plain links', async ({ page }) => {
    await page.goto('/analyse/');
    const claims = readContent(new URL('../../', import.meta.url).pathname).claims;
    await expect(page.locator('article.claim:not(.omission)')).toHaveCount(claims.length);
    await page.getByRole('link', { name: /^Trompeur \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/analyse\/misleading\/$/);
    const labels = await page.locator('article.claim .verdict').allInnerTexts();
    expect(labels.length).toBeGreaterThan(5);
    expect(new Set(labels.map((l) => l.trim().toLowerCase()))).toEqual(new Set(['trompeur']));
  });
});

test('every claim on the index sends the reader to its evidence on its entry’s page, and opinions are marked as not rated', async ({
  page,
}) => {
  await page.goto('/analyse/');
  const cards = page.locator('article.claim:not(.omission)');
  await expect(cards.locator('.claim__evidence-link a')).toHaveCount(await cards.count());
  await expect(page.locator('#c34 .verdict')).toHaveText(/Opinion, non évaluée/i);
  const first = cards.first();
  const id = (await first.getAttribute('id')) ?? '∅';
  await first.locator('.claim__evidence-link a').click();
  const target = page.locator(`article.claim#${id}`);
  await expect(target).toBeInViewport();
  await target.locator('details.claim__evidence summary').click();
  await expect(target.locator('details.claim__evidence li').first()).toBeVisible();
});

test('omissions and framing have their own sections with evidence', async ({ page }) => {
  await page.goto('/analyse/');
  const oil = page.locator('#offre-de-petrole');
  await expect(oil).toContainText('100 %');
  await expect(oil.getByRole('link', { name: /UAWire/ })).toHaveAttribute('href', /^https:\/\/uawire\.org\//);
  await expect(page.locator('#cadrage + ul li')).not.toHaveCount(0);
  await expect(page.locator('#ecarts + ul li')).not.toHaveCount(0);
});

test('an entity page lists every spelling and every mention', async ({ page }) => {
  await page.goto('/entites/loukachenko/');
  await expect(page.locator('h1')).toHaveText('Alexandre Loukachenko');
  for (const spelling of ['Lukashenko', 'Lukashenka', 'Лукашенко'])
    await expect(page.locator('main')).toContainText(spelling);
  const sentences = await page
    .locator('main li a[href^="/source/#"]')
    .evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  for (const id of ['s2-2', 's4-2', 's11-4', 's12-2', 's13-1']) expect(sentences).toContain(`/source/#${id}`);
  await expect(page.locator('main a[href="/citations/#loukachenko-malentendus"]')).toContainText(
    /très bien que vous ayez risqué/,
  );
});

test('the sources page lists each source once, with what it supports', async ({ page }) => {
  await page.goto('/sources/');
  const cards = page.locator('main ol > li.card');
  const ids = await cards.evaluateAll((nodes) => nodes.map((n) => n.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBeGreaterThan(30);
  for (const card of await cards.all()) await expect(card.locator('ul li').first()).toBeAttached();
  await expect(page.locator('#reuters-2020-02-01')).toContainText('Vérification');
});

test('structured data on every page parses and has the required fields', async ({ request }) => {
  let reviews = 0;
  for (const route of builtRoutes()) {
    const html = await (await request.get(route)).text();
    for (const [, json = ''] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
      const data: unknown = JSON.parse(json);
      // Each review on the page that carries it, in that page's language, never on the site's copy.
      const lang = route.startsWith('/en/') ? 'en' : 'fr';
      expect(jsonLdProblems(data, { url: route, lang, siteRoot: '/' }), route).toEqual([]);
      reviews += (Array.isArray(data) ? data : [data]).filter(
        (d) => (d as { '@type'?: string })['@type'] === 'ClaimReview',
      ).length;
    }
  }
  // One ClaimReview per rated claim in each language: opinions are not reviewed.
  const rated = readContent(new URL('../../', import.meta.url).pathname).claims.filter(
    (c) => (c.data as { label: string }).label !== 'opinion',
  );
  expect(rated.length).toBeGreaterThan(25);
  expect(reviews).toBe(rated.length * LOCALES.length);
});
