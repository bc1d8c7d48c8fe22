import { expect, test } from '@playwright/test';
import { timelineJsFormat } from '../support/timelinejs-format.ts';
import { builtRoutes } from './site.ts';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline filters by origin and section through plain links', async ({ page }) => {
    await page.goto('/chronologie/');
    const all = await page.locator('.event').count();
    expect(all).toBeGreaterThan(50);

    await page.getByRole('link', { name: /^Contexte \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/chronologie\/contexte\/$/);
    const context = page.locator('.event');
    const count = await context.count();
    expect(count).toBeGreaterThan(20);
    expect(count).toBeLessThan(all);
    await expect(page.locator('.event--article')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(`${count} événements`);

    await page.getByRole('link', { name: /^Le différend énergétique \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/chronologie\/energie\/contexte\/$/);
    await expect(page.locator('.event--article')).toHaveCount(0);
    for (const label of await page.locator('.event .badge').allInnerTexts()) {
      expect(label).toBe('Le différend énergétique');
    }
    const filters = page.getByRole('navigation', { name: 'Filtrer la chronologie' });
    await expect(filters.getByRole('link', { name: /^Le différend énergétique/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(filters.getByRole('link', { name: /^Contexte/ })).toHaveAttribute('aria-current', 'page');

    await page.getByRole('link', { name: /^Tout \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/chronologie\/energie\/$/);
    await expect(page.locator('.event--article').first()).toBeVisible();
  });
});

test('every event is an anchor with a link to itself, and context is labelled as such', async ({ page }) => {
  await page.goto('/chronologie/');
  for (const event of await page.locator('.event').all()) {
    const id = await event.getAttribute('id');
    expect(id).toBeTruthy();
    // Its date links to itself; inside a crowded day, which shows the date once, its title does,
    // unless the title (h3 under its year, h4 under a month) leads to the event's entry.
    const inDay = await event.evaluate((el) => el.closest('.timeline__day') !== null);
    const title = event.locator(':is(h3, h4)');
    const toEntry = (await title.locator('a:not([href^="#"])').count()) === 1;
    await expect(event.locator(`a.event__permalink[href="#${id}"]`)).toHaveCount(inDay ? 0 : 1);
    await expect(title.locator(`a[href="#${id}"]`)).toHaveCount(inDay && !toEntry ? 1 : 0);
    await expect(title.locator('a')).toHaveCount(toEntry || inDay ? 1 : 0);
    const isContext = await event.evaluate((el) => el.classList.contains('event--context'));
    await expect(event.locator('.origin')).toHaveText(isContext ? 'Contexte' : 'De l’article');
    if (isContext) expect(await event.locator('a[href^="http"]').count()).toBeGreaterThan(0);
  }
});

test('dates carry their real precision, in the attribute and in the text', async ({ page }) => {
  await page.goto('/chronologie/');
  const times = await page
    .locator('.event time')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ iso: n.getAttribute('datetime') ?? '', text: n.textContent ?? '' })),
    );
  for (const { iso, text } of times) {
    expect(iso).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    if (iso.length === 7) expect(text).toMatch(/^[a-zéû]+ \d{4}$/);
    if (iso.length === 4) expect(text).toMatch(/^(vers )?\d{4}$/);
  }
  await expect(page.locator('#date-et-credit-photo time')).toHaveText('février 2020');
  await expect(page.locator('#baker-a-minsk-1991 time')).toHaveText('18 décembre 1991');
});

test('a dense year is split by month, so January and February 2020 each have a heading', async ({ page }) => {
  await page.goto('/chronologie/');
  const year2020 = page.locator('.timeline__year', { has: page.locator('h2', { hasText: '2020' }) });
  const months = await year2020.locator('.timeline__month > h3').allInnerTexts();
  expect(months).toEqual(expect.arrayContaining(['janvier 2020', 'février 2020']));
  await expect(year2020.locator('#mois-2020-02 + ol #arrivee-a-minsk')).toHaveCount(1);
});

test('the intro claims no unsourced “first”', async ({ page }) => {
  await page.goto('/chronologie/');
  await expect(page.locator('.lede')).not.toContainText('premi');
});

test('years are grouped in order and long gaps are labelled', async ({ page }) => {
  await page.goto('/chronologie/');
  const years = (await page.locator('.timeline__year > h2').allInnerTexts()).map(Number);
  expect(years).toEqual([...years].sort((a, b) => a - b));
  expect(years[0]).toBe(1991);
  // Every gap of three years or more between two groups is labelled on the later one.
  const gaps = years.flatMap((year, i) =>
    i > 0 && year - (years[i - 1] ?? year) >= 3 ? [[year, year - (years[i - 1] ?? year)]] : [],
  );
  expect(gaps.length).toBeGreaterThan(0);
  for (const [year, gap] of gaps) {
    await expect(
      page.locator('.timeline__year', { has: page.locator('h2', { hasText: String(year) }) }),
    ).toContainText(`${gap} ans plus tard`);
  }
});

