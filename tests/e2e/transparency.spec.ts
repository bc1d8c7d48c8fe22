import { readdirSync, readFileSync } from 'node:fs';
import { entryPath } from '../../src/lib/content/entries.ts';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { load as parseYaml } from 'js-yaml';
import { fr } from '../../src/i18n/fr.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { frenchTypography } from '../../src/lib/site/typography.ts';
import { verdictsOf } from '../../src/lib/content/verdicts.ts';
import { CLAIM_LABELS, claimSchema } from '../../src/schemas/claim.ts';
import { changeSchema, findingSchema, sourceMatchSchema } from '../../src/schemas/transparency.ts';

const root = new URL('../../', import.meta.url).pathname;
const raw = readContent(root);
const claims = raw.claims.map((c) => ({ id: c.id, data: claimSchema.parse(c.data) }));
const yamlDir = (name: string) =>
  readdirSync(join(root, 'content', name, 'fr')).map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    raw: parseYaml(readFileSync(join(root, 'content', name, 'fr', file), 'utf8')),
  }));
const changes = yamlDir('changes').map((c) => ({ ...c, data: changeSchema.parse(c.raw) }));
const findings = yamlDir('findings').map((f) => ({ ...f, data: findingSchema.parse(f.raw) }));
const matches = yamlDir('provenance').map((m) => ({ ...m, data: sourceMatchSchema.parse(m.raw) }));
const label = (l: (typeof CLAIM_LABELS)[number]) => frenchTypography(fr[`label.${l}`]);
const entryPaths = new Map(
  raw.entries.map((e) => [e.id, `/${entryPath({ collection: e.collection, slug: e.id })}`]),
);

