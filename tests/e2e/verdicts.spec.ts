/**
 * A verdict travels with the words it judges: every rated statement, read from the content,
 * shows its verdicts on /citations/, on its entry page before its words, on the timeline and in
 * the text a reader copies; and whom the article credits is said as the article's claim.
 */
import { expect, test } from '@playwright/test';
import { entryPath } from '../../src/lib/content/entries.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { verdictsOf, verdictsOnSentence, type JudgedClaim } from '../../src/lib/content/verdicts.ts';
import type { StatementData } from '../../src/schemas/entry.ts';

const t = useTranslations('fr');
const content = readContent(new URL('../../', import.meta.url).pathname);
const claims = content.claims.map((c) => ({ id: c.id, data: c.data })) as JudgedClaim[];
const rated = content.entries
  .filter((e) => e.collection === 'statements')
  .map((e) => ({
    slug: e.id,
    path: `/${entryPath({ collection: e.collection, slug: e.id })}`,
    data: e.data as StatementData,
    labels: verdictsOf(e.id, claims).map((v) => t(`label.${v.label}`)),
  }))
  .filter((s) => s.labels.length > 0);

/** The labels a .verdicts block shows, in order. */
const labelsIn = (block: import('@playwright/test').Locator) =>
  block.locator('.verdict').evaluateAll((nodes) => nodes.map((n) => n.textContent?.trim() ?? ''));

test('the content has rated statements to check', () => {
  expect(rated.length).toBeGreaterThan(5);
});

