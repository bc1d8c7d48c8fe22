/**
 * The design's budgets, measured on the built site (numbers, read against the budgets; not
 * assertions):
 *
 *   weight  HTML + CSS of every reading page, gzip (budget: 20 KB), the heaviest listed;
 *   CLS     cumulative layout shift of one page per template on a phone, search with a query
 *           and its results arrived (budget: 0.05);
 *   height  how tall some long pages are on a 390 px phone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import config from '../../playwright.config.ts';
import { LOCALES, localePath } from '../../src/i18n/index.ts';
import { readBuiltSite } from '../../src/lib/site/built-site.ts';
import { SECTIONS } from '../../src/lib/content/sections.ts';
import { withPreview } from '../support/preview.ts';

const BUDGET_BYTES = 20 * 1024;
const BUDGET_CLS = 0.05;
const PHONE = { width: 390, height: 844 };
const searchPaths = new Set(LOCALES.map((locale) => `/${localePath(locale, 'search')}`));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** HTML + CSS of each page a reader reads (search aside: its results are fetched), gzip. */
function readingWeights(dist: string): { path: string; bytes: number }[] {
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;
  return readBuiltSite(dist)
    .pages.filter((page) => page.path.endsWith('/'))
    .map((page) => {
      const links = [...new Set(page.links.filter((l) => /^\/[^#?]*\.(css|js)$/.test(l)))];
      return { page, links };
    })
    .filter(({ page }) => !searchPaths.has(page.path))
    .map(({ page, links }) => ({
      path: page.path,
      bytes:
        gz(join(dist, page.path, 'index.html')) +
        links.filter((l) => l.endsWith('.css')).reduce((sum, l) => sum + gz(join(dist, l)), 0),
    }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** One page per template and edition, search with a query whose results arrive. */
function templatePages(dist: string): string[] {
  const built = new Set(readBuiltSite(dist).pages.map((p) => p.path));
  const firstUnder = (prefix: string) =>
    [...built].filter((p) => p.startsWith(prefix) && p !== prefix).sort()[0];
  return LOCALES.flatMap((locale) => {
    const at = (route: Parameters<typeof localePath>[1]) => `/${localePath(locale, route)}`;
    return [
      at('home'),
      ...SECTIONS.flatMap((s) => [at(s.collection), firstUnder(at(s.collection))]),
      at('article'),
      at('analysis'),
      at('quotes'),
      at('timeline'),
      at('entities'),
      firstUnder(at('entities')),
      at('sources'),
      at('method'),
      at('provenance'),
      at('data'),
      `${at('search')}?q=${locale === 'fr' ? 'ambassadeurs' : 'ambassadors'}`,
    ].filter((p): p is string => p !== undefined);
  });
}

/** Layout shift summed over the page's life until the network is idle and a beat after. */
async function layoutShifts(
  origin: string,
  paths: string[],
): Promise<{ path: string; cls: number; height: number }[]> {
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    const rows = [];
    for (const path of paths) {
      const page = await browser.newPage({ viewport: PHONE });
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) w.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      // Results of a search and late fonts or images settle within a second on this machine.
      await page.waitForTimeout(1000);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      rows.push({ path, cls, height });
      await page.close();
    }
    return rows;
  } finally {
    await browser.close();
  }
}

export async function reportPages(dist: string, port: number): Promise<void> {
  const weights = readingWeights(dist);
  const over = weights.filter((w) => w.bytes > BUDGET_BYTES);
  console.log(`\nReading pages, HTML + CSS gzip (budget ${kb(BUDGET_BYTES)}), ${weights.length} pages:\n`);
  console.log('| page | HTML + CSS |');
  console.log('| --- | --- |');
  for (const w of weights.slice(0, 5)) console.log(`| ${w.path} | ${kb(w.bytes)} |`);
  console.log(
    `\nover budget: ${over.length ? over.map((w) => `${w.path} ${kb(w.bytes)}`).join(', ') : 'none'}`,
  );

  const rows = await withPreview({ port, outDir: dist }, (origin) =>
    layoutShifts(origin, templatePages(dist)),
  );
  console.log(`\nOn a ${PHONE.width} px phone: layout shift (budget ${BUDGET_CLS}) and page height:\n`);
  console.log('| page | CLS | height |');
  console.log('| --- | --- | --- |');
  for (const r of rows)
    console.log(`| ${r.path} | ${r.cls.toFixed(3)} | ${r.height.toLocaleString('en')} px |`);
  const shifting = rows.filter((r) => r.cls > BUDGET_CLS);
  console.log(
    `\nover budget: ${shifting.length ? shifting.map((r) => `${r.path} ${r.cls.toFixed(3)}`).join(', ') : 'none'}`,
  );
}
