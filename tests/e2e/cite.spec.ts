import { nestQuotes } from '../../src/i18n/typography.ts';
import { expect, test } from '@playwright/test';
import { entryPath as pathOfEntry } from '../../src/lib/content/entries.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const raw = readContent(new URL('../../', import.meta.url).pathname);
const claim = raw.claims.find((c) => (c.data as { label: string }).label === 'wrong') ?? raw.claims[0];
const claimEntry = raw.entries.find((e) => e.id === (claim?.data as { entry: string }).entry);
const statement = raw.entries.find((e) => e.collection === 'statements');
if (!claim || !claimEntry || !statement) throw new Error('the content has no claim or statement to cite');
const entryPath = `/${pathOfEntry({ collection: claimEntry.collection, slug: claimEntry.id })}`;

test.describe('with JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('an entry page copies its press citation in one click: title, site, date of last update, address', async ({
    page,
    baseURL,
  }) => {
    await page.goto(entryPath);
    const cite = page.locator('main > article > .cite');
    await cite.locator('summary').click();
    await cite.getByRole('button', { name: 'Copier la citation' }).click();
    await expect(cite.getByRole('status')).toHaveText('Copié dans le presse-papiers.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const title = (await page.locator('h1').textContent())?.trim();
    // The title quoted, the article's words inside it nested as French nests them (« … “ … ” »).
    expect(copied.replace(/[\u00a0\u202f]/g, ' ')).toContain(
      `« ${nestQuotes(title ?? '').replace(/[\u00a0\u202f]/g, ' ')}`,
    );
    // The work is credited by the site's name, as its table gives it (and its publisher when declared).
    expect(copied).toContain(useTranslations('fr')('site.title'));
    expect(copied).toMatch(/mis à jour le \d{1,2}(er)? \p{L}+ \d{4}/u);
    expect(copied).toContain(`${baseURL}${entryPath}`.replace(/^http:\/\/localhost:\d+/, ''));
    // The verdicts on the entry's words travel with it.
    expect(copied).toMatch(/verdict\s: Faux/);
  });

  test('a claim card on /analyse/, its permalink, copies its press citation and its BibLaTeX record with its verdict', async ({
    page,
  }) => {
    await page.goto('/analyse/');
    const cite = page.locator(`#${claim.id} .cite`);
    await cite.locator('summary').click();
    await cite.getByRole('button', { name: 'Copier la citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/analyse/#${claim.id}`);
    await cite.getByRole('button', { name: 'Copier la référence' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^@online\\{minsk2020-${claim.id},`));
    expect(copied).toContain(`/analyse/#${claim.id}}`);
    expect(copied).toMatch(/verdict\s: /);
  });

  test('a quote card offers its citation with the speakers as the article attributes them', async ({
    page,
  }) => {
    await page.goto('/citations/');
    const cite = page.locator(`#${statement.id} .cite`);
    await cite.locator('summary').click();
    await expect(cite.locator('pre').first()).toContainText('selon l’article');
    await expect(cite.locator('pre').first()).toContainText(`/citations/#${statement.id}`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citation is readable text and no button pretends to copy it', async ({ page }) => {
    await page.goto(entryPath);
    const cite = page.locator('main > article > .cite');
    await cite.locator('summary').click();
    await expect(cite.locator('pre')).toHaveCount(2);
    await expect(cite.locator('pre').first()).toBeVisible();
    await expect(cite.locator('pre').nth(1)).toContainText('@online{');
    await expect(cite.getByRole('button')).toHaveCount(0);
  });
});
