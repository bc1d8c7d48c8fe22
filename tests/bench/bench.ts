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
import { filesUnder, readBuiltSite } from '../../src/lib/site/built-site.ts';
import { originalOf } from '../../src/lib/site/hosting/file-kinds.ts';
import { withPreview } from '../support/preview.ts';
import { defaultUiPath, withDefaultUiCopy } from './default-ui.ts';
import { LOCALES, localePath, localeTable, type Locale } from '../../src/i18n/index.ts';
import { indexChunks } from './index-chunks.ts';
import { FILE_KINDS, PAGEFIND_PARTS, PHONE_NETWORK, visit, type Ui, type Visit } from './reader.ts';
import { withStaticServer } from './serve.ts';
import { reportPages } from './pages.ts';
import { writeSyntheticContent } from './synthetic.ts';

// Words readers search for, spread over the alphabet: Pagefind splits its index into chunks by
// word, so what one search costs depends on the word.
// Each edition has its own index, measured with its own readers' words.
const QUERIES: Record<Locale, readonly string[]> = {
  fr: ['ambassadeurs', 'Crimée', 'Loukachenko', 'malentendus', 'pétrole', 'Russie', 'Washington'],
  en: ['ambassadors', 'Crimea', 'Lukashenko', 'misunderstandings', 'oil', 'Russia', 'Washington'],
};
const RUNS_PER_QUERY = 3;
// The phone measure: one query, several cold visits of each UI (the machine is shared: medians).
const PHONE_QUERY: Record<Locale, string> = { fr: 'ambassadeurs', en: 'ambassadors' };
const PHONE_RUNS = Number(process.env['BENCH_PHONE_RUNS'] ?? 5);
// A quick typist: the search page searches at every key from the third letter.
const KEY_MS = 60;
const PORT = Number(process.env['BENCH_PORT'] ?? 4331);
const SCALE_SIZES = [100, 1000, 5000];
const SCALE_QUERY = 'pétrole';
const projectDist = new URL('../../dist/', import.meta.url).pathname;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The size of a folder's files, the compressed copies the build writes beside them left out. */
function dirSize(dir: string): number {
  return filesUnder(dir)
    .filter((path) => originalOf(path) === path)
    .reduce((sum, path) => sum + statSync(path).size, 0);
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

interface QueryRow {
  query: string;
  /** What the search fetched from /pagefind/ (the page itself aside), median of the runs. */
  bytes: number;
  parts: number[];
  /** Last key → final results, unthrottled. */
  ms: number;
  /** The same query in Pagefind's default UI: what it fetched from /pagefind/. */
  defaultBytes: number;
}

const pagefindBytes = (v: Visit) => v.bytes - (v.parts['page'] ?? 0);

/** The reader's first search on a phone, both UIs in the same run, interleaved. */
async function phoneRuns(browser: Browser, origin: string, runs: number, locale: Locale): Promise<Visit[]> {
  const visits: Visit[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [ui, path] of [
      ['ours', `/${localePath(locale, 'search')}`],
      ['default', defaultUiPath(localeTable(locale).lang)],
    ] as const) {
      const v = await visit(browser, `${origin}${path}`, ui, PHONE_QUERY[locale], {
        throttle: true,
        keyMs: KEY_MS,
      });
      visits.push(v);
      if (process.env['BENCH_VERBOSE'])
        for (const f of v.files) console.log(`  ${ui} ${f.path}: ${kb(f.bytes)}`);
    }
  }
  return visits;
}

async function queryRows(browser: Browser, origin: string, locale: Locale): Promise<QueryRow[]> {
  const rows: QueryRow[] = [];
  for (const query of QUERIES[locale]) {
    const own: Visit[] = [];
    for (let i = 0; i < RUNS_PER_QUERY; i++)
      own.push(
        await visit(browser, `${origin}/${localePath(locale, 'search')}`, 'ours', query, {
          throttle: false,
          keyMs: KEY_MS,
        }),
      );
    const reference = await visit(
      browser,
      `${origin}${defaultUiPath(localeTable(locale).lang)}`,
      'default',
      query,
      {
        throttle: false,
        keyMs: KEY_MS,
      },
    );
    const m = (pick: (v: Visit) => number) => median(own.map(pick));
    rows.push({
      query,
      bytes: m(pagefindBytes),
      parts: PAGEFIND_PARTS.map((part) => m((v) => v.parts[part] ?? 0)),
      ms: m((v) => v.lastKeyToFinal),
      defaultBytes: pagefindBytes(reference),
    });
  }
  return rows;
}

