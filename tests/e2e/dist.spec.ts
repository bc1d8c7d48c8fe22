import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { useTranslations } from '../../src/i18n/index.ts';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import { filesNaming } from '../../src/lib/built-text.ts';
import { brokenLinks } from '../../src/lib/link-check.ts';
import { parseArticle } from '../../src/lib/source.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;

test('no built file names localhost: a build without SITE_URL points at no machine', () => {
  expect(filesNaming(dist, 'localhost')).toEqual([]);
});

test('every internal link and #anchor of the built site resolves', () => {
  const { pages, files } = readBuiltSite(dist);
  expect(pages.length).toBeGreaterThan(80);
  expect(brokenLinks(pages, files)).toEqual([]);
});

/** The records Pagefind wrote, one fragment each: the text a result is found by and shows. */
function indexedRecords(): { url: string; content: string }[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    // Pagefind puts a signature before the JSON.
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

test('entry pages are indexed with their words and the article’s, not with page chrome', () => {
  const t = useTranslations('fr');
  const entries = indexedRecords().filter((r) =>
    /^\/(visite|declarations|energie|commentaire)\/[^#]+$/.test(r.url),
  );
  expect(entries.length).toBeGreaterThan(30);
  const chrome = [
    t('analysis.permalink'),
    t('analysis.evidence'),
    t('context.label'),
    t('entry.sourceIntro'),
    t('entry.inSource'),
    t('entry.onTimeline'),
  ];
  for (const entry of entries) {
    for (const label of chrome) expect(entry.content, `${entry.url} indexes “${label}”`).not.toContain(label);
  }
  const article = parseArticle(
    readFileSync(new URL('../../content/source/article.fr.txt', import.meta.url), 'utf8'),
  );
  const comparison = entries.find((r) => r.url === '/commentaire/regimes-autoritaires/');
  expect(comparison?.content).toContain('« régimes autoritaires »');
  expect(comparison?.content).toContain(article.byId.get('12.1')?.text);
});
