import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { expect, test, type Page } from '@playwright/test';
import { localePath, useTranslations } from '../../src/i18n/index.ts';
import { articleTranslationFile, readContent } from '../../src/lib/content/files.ts';
import { entryPath } from '../../src/lib/content/entries.ts';
import { formatSentenceRef, parseArticle, sentenceAnchor } from '../../src/lib/article/article.ts';
import { guillemets } from '../../src/i18n/typography.ts';
import { verdictsOf } from '../../src/lib/content/verdicts.ts';
import type { ClaimData } from '../../src/schemas/claim.ts';
import type { StatementData } from '../../src/schemas/entry.ts';

const root = new URL('../../', import.meta.url).pathname;
const raw = readContent(root);
const article = parseArticle(raw.articleText);
const translation = parseYaml(
  readFileSync(`${root}content/${articleTranslationFile('en')}`, 'utf8'),
) as Record<string, string>;
const en = useTranslations('en');
const claims = raw.claims.map((c) => ({ id: c.id, data: c.data as ClaimData }));
const twinOf = (collection: string, id: string) =>
  raw.translations.find((t) => t.locale === 'en' && t.collection === collection && t.id === id)?.data as
    { quoteTranslation?: string } | undefined;
const quoted = raw.entries
  .filter((e) => e.collection === 'statements')
  .map((e) => ({ slug: e.id, data: e.data as StatementData }))
  .filter((s) => s.data.quote);

/** The text a quote shows after the article's words on an English page, and how it is labelled. */
function expectedWording(s: (typeof quoted)[number]) {
  const reported = s.data.reportedInEnglish;
  return reported
    ? { label: en('quote.reportedInEnglish'), text: reported.text }
    : { label: en('quote.siteTranslation'), text: twinOf('statements', s.slug)?.quoteTranslation ?? '' };
}

/**
 * On the quotes page the quote stands alone; on its entry's page it is shown once, marked inside
 * the article's sentence that holds it.
 */
async function expectQuote(page: Page, scope: string, s: (typeof quoted)[number], inSentence = false) {
  const words = page.locator(`${scope} blockquote p`).first();
  // The article's French words come first, verbatim, marked as French.
  if (inSentence) {
    await expect(words).toContainText(s.data.quote?.text ?? '∅');
    await expect(words.locator('mark').filter({ hasText: s.data.quote?.text ?? '∅' })).toHaveCount(1);
  } else await expect(words).toHaveText(guillemets(s.data.quote?.text ?? ''));
  await expect(words).toHaveAttribute('lang', 'fr');
  const { label, text } = expectedWording(s);
  const wording = page.locator(`${scope} .quote-wording`).first();
  await expect(wording.locator('.quote-wording__label')).toContainText(label);
  await expect(wording.locator('q')).toHaveText(text);
}

test('the English article shows every French sentence with the site’s translation, under the anchors of /source/', async ({
  page,
}) => {
  await page.goto('/en/article/');
  await expect(page.locator('.sentence')).toHaveCount(article.sentences.length);
  for (const sentence of article.sentences) {
    const block = page.locator(`#${sentenceAnchor(sentence.id)}`);
    await expect(block.locator('.sentence__text [lang="fr"]')).toHaveText(sentence.text);
    await expect(block.locator('.sentence__translation-label')).toHaveText(en('article.siteTranslation'));
    await expect(block.locator('.sentence__translation')).toContainText(
      translation[formatSentenceRef(sentence.id)] ?? '∅',
    );
  }
});

test('an English entry shows the article’s words first, then the wording reported in English or the site’s translation, labelled', async ({
  page,
}) => {
  expect(quoted.length).toBeGreaterThan(0);
  for (const s of quoted) {
    await page.goto(`/${entryPath({ collection: 'statements', slug: s.slug }, 'en')}`);
    await expectQuote(page, '#citation', s, true);
    if (s.data.reportedInEnglish) {
      const source = raw.sources.find((f) => f.id === s.data.reportedInEnglish?.source)?.data as {
        url: string;
      };
      await expect(page.locator('#citation .quote-wording a')).toHaveAttribute('href', source.url);
    }
  }
});

test('the English quotes page gives each quote its verdicts first, the French words, their English wording, and copies them in English', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/${localePath('en', 'quotes')}`);
  for (const s of quoted) {
    await expectQuote(page, `#${s.slug}`, s);
    const labels = verdictsOf(s.slug, claims).map((v) => en(`label.${v.label}`));
    if (labels.length === 0) continue;
    await expect(page.locator(`#${s.slug} .verdicts`)).toContainText(labels[0] ?? '');
    await page.locator(`#${s.slug} .cite summary`).click();
    await page.locator(`#${s.slug} .quote-item__copy`).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The article's words, verbatim, in its guillemets (whatever the no-break spaces).
    expect(copied.replace(/[\u00a0\u202f]/g, ' ')).toContain(`« ${s.data.quote?.text ?? ''} »`);
    expect(copied).toContain('attributed by the article to');
    expect(copied).toContain(`; verdict: ${[...new Set(labels)].join(', ')} (`);
  }
});

test('the English quotes page filters on the English wording as well as the French words', async ({
  page,
}) => {
  const withTranslation = quoted.find((s) => !s.data.reportedInEnglish);
  const withReport = quoted.find((s) => s.data.reportedInEnglish);
  // The content has both kinds; if it ever lost one, this test must say so rather than pass on nothing.
  expect(withTranslation, 'a quote with the site’s translation').toBeDefined();
  expect(withReport, 'a quote with a wording reported in English').toBeDefined();
  await page.goto(`/${localePath('en', 'quotes')}`);
  for (const s of [withTranslation, withReport]) {
    if (!s) continue;
    const english = expectedWording(s).text.split(/\s+/).slice(0, 3).join(' ');
    await page.locator('#quotes-q').fill(english);
    await expect(page.locator(`#${s.slug}`)).toBeVisible();
    await page.locator('#quotes-q').fill(s.data.quote?.text.split(/\s+/).slice(0, 2).join(' ') ?? '');
    await expect(page.locator(`#${s.slug}`)).toBeVisible();
  }
});

/** The result links of an English search. */
async function englishSearch(page: Page, query: string): Promise<{ full: string[]; partial: string[] }> {
  await page.goto(`/${localePath('en', 'search')}?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).not.toBeEmpty();
  const links = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/#:~:.*$/, '')));
  return {
    full: await links('#search-results > .result h2 a'),
    partial: await links('#search-partial .result h3 a'),
  };
}

test('English search has its own index: English questions, wire phrasings, French words and every spelling find their passage', async ({
  page,
}) => {
  const cases: [string, RegExp][] = [
    // A question in the reader's words, then as the English wires put it.
    ['did Belarus recognize the annexation of Crimea', /^\/en\/(article\/#s14-|energy\/crimee)/],
    ['first secretary of state to visit Belarus in 26 years', /^\/en\/(visit\/premier|article\/#s3-1)/],
    ['Lukashenka', /^\/en\//],
    ['Łukaszenka', /^\/en\//],
    ['ambassadeurs', /^\/en\//],
  ];
  for (const [query, expected] of cases) {
    const { full, partial } = await englishSearch(page, query);
    const found = [...full, ...partial].slice(0, 5);
    expect(
      found.some((href) => expected.test(href)),
      `${query}: ${found.join(' ')}`,
    ).toBe(true);
    // Results lead within the English edition.
    for (const href of [...full, ...partial]) expect(href, query).toMatch(/^\/en\//);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
