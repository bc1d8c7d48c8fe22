import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/content/files.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { siteCredit } from '../../src/lib/site/citation.ts';
import { readPublisher } from '../../src/lib/site/publisher.ts';
import { watchErrors } from './site.ts';

const statements = readContent(new URL('../../', import.meta.url).pathname).entries.filter(
  (entry) => entry.collection === 'statements',
);
const spokenBy = (id: string) =>
  statements.filter((entry) => (entry.data as { speakers?: string[] }).speakers?.includes(id)).length;

test('every statement is listed once, grouped by speaker, with its permalink, source sentence and analysis', async ({
  page,
}) => {
  await page.goto('/citations/');
  const items = page.locator('.quote-item');
  await expect(items).toHaveCount(statements.length);
  await expect(page.locator('#orateur-loukachenko h2')).toHaveText('Alexandre Loukachenko');
  const quote = page.locator('#loukachenko-malentendus');
  await expect(quote.locator('blockquote')).toHaveText(
    /^\s*«\s?très bien que vous ayez risqué de venir à Minsk après divers malentendus entre la Biélorussie et les États-Unis\s?»\s*$/,
  );
  await expect(quote).toContainText('Rencontre');
  await expect(quote).toContainText('Citation directe');
  await expect(quote.getByRole('link', { name: '§4.2' })).toHaveAttribute('href', '/source/#s4-2');
  await expect(quote.getByRole('link', { name: 'Analyse' })).toHaveAttribute(
    'href',
    '/declarations/loukachenko-malentendus/',
  );
  await expect(quote.getByRole('link', { name: 'Lien permanent' })).toHaveAttribute(
    'href',
    '#loukachenko-malentendus',
  );
});

test('the speaker filter and the quote search narrow the list and stay in the URL', async ({ page }) => {
  await page.goto('/citations/');
  await page.getByLabel('Orateur', { exact: true }).selectOption('pompeo');
  await expect(page).toHaveURL(/orateur=pompeo/);
  const visible = page.locator('.quote-item:not([hidden])');
  await expect(visible).toHaveCount(spokenBy('pompeo'));
  await page.getByLabel('Chercher dans les citations').fill('reformes');
  await expect(visible).toHaveCount(1);
  await expect(visible.first()).toHaveAttribute('id', 'pompeo-reformes-et-droits-de-l-homme');
  await expect(page.getByRole('status')).toHaveText(`1 citation affichée sur ${statements.length}`);
  await page.reload();
  await expect(page.getByLabel('Chercher dans les citations')).toHaveValue('reformes');
  await expect(visible).toHaveCount(1);
});

test('an unknown speaker in the URL is dropped with a notice naming it, and every quote stays', async ({
  page,
}) => {
  await page.goto('/citations/?orateur=inconnu&q=ambassadeurs');
  await expect(page.locator('#quotes-notice')).toBeVisible();
  await expect(page.locator('#quotes-notice')).toContainText('inconnu');
  await expect(page.getByLabel('Orateur', { exact: true })).toHaveValue('');
  await expect(page).toHaveURL(/\/citations\/\?q=ambassadeurs$/);
  const total = await page.locator('.quote-item').count();
  const matching = await page.locator('.quote-item:not([hidden])').count();
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(total);
});

test('hostile input in the quote search is only ever text; punctuation alone gets advice, not every quote', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/citations/');
  for (const query of ['<img src=x onerror=alert(1)>', 'مينسك']) {
    await page.getByLabel('Chercher dans les citations').fill(query);
    await expect(page.locator('#quotes-none')).toBeVisible();
  }
  // The search page's rule for a query with nothing to search, and its advice.
  const advice =
    useTranslations('fr')('search.nothingToSearch').split('{query}')[1]?.trim().slice(0, 30) ?? '';
  for (const query of ['(', '.*(', 'x'.repeat(10_000), '🛢️']) {
    await page.getByLabel('Chercher dans les citations').fill(query);
    await expect(page.locator('#quotes-status'), query.slice(0, 10)).toContainText(advice);
    await expect(page.locator('.quote-item:not([hidden])'), query.slice(0, 10)).toHaveCount(0);
    await expect(page.locator('#quotes-none')).toBeHidden();
  }
  await expect(page.locator('main img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('“copy citation” puts the quote, whom the article credits, its verdict and its permalink on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/citations/');
  const copy = async (id: string) => {
    // The copy action is in the card's one "Citer" control.
    await page.locator(`#${id} .cite summary`).click();
    await page.locator(`#${id}`).getByRole('button', { name: 'Copier la citation' }).click();
    return (await page.evaluate(() => navigator.clipboard.readText())).replace(/[\u00A0\u202F]/gu, ' ');
  };
  // Credited to the site by its name (and its publisher, when one is declared), before the address.
  const publisher = readPublisher(new URL('../../content/', import.meta.url).pathname).publisher;
  const credit = siteCredit(useTranslations('fr')('site.title'), publisher?.name)
    .replace(/[\u00A0\u202F]/gu, ' ')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(await copy('loukachenko-malentendus')).toMatch(
    new RegExp(
      `^« très bien que vous ayez risqué.* » — attribué par l’article à Alexandre Loukachenko ; vérification : Exact \\(${credit}, http://localhost:\\d+/citations/#loukachenko-malentendus\\)$`,
    ),
  );
  expect(await copy('mae-role-des-etats-unis')).toMatch(
    new RegExp(
      `^« le renforcement du rôle des États-Unis en Biélorussie » — attribué par l’article au ministère biélorusse des Affaires étrangères ; vérification : Trompeur \\(${credit}, http://localhost:\\d+/citations/#mae-role-des-etats-unis\\)$`,
    ),
  );
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every quote is readable and speakers are reachable by links', async ({ page }) => {
    await page.goto('/citations/');
    await expect(page.locator('.quote-item:visible')).toHaveCount(statements.length);
    await expect(page.locator('.quotes-tools')).toBeHidden();
    await page.getByRole('link', { name: 'Reuters', exact: true }).click();
    await expect(page).toHaveURL(/#orateur-reuters$/);
  });
});
