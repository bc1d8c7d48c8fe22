/**
 * One first search as a reader lives it: a cold visit of a search page,
 * the query typed a key at a time as soon as the box is on screen, and what the
 * reader waits for, taken in the page (first key → first result on screen,
 * last key → the results for the whole query on screen) and on the wire
 * (bytes as Chromium received them, by kind of file). Works for the site's
 * search page and for Pagefind's default UI on a bare page.
 */
import type { Browser } from '@playwright/test';

/** The phone network of the measure: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const PHONE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};

export type Ui = 'ours' | 'default';

export interface Visit {
  readonly ui: Ui;
  readonly query: string;
  /** From the start of navigation to the first frame with the box on screen, taking keys that will be searched. */
  readonly boxReady: number;
  readonly firstKeyToFirstResult: number;
  /** From the page's navigation to its first result on screen: the wait a reader lives. */
  readonly openedToFirstResult: number;
  readonly lastKeyToFinal: number;
  /** Everything the visit received, compressed as sent. */
  readonly bytes: number;
  /** Bytes by kind: page (HTML, CSS, site scripts), code, metadata, index, filters, fragments. */
  readonly parts: Readonly<Record<string, number>>;
  /** Bytes and requests by Pagefind file (FILE_KINDS), the page itself aside. */
  readonly kinds: Readonly<Record<string, { bytes: number; files: number }>>;
  readonly files: readonly { path: string; bytes: number }[];
}

export const PAGEFIND_PARTS = ['code', 'metadata', 'index', 'filters', 'fragments'] as const;

/** Pagefind's files one by one: its script, its WebAssembly, the entry file, the metadata file, then the rest. */
export const FILE_KINDS = [
  'pagefind.js',
  'wasm',
  'entry',
  'pf_meta',
  'filters',
  'index',
  'fragments',
] as const;

