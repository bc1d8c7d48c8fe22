/**
 * `npm run bench`: what a reader's browser fetches and waits for, measured
 * on the built site in Debian's Chromium. Prints a Markdown table for the
 * README. Numbers, not assertions: budgets are checked by reading them.
 *
 *   search   bytes a first search fetches (gzip, by kind of file), time
 *            from the last keystroke to results on screen (medians of cold
 *            visits, for several queries), and the size of the index on disk.
 *   pages    what each page weighs with everything it loads.
 *   lighthouse  mobile scores of four pages.
 *
 * `-- --scale` builds synthetic content of growing size and measures it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import config from '../../playwright.config.ts';
import { filesUnder, readBuiltSite } from '../../src/lib/built-site.ts';
import { withPreview } from '../support/preview.ts';
import { writeSyntheticContent } from './synthetic.ts';

// Words readers search for, spread over the alphabet: Pagefind splits its index into chunks by
// word, so what one search costs depends on the word.
const QUERIES = ['ambassadeurs', 'Crimée', 'Loukachenko', 'malentendus', 'pétrole', 'Russie', 'Washington'];
const RUNS_PER_QUERY = 3;
// A quick typist: the search page searches at each pause of 40 ms, so every prefix from the
// second letter is searched.
const KEY_MS = 60;
const PORT = Number(process.env['BENCH_PORT'] ?? 4331);
const SCALE_SIZES = [100, 1000, 5000];
const projectDist = new URL('../../dist/', import.meta.url).pathname;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function dirSize(dir: string): number {
  return filesUnder(dir).reduce((sum, path) => sum + statSync(path).size, 0);
}

/**
 * What a file costs on the wire with gzip. Pagefind writes its wasm and index
 * files gzipped already; a host serves those as they are.
 */
function wireSize(body: Buffer): number {
  const gzipped = body[0] === 0x1f && body[1] === 0x8b;
  return gzipped ? body.length : gzipSync(body, { level: 6 }).length;
}

/**
 * What each page weighs on the wire, gzip: its HTML and every file it links
 * to that loads with it (stylesheets, scripts, icons, images). Counted from dist/.
 */