function printPhone(visits: Visit[], locale: Locale): void {
  const of = (ui: Ui) => visits.filter((v) => v.ui === ui);
  const row = (label: string, pick: (v: Visit) => number, format: (n: number) => string) => {
    const ours = median(of('ours').map(pick));
    const theirs = median(of('default').map(pick));
    console.log(`| ${label} | ${format(ours)} | ${format(theirs)} | ${(ours / theirs).toFixed(2)}× |`);
  };
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `\n${localeTable(locale).name} edition (/${localePath(locale, 'search')}): first search on a phone: cold cache, ${PHONE_NETWORK.latency} ms round trip, 1.6 Mbit/s down, 750 kbit/s up; “${PHONE_QUERY[locale]}” typed a key every ${KEY_MS} ms from the first frame with the box on screen. Medians of ${of('ours').length} visits each, interleaved:\n`,
  );
  console.log('| measure | this site | Pagefind default UI | ratio |');
  console.log('| --- | --- | --- | --- |');
  row('page opened → box on screen', (v) => v.boxReady, ms);
  row('first key → first result on screen', (v) => v.firstKeyToFirstResult, ms);
  row('page opened → first result on screen', (v) => v.openedToFirstResult, ms);
  row('last key → final results on screen', (v) => v.lastKeyToFinal, ms);
  row('bytes on the wire, whole visit', (v) => v.bytes, kb);
  row('of which Pagefind (code, index, fragments)', pagefindBytes, kb);
  for (const ui of ['ours', 'default'] as const) {
    const runs = of(ui)
      .map((v) => `${Math.round(v.firstKeyToFirstResult)}/${Math.round(v.lastKeyToFinal)}`)
      .join(', ');
    console.log(`\nruns, ${ui} (first result / final, ms): ${runs}`);
  }
}

function printQueries(rows: QueryRow[], locale: Locale): void {
  console.log(
    `\n${localeTable(locale).name} edition: what a first search fetches from /pagefind/, query by query (${RUNS_PER_QUERY} cold visits each, unthrottled, medians; compressed as sent, headers included):\n`,
  );
  console.log(
    `| query | fetched | ${PAGEFIND_PARTS.join(' | ')} | last key → results | default UI fetched |`,
  );
  console.log(`| --- | --- | ${PAGEFIND_PARTS.map(() => '---').join(' | ')} | --- | --- |`);
  for (const r of rows)
    console.log(
      `| ${r.query} | ${kb(r.bytes)} | ${r.parts.map(kb).join(' | ')} | ${Math.round(r.ms)} ms | ${kb(r.defaultBytes)} |`,
    );
  console.log('\n| measure | this site | default UI |');
  console.log('| --- | --- | --- |');
  console.log(
    `| bytes fetched by a first search, median query | ${kb(median(rows.map((r) => r.bytes)))} | ${kb(median(rows.map((r) => r.defaultBytes)))} |`,
  );
  console.log(
    `| the same, dearest query | ${kb(Math.max(...rows.map((r) => r.bytes)))} | ${kb(Math.max(...rows.map((r) => r.defaultBytes)))} |`,
  );
  console.log(
    `| last key → results, unthrottled, median query | ${Math.round(median(rows.map((r) => r.ms)))} ms | |`,
  );
}

async function reportSearch(dist: string): Promise<void> {
  await withDefaultUiCopy(
    dist,
    LOCALES.map((locale) => localeTable(locale).lang),
    (root) =>
      withStaticServer(root, PORT, async (origin) => {
        const browser = await chromium.launch(config.use?.launchOptions);
        try {
          for (const locale of LOCALES) {
            printPhone(await phoneRuns(browser, origin, PHONE_RUNS, locale), locale);
            printQueries(await queryRows(browser, origin, locale), locale);
          }
        } finally {
          await browser.close();
        }
      }),
  );
  console.log(`\nsearch index on disk, all files: ${kb(dirSize(join(dist, 'pagefind')))}`);
  console.log(`index chunks: ${indexChunks(dist)}`);
}