test('every entry but the commentary has its anchor on the timeline, and its page links there', async ({
  page,
}) => {
  await page.goto('/chronologie/');
  const ids = new Set(await page.locator('.event').evaluateAll((nodes) => nodes.map((n) => n.id)));
  const entries = builtRoutes().filter((r) => /^\/(visite|declarations|energie)\/[^/]+\/$/.test(r));
  for (const route of entries) expect(ids).toContain(route.split('/')[2]);
  // Opinions are not events: no commentary entry is on the timeline, and its page does not send there.
  const commentary = builtRoutes().filter((r) => /^\/commentaire\/[^/]+\/$/.test(r));
  expect(commentary.length).toBeGreaterThan(0);
  for (const route of commentary) {
    expect(ids).not.toContain(route.split('/')[2]);
    await page.goto(route);
    await expect(page.getByRole('link', { name: 'Voir dans la chronologie' })).toHaveCount(0);
  }

  await page.goto('/energie/arret-du-petrole/');
  await page.getByRole('link', { name: 'Voir dans la chronologie' }).click();
  await expect(page).toHaveURL(/\/chronologie\/#arret-du-petrole$/);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('arret-du-petrole');
  await expect(page.locator('#arret-du-petrole')).toBeInViewport();
});

test('the filters can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/chronologie/');
  const target = page.getByRole('link', { name: /^De l’article \(\d+\)$/ });
  for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chronologie\/article\/$/);
  await expect(page.locator('.event--context')).toHaveCount(0);
});

test('the axis says what it plots, each dot a link to its event named by its title, on phones too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/chronologie/');
  const axis = page.locator('svg.timeline-axis:not(.timeline-axis--zoom)');
  await expect(axis).toBeVisible();
  await expect(page.locator('.timeline-axis-figure figcaption')).toContainText(
    'chaque point est un événement',
  );
  const events = page.locator('.event');
  // Each event once, on the axis by year or on the crowded stretch's axis by month.
  expect(await page.locator('svg.timeline-axis a').count()).toBe(await events.count());
  const dots = axis.locator('a');
  for (const dot of await page.locator('svg.timeline-axis a').all()) {
    const target = (await dot.getAttribute('href')) ?? '';
    const title = (await page.locator(`${target} :is(h3, h4)`).innerText()).trim();
    await expect(dot).toHaveAccessibleName(title);
  }
  // The densest months get an axis of their own, labelled by month.
  const zoom = page.locator('svg.timeline-axis--zoom');
  expect(await zoom.locator('a').count()).toBeGreaterThan(8);
  await expect(zoom.locator('text').first()).toHaveText(/^\s*[a-zéû]+ \d{4}\s*$/);
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(axis).toBeVisible();
  // A dot a finger can reach (dots of the same day overlap): the one on top where it is drawn.
  const reachable = await axis.evaluate((svg) =>
    [...svg.querySelectorAll('a')].findIndex((a) => {
      a.scrollIntoView({ inline: 'center', block: 'center' });
      const box = a.querySelector('circle + circle')?.getBoundingClientRect();
      return (
        box && document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('a') === a
      );
    }),
  );
  expect(reachable).toBeGreaterThanOrEqual(0);
  const dot = dots.nth(reachable);
  await dot.scrollIntoViewIfNeeded();
  await dot.click();
  await expect(page).toHaveURL(new RegExp(`${(await dot.getAttribute('href')) ?? ''}$`));
});

test('a jump-to-year list links every year of the timeline', async ({ page }) => {
  await page.goto('/chronologie/');
  const years = await page.locator('.timeline__year > h2').allInnerTexts();
  expect(years.length).toBeGreaterThan(1);
  const jump = page.locator('nav.year-jump a');
  await expect(jump).toHaveText(years.map((y) => y.trim()));
  await jump.last().click();
  await expect(page.locator(`#annee-${years.at(-1)?.trim()}`)).toBeInViewport();
});

test('/chronologie.json is valid TimelineJS3 data with every event', async ({ page, request }) => {
  const response = await request.get('/chronologie.json');
  expect(response.headers()['content-type']).toContain('json');
  const data: unknown = await response.json();
  const result = timelineJsFormat.safeParse(data);
  expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  await page.goto('/chronologie/');
  expect(result.data?.events).toHaveLength(await page.locator('.event').count());
});

test('the home page shows the key dates, each linked to the timeline', async ({ page }) => {
  await page.goto('/');
  // Each key date's own link; a verdict beside it links to its claim.
  const links = page.locator('.compact-timeline li > a');
  expect(await links.count()).toBeGreaterThanOrEqual(8);
  for (const href of await links.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^\/chronologie\/#[a-z0-9-]+$/);
  }
  await links.first().click();
  await expect(page.locator(':target')).toHaveCount(1);
});