test.describe('the home page leads with the findings', () => {
  test('it counts the verdicts of every claim by label, each count linking to its list', async ({ page }) => {
    await page.goto('/');
    const counts = page.locator('.verdict-counts li');
    for (const l of CLAIM_LABELS) {
      const count = claims.filter((c) => c.data.label === l).length;
      const item = counts.filter({ has: page.locator(`.verdict--${l}`) });
      if (count === 0) {
        await expect(item).toHaveCount(0);
        continue;
      }
      await expect(item.locator('.verdict-counts__count')).toHaveText(String(count));
      await expect(item.locator('a')).toHaveAttribute('href', `/analyse/${l}/`);
    }
    await expect(page.locator('.story')).toContainText(String(claims.length));
  });

  test('it gives each key finding in one line with a link to its evidence', async ({ page }) => {
    await page.goto('/');
    const items = page.locator('.findings > li');
    await expect(items).toHaveCount(findings.length);
    for (const [i, f] of [...findings].sort((a, b) => a.data.order - b.data.order).entries()) {
      const item = items.nth(i);
      await expect(item).toContainText(frenchTypography(f.data.text));
      const href = f.data.claim
        ? `/analyse/#${f.data.claim}`
        : f.data.omission
          ? `/analyse/#${f.data.omission}`
          : `/${f.data.page}/`;
      await expect(item.locator(`a[href="${href}"]`)).toHaveCount(1);
    }
  });

  test('every quote and key point on the home page carries the verdicts on its words', async ({ page }) => {
    await page.goto('/');
    const cards = page.locator('.card:has(.verdict-badges), .card:has(.verdicts), .card:has(blockquote)');
    const n = await cards.count();
    expect(n).toBeGreaterThan(0);
    let checked = 0;
    for (const [slug, path] of entryPaths) {
      const card = page.locator('.card').filter({ has: page.locator(`a[href="${path}"]`) });
      if ((await card.count()) === 0) continue;
      const expected = verdictsOf(slug, claims).map((v) => label(v.label));
      for (let i = 0; i < (await card.count()); i++) {
        await expect(card.nth(i).locator('.verdict')).toHaveText(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('the false "premier" never appears on the home page without its verdict', async ({ page }) => {
    await page.goto('/');
    const wrong = claims.filter((c) => c.data.label === 'wrong');
    expect(wrong.length).toBeGreaterThan(0);
    for (const claim of wrong) {
      const path = entryPaths.get(claim.data.entry) ?? '';
      const links = page.locator(`main a[href="${path}"]`);
      for (let i = 0; i < (await links.count()); i++) {
        const holder = links.nth(i).locator('xpath=ancestor::li[1]');
        await expect(holder.locator(`.verdict--wrong`)).toHaveCount(1);
      }
    }
  });
});

test.describe('the method page', () => {
  test('defines every label the schema allows, with an example from the content or a plain "none"', async ({
    page,
  }) => {
    await page.goto('/methode/');
    const terms = page.locator('.method-labels dt');
    await expect(terms).toHaveText(CLAIM_LABELS.map(label));
    for (const l of CLAIM_LABELS) {
      const example = claims.find((c) => c.data.label === l);
      const dd = page.locator(`#verdict-${l} + dd`);
      await expect(dd).toContainText(frenchTypography(fr[`label.${l}.about`]));
      if (example) await expect(dd.locator(`a[href="/analyse/#${example.id}"]`)).toHaveCount(1);
      else await expect(dd).toContainText(frenchTypography(fr['method.noExample']));
    }
  });

  test('shows every change of the changelog, newest first, and says who publishes or that it is not configured', async ({
    page,
  }) => {
    await page.goto('/methode/');
    const items = page.locator('.changelog > li');
    await expect(items).toHaveCount(changes.length);
    const dates = await items
      .locator('time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    expect(dates).toEqual(
      changes
        .map((c) => c.data.date)
        .sort()
        .reverse(),
    );
    await expect(page.locator('#editeur ~ p').first()).toBeVisible();
  });
});

test.describe('provenance', () => {
  test('shows each passage matched to the English text side by side, the English verbatim and labelled', async ({
    page,
  }) => {
    await page.goto('/provenance/');
    expect(matches.length).toBeGreaterThan(0);
    await expect(page.locator('section.match')).toHaveCount(matches.length);
    for (const m of matches) {
      const section = page.locator(`section.match#${m.id}`);
      const english = section.locator('figure[lang="en"] blockquote');
      await expect(english).toHaveText(m.data.english);
      await expect(section.locator('figure[lang="en"] figcaption')).toContainText('SouthFront');
      for (const change of m.data.changes) {
        await expect(english.locator('mark', { hasText: change.en })).toHaveCount(1);
        if (change.fr) {
          await expect(section.locator('figure:not([lang]) mark', { hasText: change.fr })).toHaveCount(1);
        }
      }
    }
  });

  test('is linked from the home page, the article page and every entry of a matched passage', async ({
    page,
  }) => {
    for (const route of ['/', '/source/']) {
      await page.goto(route);
      await expect(page.locator('main a[href^="/provenance/"]').first()).toBeVisible();
    }
    const matched = new Set(matches.flatMap((m) => m.data.refs));
    const concerned = raw.entries.filter((e) =>
      (e.data as { covers: { ref: string }[] }).covers.some((c) => matched.has(c.ref)),
    );
    expect(concerned.length).toBeGreaterThan(0);
    for (const entry of concerned) {
      await page.goto(entryPaths.get(entry.id) ?? '');
      await expect(page.locator('main a[href^="/provenance/#"]')).toHaveCount(1);
    }
  });
});

test.describe('every page', () => {
  test('shows the date of its last update, from the changelog', async ({ page }) => {
    const latest = changes
      .map((c) => c.data.date)
      .sort()
      .at(-1);
    for (const route of ['/', '/methode/', '/provenance/', [...entryPaths.values()][0] ?? '/']) {
      await page.goto(route);
      await expect(page.locator('.page-info time')).toHaveAttribute('datetime', latest ?? '');
    }
  });

  test('keeps the same header and content width from page to page, the navigation folded into one menu on a phone', async ({
    page,
  }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const boxes: string[] = [];
      for (const route of ['/', '/source/', '/recherche/', '/methode/', [...entryPaths.values()][0] ?? '/']) {
        await page.goto(route);
        const header = await page.locator('.site-header').boundingBox();
        const main = await page.locator('main').boundingBox();
        const title = await page.locator('.site-title').boundingBox();
        boxes.push(JSON.stringify([header?.height, title?.x, main?.x, main?.width]));
        if (width === 390) {
          // The masthead and one closed "Menu": no link of the navigation takes room on a phone.
          await expect(page.locator('.site-nav summary')).toBeVisible();
          await expect(page.locator('.site-nav a:visible')).toHaveCount(0);
        }
      }
      expect(new Set(boxes).size, boxes.join('\n')).toBe(1);
    }
  });
});