/** Pinned: the scores in the README were measured with this version. */
const LIGHTHOUSE_VERSION = '12.2.3';
const LIGHTHOUSE_PAGES = [
  '/',
  '/visite/premier-secretaire-d-etat/',
  '/source/',
  '/chronologie/',
  '/en/',
  '/en/article/',
];

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
  await reportSearch(dist);
  if (process.argv.includes('--search')) return;

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
  await reportPages(dist, PORT);

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
        // --force: Astro keeps its content store in .astro/ across builds and does not see that
        // CONTENT_DIR changed, so a build would otherwise import the previous size's (deleted) files.
        ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir],
        {
          env: { ...process.env, CONTENT_DIR: content },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const seconds = (performance.now() - started) / 1000;
      if (build.status !== 0) throw new Error(`build of ${size} entries failed:\n${build.stderr}`);
      const [fast, phone] = await withStaticServer(outDir, PORT, async (origin) => {
        const browser = await chromium.launch(config.use?.launchOptions);
        try {
          const runs = (throttle: boolean) =>
            [0, 1, 2].reduce<Promise<Visit[]>>(
              async (done) => [
                ...(await done),
                await visit(browser, `${origin}/recherche/`, 'ours', SCALE_QUERY, {
                  throttle,
                  keyMs: KEY_MS,
                }),
              ],
              Promise.resolve([]),
            );
          return [await runs(false), await runs(true)];
        } finally {
          await browser.close();
        }
      });
      rows.push({
        size,
        seconds,
        dist: dirSize(outDir),
        index: dirSize(join(outDir, 'pagefind')),
        // The search page itself, as a host sends it: it carries the table of first pages, which
        // grows with the index's words (src/lib/search/first-pages.ts).
        page: statSync(join(outDir, 'recherche', 'index.html.br')).size,
        search: median(fast.map(pagefindBytes)),
        ms: median(fast.map((v) => v.lastKeyToFinal)),
        phoneFirst: median(phone.map((v) => v.firstKeyToFirstResult)),
        phoneFinal: median(phone.map((v) => v.lastKeyToFinal)),
        kinds: FILE_KINDS.map((kind) => ({
          bytes: median(fast.map((v) => v.kinds[kind]?.bytes ?? 0)),
          files: median(fast.map((v) => v.kinds[kind]?.files ?? 0)),
        })),
      });
      console.log(`  ${size} entries built in ${seconds.toFixed(1)} s`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log(`\n“${SCALE_QUERY}”, 3 cold visits each unthrottled and on the phone network (medians):\n`);
  console.log(
    '| entries | build | dist | index | search page (brotli) | first search fetches | last key → results | phone: first key → first result | phone: last key → results |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.size} | ${r.seconds.toFixed(1)} s | ${(r.dist / 1024 / 1024).toFixed(1)} MB | ${kb(r.index)} | ${kb(r.page)} | ${kb(r.search)} | ${Math.round(r.ms)} ms | ${Math.round(r.phoneFirst)} ms | ${Math.round(r.phoneFinal)} ms |`,
    );
  }
  console.log(
    `\nWhat that first search fetches from /pagefind/, file by file (unthrottled, medians; requests in brackets):\n`,
  );
  console.log(`| entries | ${FILE_KINDS.join(' | ')} | total |`);
  console.log(`| --- | ${FILE_KINDS.map(() => '---').join(' | ')} | --- |`);
  for (const r of rows) {
    const cells = r.kinds.map((k) => (k.files > 1 ? `${kb(k.bytes)} (${k.files})` : kb(k.bytes)));
    console.log(`| ${r.size} | ${cells.join(' | ')} | ${kb(r.search)} |`);
  }
}

/** Builds the site's own content again, so the content store left in .astro/ is the site's. */
function rebuildSite(): void {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`the site's build after the scale runs failed:\n${build.stderr}`);
}

if (process.argv.includes('--scale')) {
  try {
    await reportScale();
  } finally {
    rebuildSite();
  }
} else await reportSite(projectDist);
