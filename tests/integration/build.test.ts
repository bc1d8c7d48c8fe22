import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { localeTable, useTranslations } from '../../src/i18n/index.ts';
import { filesUnder, readBuiltSite } from '../../src/lib/site/built-site.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { SECTIONS } from '../../src/lib/content/sections.ts';
import { originalOf } from '../../src/lib/site/hosting/file-kinds.ts';
import { parseArticle } from '../../src/lib/article/article.ts';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  headersFor,
  parseHeadersFile,
} from '../../src/lib/site/security.ts';
import { filesNaming } from '../../src/lib/site/built-text.ts';
import { NO_SITE_ADDRESS } from '../../src/lib/site/address.ts';
import { brokenLinks } from '../../src/lib/site/link-check.ts';
import { wordsNotWithin } from '../../src/lib/search/pagefind-files.ts';
import { analysisPath } from '../../src/lib/search/records.ts';
import { astroBuild } from '../support/astro-build.ts';
import { fixtureContent, removeTempDirs } from '../support/temp-content.ts';

const root = new URL('../../', import.meta.url).pathname;
afterAll(removeTempDirs);

/** Builds the valid fixture content, with one broken case laid over it. */
function build(broken?: string) {
  return astroBuild({ CONTENT_DIR: fixtureContent(broken).content });
}

/**
 * The built _headers file against the built files: every served path gets the security
 * headers and exactly one caching rule, a year and immutable only when its name is hashed.
 */
function expectHostRules(outDir: string, base: string) {
  const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
  const files = filesUnder(outDir).map((path) => relative(outDir, path));
  const pagefind = files.filter((f) => f.startsWith('pagefind/'));
  // Pagefind names its index chunks, fragments, filters and metadata with a hex hash.
  expect(pagefind.filter((f) => /_[0-9a-f]{7,}\.pf_\w+$/.test(f)).length).toBeGreaterThan(10);
  for (const file of files.filter((f) => f !== '_headers')) {
    const path = base + file.replace(/(^|\/)index\.html$/, '$1');
    const headers = headersFor(rules, path);
    expect(headers['Cache-Control'], path).toHaveLength(1);
    // A compressed copy is cached as its original is.
    const hashed = file.startsWith('_astro/') || /_[0-9a-f]{7,}\.pf_\w+$/.test(originalOf(file));
    expect(headers['Cache-Control']?.[0], path).toBe(hashed ? CACHE_IMMUTABLE : CACHE_REVALIDATE);
    expect(headers['Strict-Transport-Security'], path).toHaveLength(1);
    expect(headers['Content-Security-Policy']?.[0], path).toContain("frame-ancestors 'none'");
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'])
      expect(headers[name], `${name} on ${path}`).toHaveLength(1);
  }
}

/** The records Pagefind wrote, one fragment each: the text a result is found by and shows. */
function indexedRecords(outDir: string): { url: string; content: string }[] {
  const dir = join(outDir, 'pagefind', 'fragment');
  // Pagefind's files only, not their compressed copies.
  return readdirSync(dir)
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      // Pagefind puts a signature before the JSON.
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
}

/** Entry pages are indexed with their words and the article's, not with page chrome. */
function expectIndexWithoutChrome(outDir: string, base: string) {
  const t = useTranslations('fr');
  const sections = SECTIONS.map((s) => localeTable('fr').routes[s.collection]).join('|');
  const entryUrl = new RegExp(`^/(${sections})/[^#]+$`);
  // Pagefind records paths from the root of dist/, and adds the base when it serves a result.
  const entries = indexedRecords(outDir)
    .map((r) => ({ ...r, url: r.url.startsWith(base) ? `/${r.url.slice(base.length)}` : r.url }))
    .filter((r) => entryUrl.test(r.url));
  const entryFiles = readContent(root).entries;
  expect(entries).toHaveLength(entryFiles.length);
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
  const article = parseArticle(readFileSync(join(root, 'content/article/article.fr.txt'), 'utf8'));
  const comparison = entries.find((r) => r.url === '/commentaire/regimes-autoritaires/');
  expect(comparison?.content).toContain('« régimes autoritaires »');
  expect(comparison?.content).toContain(article.byId.get('12.1')?.text);
}

/**
 * The search page counts a quote it finds as its entry page found too: the build fails unless the
 * index bears that out, and the check it runs tells a page that lacks a quote's words.
 */
function expectQuotesWithinPages(outDir: string, base: string) {
  const bundle = join(outDir, 'pagefind');
  const statements = readContent(root).entries.filter(
    (e) => e.collection === 'statements' && e.lang === 'fr',
  );
  expect(statements.length).toBeGreaterThan(0);
  const pairs = statements.map((e) => ({
    name: e.id,
    record: `${base}citations/#${e.id}`,
    within: `/${analysisPath(e.id, 'fr')}`,
  }));
  expect(wordsNotWithin(bundle, pairs, 'fr')).toEqual([]);
  const elsewhere = pairs.map((pair) => ({ ...pair, within: '/visite/premier-secretaire-d-etat/' }));
  expect(wordsNotWithin(bundle, elsewhere, 'fr')).toHaveLength(pairs.length);
}

