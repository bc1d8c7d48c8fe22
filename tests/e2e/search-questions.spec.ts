/**
 * Readers type whole questions: the page that answers one must come first.
 * The question set is the content's own (each entry's `questions`, each site
 * page's `search.answers.*`) plus phrasings written here that no field
 * holds, searched on the built site in each edition's search page as a reader
 * types them. The test prints the share answered first and in the first
 * three, and fails when either falls below the floor the search now meets.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, localePath, type Locale, type Route } from '../../src/i18n/index.ts';
import { contentQuestions, type Question } from '../support/search-questions.ts';

const root = new URL('../../', import.meta.url).pathname;

// Shares of the question set, per edition, that the search must keep answering first and in the
// first three: what it measured when these were set (docs/search.md), rounded down.
const FLOOR = { first: 0.9, topThree: 0.95 };

/** Phrasings no field of the content holds, with the page that answers them. */
const READER_PHRASINGS: Record<Locale, [string, string][]> = {
  fr: [
    ['pourquoi Pompeo est-il venu en Biélorussie', 'statements:selon-reuters'],
    ['la Russie a-t-elle arrêté de livrer du pétrole à Minsk', 'energy-dispute:arret-du-petrole'],
    ['que pense Loukachenko de la Russie', 'statements:loukachenko-detruire-ce-pays'],
    ['Minsk reconnaît-il la Crimée comme russe', 'energy-dispute:crimee-non-reconnaissance'],
    ['quand Pompeo est-il arrivé à Minsk', 'visit-facts:arrivee-a-minsk'],
    ['qui publie ce site et comment le contacter', 'method'],
    ['où télécharger les données en CSV', 'data'],
    ['quel texte anglais l’article reprend-il', 'provenance'],
  ],
  en: [
    ['why did Pompeo visit Belarus', 'statements:selon-reuters'],
    ['did Moscow stop oil deliveries to Minsk', 'energy-dispute:arret-du-petrole'],
    ['what does Lukashenko think of Russia', 'statements:loukachenko-detruire-ce-pays'],
    ['does Belarus recognise Crimea as Russian', 'energy-dispute:crimee-non-reconnaissance'],
    ['when did Pompeo arrive in Minsk', 'visit-facts:arrivee-a-minsk'],
    ['who publishes this site and how to contact them', 'method'],
    ['where can I download the data as CSV', 'data'],
    ['which English text does the article copy', 'provenance'],
  ],
};

const PHRASING = 'a reader’s phrasing';

function phrasings(locale: Locale): Question[] {
  return READER_PHRASINGS[locale].map(([question, page]) => {
    const [route, slug] = page.split(':') as [Route, string?];
    return {
      question,
      answer: `/${localePath(locale, route, slug ? `${slug}/` : '')}`,
      origin: PHRASING,
    };
  });
}

/** Types the question and returns, for each result in the order shown, the pages it links to. */
async function ask(page: Page, question: string): Promise<string[][]> {
  const status = page.locator('#search-status');
  const before = await status.innerText();
  await page.locator('#q').fill(question);
  await page.locator('#q').press('Enter');
  await expect(status).not.toHaveText(before);
  await expect(status).not.toBeEmpty();
  return page
    .locator('#search-results > .result, #search-partial .result')
    .evaluateAll((results) =>
      results.map((r) =>
        [...r.querySelectorAll('a')].map(
          (a) => new URL(a.getAttribute('href') ?? '', location.href).pathname,
        ),
      ),
    );
}

for (const locale of LOCALES) {
  const searchPage = `/${localePath(locale, 'search')}`;
  test(`${searchPage} answers readers’ questions with the page that answers them first`, async ({ page }) => {
    const questions = [...contentQuestions(root, locale), ...phrasings(locale)];
    // At least twenty questions an edition, each from the content where it can be.
    expect(questions.length).toBeGreaterThanOrEqual(20);
    // One search after another in one visit, as a reader would: more time than one page's test.
    test.setTimeout(questions.length * 5_000);
    await page.goto(searchPage);
    await expect(page.locator('#search-app')).toBeVisible();
    const ranks: { question: Question; rank: number; ahead: string[] }[] = [];
    for (const question of questions) {
      const results = await ask(page, question.question);
      const rank = results.findIndex((links) => links.includes(question.answer));
      // What came before it, to see why.
      const ahead = results.slice(0, rank < 0 ? 3 : rank).map((links) => links[0] ?? '');
      ranks.push({ question, rank, ahead });
    }
    const first = ranks.filter((r) => r.rank === 0).length;
    const topThree = ranks.filter((r) => r.rank >= 0 && r.rank < 3).length;
    const lines = ranks.map(
      ({ question, rank, ahead }) =>
        `${rank < 0 ? '—' : rank + 1}\t${question.question}\t→ ${question.answer} (${question.origin})` +
        (ahead.length ? `; before it: ${ahead.join(' ')}` : ''),
    );
    const phrased = ranks.filter((r) => r.question.origin === PHRASING);
    console.log(
      `${searchPage}: first ${first}/${ranks.length}, top three ${topThree}/${ranks.length}` +
        ` (readers’ phrasings: first ${phrased.filter((r) => r.rank === 0).length}/${phrased.length},` +
        ` top three ${phrased.filter((r) => r.rank >= 0 && r.rank < 3).length}/${phrased.length})\n${lines.join('\n')}`,
    );
    expect(first / ranks.length, lines.join('\n')).toBeGreaterThanOrEqual(FLOOR.first);
    expect(topThree / ranks.length, lines.join('\n')).toBeGreaterThanOrEqual(FLOOR.topThree);
  });
}
