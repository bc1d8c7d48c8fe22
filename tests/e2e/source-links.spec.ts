import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseArticle } from '../../src/lib/article/article.ts';

const article = parseArticle(
  readFileSync(new URL('../../content/article/article.fr.txt', import.meta.url), 'utf8'),
);

test('a sentence of the source links to its entry, and the entry links back to the sentence', async ({
  page,
}) => {
  await page.goto('/source/');
  const sentence = page.locator('#s4-2');
  await expect(sentence).toContainText('Lukashenko a déclaré à Pompeo');
  // The sentence's analyses are gathered in one disclosure under it.
  await sentence.locator('.sentence__notes > summary').click();
  await sentence.getByRole('link', { name: /^Les déclarations : Loukachenko : «\s*très bien/ }).click();
  await expect(page).toHaveURL(/\/declarations\/loukachenko-malentendus\/$/);
  await expect(page.locator('h1')).toContainText('très bien que vous ayez risqué de venir');

  await page.getByRole('link', { name: '§4.2, voir dans l’article' }).click();
  await expect(page).toHaveURL(/\/source\/#s4-2$/);
  await expect(page.locator('#s4-2')).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('s4-2');
});

test('every sentence of the source is an anchor linked to at least one entry', async ({ page }) => {
  await page.goto('/source/');
  const sentences = page.locator('.sentence');
  await expect(sentences).toHaveCount(article.sentences.length);
  for (const sentence of await sentences.all()) {
    const id = await sentence.getAttribute('id');
    expect(id).toMatch(/^s\d+-\d+$/);
    await expect(sentence.locator(`a.sentence__id[href="#${id}"]`)).toHaveCount(1);
    expect(await sentence.locator('.sentence__links a').count()).toBeGreaterThan(0);
  }
});

test('every link from the source page reaches an entry that links back to that sentence', async ({
  page,
  request,
}) => {
  await page.goto('/source/');
  const pairs = await page.locator('.sentence').evaluateAll((nodes) =>
    nodes.flatMap((node) =>
      [...node.querySelectorAll<HTMLAnchorElement>('.sentence__links a')].map((a) => ({
        anchor: node.id,
        href: a.getAttribute('href') ?? '',
      })),
    ),
  );
  expect(pairs.length).toBeGreaterThan(26);
  for (const { anchor, href } of pairs) {
    const html = await (await request.get(href)).text();
    expect(html, `${href} should link back to #${anchor}`).toContain(`/source/#${anchor}"`);
  }
});

test('a § reference in an analysis links to its sentence', async ({ page }) => {
  await page.goto('/visite/premier-secretaire-d-etat/');
  const ref = page
    .locator('#analyse ~ * a.sentence-ref, section a.sentence-ref')
    .filter({ hasText: '§3.1' })
    .first();
  await expect(ref).toHaveAttribute('href', '/source/#s3-1');
});

test('context from outside the article is labelled and carries its source', async ({ page }) => {
  await page.goto('/visite/premier-secretaire-d-etat/');
  const context = page.locator('aside.context').first();
  await expect(context).toContainText('Contexte, hors de l’article');
  await expect(context).toContainText('James Baker');
  await expect(context.getByRole('link', { name: 'rp.pl' })).toHaveAttribute(
    'href',
    'https://rp.pl/swiat/art9058721-bialorus-jak-wysoka-bedzie-cena-amerykanskiej-ropy',
  );
});