describe('astro build', () => {
  it('builds the site under a base path and a site address, with every link still resolving', () => {
    const { status, output, outDir } = astroBuild({
      BASE_PATH: '/minsk-2020/',
      SITE_URL: 'https://example.org',
    });
    expect(status, output).toBe(0);
    const { pages, files } = readBuiltSite(outDir, '/minsk-2020/');
    expect(pages.length).toBeGreaterThan(80);
    const broken = brokenLinks(pages, files);
    expect(broken).toEqual([]);
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('href="/minsk-2020/source/"');
    expect(home).toContain('<link rel="canonical" href="https://example.org/minsk-2020/"');
    expectHostRules(outDir, '/minsk-2020/');
    expectIndexWithoutChrome(outDir, '/minsk-2020/');
    expectQuotesWithinPages(outDir, '/minsk-2020/');
    expect(home).toContain('<meta property="og:url" content="https://example.org/minsk-2020/"');
    expect(home).toContain(
      '<meta property="og:image" content="https://example.org/minsk-2020/partage/site.png"',
    );
    expect(existsSync(join(outDir, 'sitemap-index.xml'))).toBe(true);
    // Each edition points at the other, both ways, and the sitemap lists the same pairs.
    const englishHome = readFileSync(join(outDir, 'en', 'index.html'), 'utf8');
    for (const page of [home, englishHome]) {
      expect(page).toContain('<link rel="alternate" hreflang="fr" href="https://example.org/minsk-2020/"');
      expect(page).toContain('<link rel="alternate" hreflang="en" href="https://example.org/minsk-2020/en/"');
      expect(page).toContain(
        '<link rel="alternate" hreflang="x-default" href="https://example.org/minsk-2020/"',
      );
    }
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/minsk-2020/en/timeline/</loc>');
    expect(sitemap).toMatch(
      /<loc>https:\/\/example.org\/minsk-2020\/chronologie\/<\/loc>.*?hreflang="en" href="https:\/\/example.org\/minsk-2020\/en\/timeline\/"/s,
    );
    expect(sitemap).not.toContain('404');
    expect(readFileSync(join(outDir, 'en', '404.html'), 'utf8')).toContain('<html lang="en"');
    expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain(
      '/minsk-2020/en/* /minsk-2020/en/404.html 404',
    );
    const timeline = readFileSync(join(outDir, 'chronologie.json'), 'utf8');
    expect(timeline).toContain('https://example.org/minsk-2020/');
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toMatch(/^\/minsk-2020\/\*$/m);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(
      'https://example.org/minsk-2020/sitemap-index.xml',
    );
  });

  it('builds the valid fixture, without SITE_URL saying so once and writing no address of this machine', () => {
    const { status, output, outDir } = build();
    expect(status, output).toBe(0);
    expect(output.split(NO_SITE_ADDRESS).length - 1).toBe(1);
    expect(filesNaming(outDir, 'localhost')).toEqual([]);
    expect(existsSync(join(outDir, 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(join(outDir, 'declarations/bonjour/index.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'provenance/index.html'), 'utf8')).toContain(
      '<mark>bonjour Minsk</mark>',
    );
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('Une constatation de démonstration');
  });

  it('fails on a quote that is not verbatim, naming the file, the field and the fix', () => {
    const { status, output } = build('quote-not-verbatim');
    expect(status).not.toBe(0);
    expect(output).toContain('content/statements/fr/bonjour.mdx');
    expect(output).toContain('field: quote.text');
    expect(output).toContain('fix: copy the words exactly from §2.1');
  });

  it('stops at a changed article before anything else, with a clean list and no stack trace', () => {
    const { status, output } = build('article-edited');
    expect(status).toBe(1);
    expect(output).toContain('The content has 1 problem:');
    expect(output).toMatch(/✗ \S*content\/article\/article.fr.txt\n/);
    expect(output).toContain('the article is never edited');
    // Nothing of Astro's error screen: no stack frames, no hint, no build step after the check.
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/Hint:|\[ERROR\]|Syncing content/);
  });

  it("fails on a misspelt field with the content's own message, not Astro's hints", () => {
    const { status, output } = build('unknown-field');
    expect(status).toBe(1);
    expect(output).toContain('field: sentences');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/browser|Hint:/i);
  });

  it('fails on a provenance match whose French words are not in the article, naming the file, the field and the fix', () => {
    const { status, output } = build('provenance-not-verbatim');
    expect(status).not.toBe(0);
    expect(output).toContain('content/provenance/fr/p02.yaml');
    expect(output).toContain('field: changes[0].fr');
    expect(output).toContain('fix: copy the words exactly from the article');
  });

  it('fails on a sentence that no entry covers', () => {
    const { status, output } = build('uncovered-sentence');
    expect(status).not.toBe(0);
    expect(output).toContain('no entry covers §1.2');
  });
});