test('every rated statement shows its verdicts and its attribution status on /citations/', async ({
  page,
}) => {
  await page.goto('/citations/');
  for (const s of rated) {
    const card = page.locator(`#${s.slug}`);
    expect(await labelsIn(card.locator('.verdicts')), s.slug).toEqual(s.labels);
    // The verdict comes before the words.
    const order = await card.evaluate(
      (li) =>
        (li.querySelector('.verdicts')?.compareDocumentPosition(li.querySelector('blockquote') as Node) ??
          0) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(order, s.slug).toBeTruthy();
    await expect(card.locator('.quote-item__meta')).toContainText(t('statement.speakers'));
    await expect(card.locator('.quote-item__meta .attribution')).toHaveText(
      `(${t(`attribution.${s.data.attribution.status}`)})`,
    );
  }
});

test('every rated statement’s page shows its verdicts before its title and quote', async ({ page }) => {
  for (const s of rated) {
    await page.goto(s.path);
    const block = page.locator('main .verdicts').first();
    expect(await labelsIn(block), s.path).toEqual(s.labels);
    const before = await page.evaluate(() => {
      const verdicts = document.querySelector('main .verdicts');
      const words = [...document.querySelectorAll('main h1, main blockquote')];
      return words.every(
        (w) => (verdicts?.compareDocumentPosition(w) ?? 0) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(before, s.path).toBe(true);
    await expect(page.locator('main dl .attribution')).toHaveText(
      `(${t(`attribution.${s.data.attribution.status}`)})`,
    );
  }
});

test('every rated statement’s timeline item shows its verdicts', async ({ page }) => {
  await page.goto('/chronologie/');
  for (const s of rated) {
    expect(await labelsIn(page.locator(`#${s.slug} .verdicts`)), s.slug).toEqual(s.labels);
  }
});

test('the copied citation says whose attribution it is and carries every verdict', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/citations/');
  for (const s of rated) {
    // The copy action is in the card's one "Citer" control.
    await page.locator(`#${s.slug} .cite summary`).click();
    await page
      .locator(`#${s.slug}`)
      .getByRole('button', { name: t('quotes.copy') })
      .click();
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).replace(
      /[\u00A0\u202F]/gu,
      ' ',
    );
    expect(copied, s.slug).toContain(' — attribué par l’article ');
    expect(copied, s.slug).toContain(`; vérification : ${[...new Set(s.labels)].join(', ')} (`);
    expect(copied, s.slug).toMatch(new RegExp(`/citations/#${s.slug}\\)$`));
  }
});

test('a quote the record gives to someone else is grouped under them, still credited as the article does', async ({
  page,
}) => {
  const names = new Map(content.entities.map((e) => [e.id, (e.data as { name: string }).name]));
  const moved = content.entries
    .filter((e) => e.collection === 'statements')
    .map((e) => ({ slug: e.id, data: e.data as StatementData }))
    .filter((s) => s.data.attribution.spokenBy);
  expect(moved.length).toBeGreaterThan(0);
  await page.goto('/citations/');
  for (const s of moved) {
    const group = page.locator(`#orateur-${s.data.attribution.spokenBy?.join('-et-')}`);
    await expect(group.locator(`#${s.slug}`)).toHaveCount(1);
    await expect(group.locator(`#${s.slug} .quote-item__speaker`)).toHaveText(
      s.data.speakers.map((id) => names.get(id)).join(', '),
    );
  }
});

test('words the record shows someone else saying stay beside the quote, as different words with their source', async ({
  page,
}) => {
  const sources = new Map(content.sources.map((f) => [f.id, f.data as { url: string }]));
  const withOtherWords = content.entries
    .filter((e) => e.collection === 'statements')
    .map((e) => ({
      slug: e.id,
      path: `/${entryPath({ collection: e.collection, slug: e.id })}`,
      data: e.data as StatementData,
    }))
    .flatMap((s) =>
      s.data.attribution.recordedWords ? [{ ...s, words: s.data.attribution.recordedWords }] : [],
    );
  expect(withOtherWords.length).toBeGreaterThan(0);
  for (const s of withOtherWords) {
    const shown = (scope: import('@playwright/test').Locator) => scope.locator('.recorded-words');
    const url = sources.get(s.words.source)?.url ?? '';
    // On /citations/, under whom the article credits, never under the one who said other words.
    await page.goto('/citations/');
    const card = page.locator(`#orateur-${s.data.speakers.join('-et-')} #${s.slug}`);
    await expect(card).toHaveCount(1);
    await expect(page.locator(`#orateur-${s.words.speaker} #${s.slug}`)).toHaveCount(0);
    await expect(shown(card).locator('q')).toHaveText(s.words.text);
    await expect(shown(card).locator(`a[href="${url}"]`)).toHaveCount(1);
    // On the entry page, where the attribution status is, and on the speaker's own page.
    for (const path of [s.path, `/entites/${s.words.speaker}/`]) {
      await page.goto(path);
      await expect(shown(page.locator('main')).locator('q')).toHaveText(s.words.text);
      await expect(shown(page.locator('main')).locator(`a[href="${url}"]`)).toHaveCount(1);
    }
  }
});

test('every rated statement carries its verdicts in /chronologie.json, before its words', async ({
  request,
}) => {
  const data = (await (await request.get('/chronologie.json')).json()) as {
    events: { unique_id: string; text: { text: string } }[];
  };
  for (const s of rated) {
    const slide = data.events.find((e) => e.unique_id === s.slug);
    expect(slide?.text.text, s.slug).toMatch(new RegExp(`^<p>Vérification : ${s.labels.join(', ')}</p>`));
  }
});

test('an article sentence shown on its own, on an entity’s page, carries the verdicts on the claims made in it, before its words', async ({
  page,
}) => {
  let judged = 0;
  for (const id of content.entities.map((e) => e.id)) {
    await page.goto(`/entites/${id}/`);
    for (const item of await page.locator('li:has(> a[href^="/source/#s"])').all()) {
      const ref = (await item.locator('> a[href^="/source/#s"]').innerText()).trim();
      const expected = verdictsOnSentence(ref, claims).map((v) => t(`label.${v.label}`));
      if (expected.length === 0) {
        await expect(item.locator('.verdict'), `${id} ${ref}`).toHaveCount(0);
        continue;
      }
      await expect(item.locator('.verdict'), `${id} ${ref}`).toHaveText(expected);
      // Before the words: the labels come ahead of the sentence's reference and text.
      const first = await item.evaluate((li) => li.firstElementChild?.className ?? '');
      expect(first, `${id} ${ref}`).toContain('verdict-badges');
      judged++;
    }
  }
  expect(judged).toBeGreaterThan(0);
});
