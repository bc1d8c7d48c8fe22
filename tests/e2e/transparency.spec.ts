import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { entryPath } from '../../src/lib/content/entries.ts';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { load as parseYaml } from 'js-yaml';
import { fr } from '../../src/i18n/fr.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { frenchTypography } from '../../src/i18n/typography.ts';
import { verdictsOf } from '../../src/lib/content/verdicts.ts';
import { headlineVerdict } from '../../src/lib/content/headline.ts';
import { isTimelineEvent } from '../../src/lib/timeline/timeline.ts';
import { RATING_VALUES } from '../../src/lib/site/structured-data.ts';
import { ATTRIBUTION_STATUSES } from '../../src/schemas/entry.ts';
import { feedPath, LOCALES, localePath, useTranslations } from '../../src/i18n/index.ts';
import { builtRoutes } from './site.ts';
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
    // A site page is updated by any change; an entry page by a change to the whole site, the entry or its claims.
    const latest = (touches: (affects: readonly string[]) => boolean) =>
      changes
        .filter((c) => c.data.affects.length === 0 || touches(c.data.affects))
        .map((c) => c.data.date)
        .sort()
        .at(-1) ?? '';
    for (const route of ['/', '/methode/', '/provenance/']) {
      await page.goto(route);
      await expect(page.locator('.page-info time')).toHaveAttribute(
        'datetime',
        latest(() => true),
      );
    }
    // The entry with the most recent change of its own, and one that no targeted change touches, if any.
    const shows = (id: string) => [id, ...claims.filter((c) => c.data.entry === id).map((c) => c.id)];
    const entries = [...entryPaths.keys()];
    const touched = entries.find(
      (id) => latest((a) => a.some((x) => shows(id).includes(x))) === latest(() => true),
    );
    const untouched = entries.find(
      (id) => !changes.some((c) => c.data.affects.some((x) => shows(id).includes(x))),
    );
    for (const id of [touched, untouched].filter((x) => x !== undefined)) {
      await page.goto(entryPaths.get(id) ?? '/');
      await expect(page.locator('.page-info time')).toHaveAttribute(
        'datetime',
        latest((affects) => affects.some((x) => shows(id).includes(x))),
      );
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

test.describe('a publication that answers for itself', () => {
  const declared = existsSync(join(root, 'content', 'publisher.yaml'));
  const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  const claimsOf = (entry: string) => verdictsOf(entry, claims).length;

  test('every entry judged false or misleading carries its verdict in <title>, og:title and its timeline title', async ({
    request,
  }) => {
    const judged = raw.entries.filter((e) => headlineVerdict(e.id, claims));
    expect(judged.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const timeline = await (await request.get(`/${localePath(locale, 'timeline')}`)).text();
      for (const entry of raw.entries) {
        const verdict = headlineVerdict(entry.id, claims);
        const html = await (
          await request.get(`/${entryPath({ collection: entry.collection, slug: entry.id }, locale)}`)
        ).text();
        const title = flat(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
        const ogTitle = flat(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? '');
        const lead = verdict ? flat(t(`headline.${verdict}`).replace('{title}', '')) : undefined;
        const reviews = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
          .flatMap(([, json = '']) => [JSON.parse(json)].flat() as Record<string, unknown>[])
          .filter((d) => d['@type'] === 'ClaimReview');
        // The structured data carries the same headline as the page.
        for (const review of reviews) expect(flat(String(review['headline'])), entry.id).toBe(ogTitle);
        for (const shown of [title, ogTitle]) {
          if (lead)
            expect(shown, `${locale} ${entry.id}`).toMatch(
              new RegExp(`^${lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
            );
          else expect(shown, `${locale} ${entry.id}`).not.toMatch(/^(Faux|Trompeur|False|Misleading)\s?:/);
        }
        if (lead && isTimelineEvent(entry)) {
          const item =
            new RegExp(`<li id="${entry.id}"[\\s\\S]*?<h[34][^>]*>([\\s\\S]*?)</h[34]>`).exec(
              timeline,
            )?.[1] ?? '';
          expect(flat(item.replace(/<[^>]+>/g, '')).trim(), `${locale} timeline ${entry.id}`).toMatch(
            new RegExp(`^${lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
          );
        }
      }
    }
  });

  test('without content/publisher.yaml, every edition says plainly that no publisher is declared, and credits no one', async ({
    request,
  }) => {
    test.skip(declared, 'a publisher is declared: tests/integration/publisher.test.ts covers it');
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const home = await (await request.get(`/${localePath(locale, 'home')}`)).text();
      const masthead = /class="masthead__publisher"[^>]*>([^<]*)<\/a>/.exec(home)?.[1] ?? '';
      expect(flat(masthead).trim()).toBe(flat(t('publisher.none')));
      const method = flat(await (await request.get(`/${localePath(locale, 'method')}`)).text());
      expect(method).toContain(flat(t('publisher.noneText')));
      const entry = raw.entries.find((e) => claimsOf(e.id) > 0);
      if (!entry) throw new Error('no entry with a rated claim');
      const html = await (
        await request.get(`/${entryPath({ collection: entry.collection, slug: entry.id }, locale)}`)
      ).text();
      for (const [, json = ''] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
        for (const item of [JSON.parse(json)].flat() as Record<string, unknown>[]) {
          expect(item['author'], entry.id).toBeUndefined();
          expect(item['publisher'], entry.id).toBeUndefined();
        }
      }
      const feed = await (await request.get(`/${feedPath(locale)}`)).text();
      expect(feed).toContain(`<author><name>${t('site.title')}</name></author>`);
    }
  });

  test('every page links its edition’s changelog feed in its head, and the method page links it too', async ({
    request,
  }) => {
    for (const route of builtRoutes()) {
      const locale = route.startsWith('/en/') ? 'en' : 'fr';
      const head = (await (await request.get(route)).text()).split('</head>')[0] ?? '';
      expect(head, route).toContain(
        `<link rel="alternate" type="application/atom+xml" href="/${feedPath(locale as 'fr' | 'en')}"`,
      );
    }
    for (const locale of LOCALES) {
      const method = await (await request.get(`/${localePath(locale, 'method')}`)).text();
      expect(method).toMatch(new RegExp(`<main[\\s\\S]*href="/${feedPath(locale)}"`));
      const feed = await request.get(`/${feedPath(locale)}`);
      expect(feed.ok()).toBe(true);
      // One entry per change of the changelog.
      expect((await feed.text()).match(/<entry>/g)?.length).toBe(changes.length);
    }
  });

  test('the method page defines the four attribution statuses and the numeric scale behind the labels', async ({
    page,
  }) => {
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      await page.goto(`/${localePath(locale, 'method')}`);
      await expect(page.locator('.method-attribution dt')).toHaveText(
        ATTRIBUTION_STATUSES.map((s) => t(`attribution.${s}`)),
      );
      for (const status of ATTRIBUTION_STATUSES)
        await expect(page.locator(`#attribution-${status} + dd`)).toHaveText(
          t(`attribution.${status}.about`),
        );
      const rows = page.locator('.method-scale tbody tr');
      await expect(rows.locator('th')).toHaveText(CLAIM_LABELS.map((l) => t(`label.${l}`)));
      for (const [i, l] of CLAIM_LABELS.entries()) {
        const value = RATING_VALUES[l];
        await expect(rows.nth(i).locator('td')).toHaveText(
          value !== undefined ? String(value) : t(l === 'opinion' ? 'method.notReviewed' : 'method.noRating'),
        );
      }
    }
  });
});