function kindOf(path: string): string {
  if (!path.includes('/pagefind/')) return 'page';
  if (/\/pagefind(-ui)?\.(js|css)$/.test(path)) return 'pagefind.js';
  if (/\.pagefind$/.test(path)) return 'wasm';
  if (/\/pagefind-entry\.json$/.test(path)) return 'entry';
  if (/\.pf_meta$/.test(path)) return 'pf_meta';
  if (/\/index\//.test(path)) return 'index';
  if (/\/filter\//.test(path)) return 'filters';
  if (/\/fragment\//.test(path)) return 'fragments';
  return 'other';
}

const PART_OF_KIND: Record<string, string> = {
  'pagefind.js': 'code',
  wasm: 'code',
  entry: 'metadata',
  pf_meta: 'metadata',
  other: 'metadata',
};
const partOf = (path: string): string => {
  const kind = kindOf(path);
  return PART_OF_KIND[kind] ?? kind;
};

const SELECTORS = {
  // The box works from the first frame it is on screen. Ours is in the page's HTML, and words typed
  // before the script runs are searched when it does (src/scripts/search-page.ts); the default
  // UI's is made by its script.
  ours: {
    input: '#q',
    result: '#search-results .result a, #search-partial .result a',
  },
  default: {
    input: '.pagefind-ui__search-input',
    result: '.pagefind-ui__result-link',
  },
} as const;

/** In the page: key times, and the first frame where each state is on screen. */
function instrument({ ui, query, selectors }: { ui: Ui; query: string; selectors: Record<string, string> }) {
  // x and y: the middle of the box, where the reader taps, taken in the frame it is on screen.
  const bench = { ready: 0, x: 0, y: 0, contentLoaded: 0, firstKey: 0, lastKey: 0, first: 0, final: 0 };
  document.addEventListener('DOMContentLoaded', () => (bench.contentLoaded = performance.now()));
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  document.addEventListener(
    'keydown',
    () => {
      const now = performance.now();
      if (!bench.firstKey) bench.firstKey = now;
      bench.lastKey = now;
    },
    true,
  );
  const isFinal = (): boolean => {
    if (!document.querySelector(selectors['result'] ?? '')) return false;
    if (ui === 'ours') {
      // The count is announced, the whole query quoted, once its results are in (in either language).
      return (document.getElementById('search-status')?.textContent ?? '').includes(query);
    }
    const message = document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
    return (
      // "8 résultats pour x", "8 results for x"; "Recherche de x…" and "Searching for x..." while it loads.
      message.endsWith(` ${query}`) && !document.querySelector('.pagefind-ui__results .pagefind-ui__loading')
    );
  };
  const frame = () => {
    const now = performance.now();
    const box = bench.ready ? null : document.querySelector(selectors['input'] ?? '');
    if (box) {
      const { left, top, width, height } = box.getBoundingClientRect();
      Object.assign(bench, { ready: now, x: left + width / 2, y: top + height / 2 });
    }
    if (bench.firstKey && !bench.first && document.querySelector(selectors['result'] ?? ''))
      bench.first = now;
    if (bench.lastKey && !bench.final && isFinal()) bench.final = now;
    if (!bench.final) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export async function visit(
  browser: Browser,
  url: string,
  ui: Ui,
  query: string,
  options: { throttle: boolean; keyMs: number },
): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (options.throttle) await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
  const urls = new Map<string, string>();
  const files: { path: string; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    const at = urls.get(e.requestId);
    if (at) files.push({ path: new URL(at).pathname, bytes: e.encodedDataLength });
  });
  const selectors = SELECTORS[ui];
  await page.addInitScript(instrument, { ui, query, selectors: { ...selectors } });
  await page.goto(url, { waitUntil: 'commit' });
  // The box is watched from inside the page, frame by frame: a locator's wait polls from outside
  // at growing intervals (up to 500 ms apart), which would start the typing up to half a second
  // after the box is on screen, later for one UI than the other by chance.
  const box = await page.waitForFunction(
    () => {
      const bench = (window as unknown as { __bench?: { ready: number; x: number; y: number } }).__bench;
      return bench?.ready ? { x: bench.x, y: bench.y } : undefined;
    },
    null,
    {
      polling: 'raf',
      timeout: 60_000,
    },
  );
  // Then taps the middle of the box with raw mouse input and types with raw keys. A locator's
  // click first finds and checks the box from outside the page, which took about twice as long on
  // our page, whose scripts run after its box is on screen, as on the default UI's, whose box its
  // script makes (docs/benchmarks.md).
  const { x, y } = (await box.jsonValue()) as { x: number; y: number };
  await page.mouse.click(x, y);
  const tapped = await page.evaluate(
    (input) => document.activeElement?.matches(input) ?? false,
    selectors.input,
  );
  if (!tapped)
    throw new Error(`${ui}: the tap at (${x}, ${y}) did not reach the search box ${selectors.input}`);
  await page.keyboard.type(query, { delay: options.keyMs });
  await page.waitForFunction(
    () => (window as unknown as { __bench: { final: number } }).__bench.final > 0,
    null,
    {
      timeout: 60_000,
    },
  );
  await page.waitForLoadState('networkidle');
  const bench = await page.evaluate(
    () => (window as unknown as { __bench: Record<string, number> }).__bench as Record<string, number>,
  );
  if (process.env['BENCH_TIMELINE']) {
    // Where the time goes: each file's request and arrival, against the keys and the results.
    const timeline = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map(
          (e) =>
            `${Math.round(e.startTime)}–${Math.round((e as PerformanceResourceTiming).responseEnd)} ${new URL(e.name).pathname}`,
        ),
    );
    console.log(
      `${ui}: ready ${Math.round(bench['ready'] ?? 0)}, DOMContentLoaded ${Math.round(bench['contentLoaded'] ?? 0)}, keys ${Math.round(bench['firstKey'] ?? 0)}–${Math.round(bench['lastKey'] ?? 0)}, first result ${Math.round(bench['first'] ?? 0)}, final ${Math.round(bench['final'] ?? 0)}`,
    );
    for (const line of timeline) console.log(`  ${line}`);
  }
  await context.close();
  const parts: Record<string, number> = {};
  const kinds: Record<string, { bytes: number; files: number }> = {};
  for (const file of files) {
    parts[partOf(file.path)] = (parts[partOf(file.path)] ?? 0) + file.bytes;
    const kind = kindOf(file.path);
    if (kind === 'page') continue;
    const sum = (kinds[kind] ??= { bytes: 0, files: 0 });
    sum.bytes += file.bytes;
    sum.files++;
  }
  const at = (key: string) => bench[key] ?? 0;
  return {
    ui,
    query,
    boxReady: at('ready'),
    firstKeyToFirstResult: at('first') - at('firstKey'),
    openedToFirstResult: at('first'),
    lastKeyToFinal: at('final') - at('lastKey'),
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    parts,
    kinds,
    files,
  };
}