function pageWeights(dist: string): { path: string; bytes: number; js: number }[] {
  const { pages } = readBuiltSite(dist);
  const gz = (file: string) => wireSize(readFileSync(file));
  return pages.map((page) => {
    const html = join(dist, page.path.endsWith('/') ? `${page.path}index.html` : page.path);
    const assets = [...new Set(page.links.filter((l) => /^\/[^#?]*\.(css|js|svg|png|woff2?)$/.test(l)))];
    const js = assets.filter((a) => a.endsWith('.js')).reduce((sum, a) => sum + gz(join(dist, a)), 0);
    return { path: page.path, bytes: gz(html) + assets.reduce((sum, a) => sum + gz(join(dist, a)), 0), js };
  });
}

/** The parts of Pagefind a search fetches, by what they are. */
const PART_OF: [RegExp, string][] = [
  [/\/pagefind\.js$|\.pagefind$/, 'code'],
  [/\/index\//, 'index'],
  [/\/fragment\//, 'fragments'],
];
const PARTS = ['code', 'metadata', 'index', 'fragments'] as const;
type Parts = Record<string, number>;

interface SearchRun {
  query: string;
  ms: number;
  bytes: number;
  parts: Parts;
}

/** One cold visit of /recherche/: type the query, wait for its results. */
async function searchOnce(browser: Browser, origin: string, query: string): Promise<SearchRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<[string, number]>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.includes('/pagefind/')) return;
    const part = PART_OF.find(([pattern]) => pattern.test(path))?.[1] ?? 'metadata';
    bodies.push(
      response.body().then(
        (body) => {
          if (process.env['BENCH_VERBOSE']) console.log(`  ${path}: ${kb(wireSize(body))}`);
          return [part, wireSize(body)];
        },
        () => [part, 0],
      ),
    );
  });
  await page.goto(`${origin}/recherche/`);
  await page.locator('#search-app:not([hidden])').waitFor();
  // Time is taken in the page: from the last keystroke's event to the moment the results for
  // the whole query are on screen (the count is announced once they are).
  await page.evaluate((query) => {
    const w = window as unknown as { __lastKey: number; __shown: Promise<number> };
    document.getElementById('q')?.addEventListener('keydown', () => (w.__lastKey = performance.now()));
    w.__shown = new Promise((resolve) => {
      const status = document.getElementById('search-status') as HTMLElement;
      new MutationObserver((_, observer) => {
        if (status.textContent?.includes(`${query}\u202F»`) && document.querySelector('.result')) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
  }, query);
  await page.locator('#q').pressSequentially(query, { delay: KEY_MS });
  const ms = await page.evaluate(async () => {
    const w = window as unknown as { __lastKey: number; __shown: Promise<number> };
    return (await w.__shown) - w.__lastKey;
  });
  await page.waitForLoadState('networkidle');
  const parts: Parts = {};
  for (const [part, size] of await Promise.all(bodies)) parts[part] = (parts[part] ?? 0) + size;
  await context.close();
  return { query, ms, bytes: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

async function searchRuns(outDir: string, queries: readonly string[], runs: number): Promise<SearchRun[]> {
  return withPreview({ port: PORT, outDir }, async (origin) => {
    const browser = await chromium.launch(config.use?.launchOptions);
    const results = [];
    for (const query of queries)
      for (let i = 0; i < runs; i++) results.push(await searchOnce(browser, origin, query));
    await browser.close();
    return results;
  });
}

/** Pinned: the scores in the README were measured with this version. */
const LIGHTHOUSE_VERSION = '12.2.3';
const LIGHTHOUSE_PAGES = ['/', '/visite/premier-secretaire-d-etat/', '/source/', '/chronologie/'];

/** Lighthouse (mobile) in Debian's Chromium: the four category scores of each page. */
async function lighthouseScores(outDir: string): Promise<{ path: string; scores: Record<string, number> }[]> {
  const flags = (config.use?.launchOptions?.args ?? []).join(' ');
  return withPreview({ port: PORT, outDir }, async (origin) =>
    LIGHTHOUSE_PAGES.map((path) => {
      // Installed on first use, not by `npm ci`: only the bench needs it, and CI would fetch
      // some 140 packages for nothing.
      const run = spawnSync(
        'npm',
        [
          'exec',
          '--yes',
          `--package=lighthouse@${LIGHTHOUSE_VERSION}`,
          '--',
          'lighthouse',
          `${origin}${path}`,
          '--quiet',
          '--form-factor=mobile',
          '--output=json',
          '--output-path=stdout',
          `--chrome-flags=${flags}`,
        ],
        {
          env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      if (run.status !== 0) throw new Error(`lighthouse failed on ${path}:\n${run.stderr}`);
      const categories = (JSON.parse(run.stdout) as { categories: Record<string, { score: number }> })
        .categories;
      return {
        path,
        scores: Object.fromEntries(
          Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)]),
        ),
      };
    }),
  );
}

async function reportSite(dist: string): Promise<void> {
  const runs = await searchRuns(dist, QUERIES, RUNS_PER_QUERY);
  const index = dirSize(join(dist, 'pagefind'));
  const part = (r: SearchRun, name: string) => r.parts[name] ?? 0;

  console.log(
    `\nSearch, ${RUNS_PER_QUERY} cold visits a query in Chromium, a key every ${KEY_MS} ms (medians; bytes on the wire, gzip):\n`,
  );
  console.log(`| query | fetched | ${PARTS.join(' | ')} | results after |`);
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const perQuery = QUERIES.map((query) => {
    const own = runs.filter((r) => r.query === query);
    const m = (pick: (r: SearchRun) => number) => median(own.map(pick));
    return {
      query,
      bytes: m((r) => r.bytes),
      ms: m((r) => r.ms),
      parts: PARTS.map((name) => m((r) => part(r, name))),
    };
  });
  for (const { query, bytes, ms, parts } of perQuery) {
    console.log(`| ${query} | ${kb(bytes)} | ${parts.map(kb).join(' | ')} | ${Math.round(ms)} ms |`);
  }
  const bytes = runs.map((r) => r.bytes);
  console.log('\n| measure | value |');
  console.log('| --- | --- |');
  console.log(`| bytes fetched by a first search, median of all queries | ${kb(median(bytes))} |`);
  console.log(`| the same, dearest query | ${kb(Math.max(...perQuery.map((q) => q.bytes)))} |`);
  console.log(
    `| last keystroke → results shown, median of all runs | ${Math.round(median(runs.map((r) => r.ms)))} ms |`,
  );
  console.log(`| index on disk, all files | ${kb(index)} |`);
  console.log(`\nruns (ms): ${runs.map((r) => Math.round(r.ms)).join(', ')}`);

  const weights = pageWeights(dist);
  const reading = weights.filter((w) => w.js === 0).sort((a, b) => b.bytes - a.bytes);
  const scripted = weights.filter((w) => w.js > 0);
  console.log(`\nPage weight, gzip (HTML + CSS + icons + scripts), ${weights.length} pages:\n`);
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(`| heaviest reading page (${reading[0]?.path}) | ${kb(reading[0]?.bytes ?? 0)} |`);
  console.log(`| median reading page | ${kb(median(reading.map((w) => w.bytes)))} |`);
  console.log(`| pages that load JavaScript | ${scripted.map((w) => w.path).join(', ') || 'none'} |`);
  for (const page of scripted)
    console.log(`| ${page.path} (its script: ${kb(page.js)}) | ${kb(page.bytes)} |`);

  console.log('\nLighthouse, mobile:\n');
  console.log('| page | performance | accessibility | best practices | SEO |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const { path, scores } of await lighthouseScores(dist)) {
    console.log(
      `| ${path} | ${scores['performance']} | ${scores['accessibility']} | ${scores['best-practices']} | ${scores['seo']} |`,
    );
  }
}

/**
 * --scale: synthetic content of 100, 1,000 and 5,000 entries, written through
 * the real schemas, built like the site, and measured.
 */
async function reportScale(): Promise<void> {
  const rows = [];
  for (const size of SCALE_SIZES) {
    const work = mkdtempSync(join(tmpdir(), `minsk-scale-${size}-`));
    try {
      const content = join(work, 'content');
      writeSyntheticContent(content, size);
      const outDir = join(work, 'dist');
      const started = performance.now();
      const build = spawnSync(
        process.execPath,
        ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
        {
          env: { ...process.env, CONTENT_DIR: content },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const seconds = (performance.now() - started) / 1000;
      if (build.status !== 0) throw new Error(`build of ${size} entries failed:\n${build.stderr}`);
      const search = await searchRuns(outDir, ['pétrole'], 3);
      rows.push({
        size,
        seconds,
        dist: dirSize(outDir),
        index: dirSize(join(outDir, 'pagefind')),
        search: median(search.map((r) => r.bytes)),
        ms: median(search.map((r) => r.ms)),
      });
      console.log(`  ${size} entries built in ${seconds.toFixed(1)} s`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log('\n| entries | build | dist | index | first search (gzip) | results after |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.size} | ${r.seconds.toFixed(1)} s | ${(r.dist / 1024 / 1024).toFixed(1)} MB | ${kb(r.index)} | ${kb(r.search)} | ${Math.round(r.ms)} ms |`,
    );
  }
}

if (process.argv.includes('--scale')) await reportScale();
else await reportSite(projectDist);
