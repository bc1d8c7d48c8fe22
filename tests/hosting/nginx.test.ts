/**
 * The built site served by Debian's nginx through `npm run serve:nginx`, as
 * in production: every kind of file gets the headers `_headers` gives it,
 * with its type, its caching and its precompressed bytes; each edition's
 * not-found page answers with a 404; folders are redirected to their final
 * slash; and the same holds under a base path. Runs after `npm run build`
 * (`npm run test:hosting`); the base-path site is a build of the fixture
 * content of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../playwright.config.ts';
import { LOCALES, localeTable, useTranslations } from '../../src/i18n/index.ts';
import { filesUnder } from '../../src/lib/site/built-site.ts';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  contentTypeOf,
  HOST_FILES,
  isHashedAsset,
  originalOf,
  PRECOMPRESSED,
} from '../../src/lib/site/hosting/file-kinds.ts';
import { notFoundPages } from '../../src/lib/site/hosting/not-found.ts';
import { headersFor, parseHeadersFile, SECURITY_HEADERS } from '../../src/lib/site/security.ts';
import { buildEnv } from '../support/build-env.ts';
import { disagreements, parseNginx } from '../support/nginx-config.ts';
import { fixtureContent, removeTempDirs, tempDir } from '../support/temp-content.ts';

const project = new URL('../../', import.meta.url).pathname;
// The ports this suite owns; NGINX_TEST_PORT moves them for a checkout beside another.
const PORT = Number(process.env['NGINX_TEST_PORT'] ?? 4414);

interface Served {
  readonly process: ChildProcess;
  readonly origin: string;
  readonly base: string;
  readonly dist: string;
  /** The folder of nginx's own files, relative to the project. */
  readonly folder: string;
  output: string;
}

/** Starts `npm run serve:nginx`'s script and waits for it to say where it serves. */
async function serveNginx(env: Record<string, string>, dist: string): Promise<Served> {
  const child = spawn(process.execPath, ['scripts/serve-nginx.ts'], {
    cwd: project,
    env: { ...buildEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<{ origin: string; folder: string }>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const said = / at (http:\/\/[\d.]+:\d+)\/\S*, its files in (\S+)\//.exec(output);
      if (said?.[1] && said[2]) resolve({ origin: said[1], folder: said[2] });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`serve:nginx stopped (${code}) before serving:\n${output}`)));
  });
  const { origin, folder } = await ready;
  const served: Served = { process: child, origin, base: env['BASE_PATH'] ?? '/', dist, folder, output };
  child.stdout.on('data', (chunk: Buffer) => (served.output += chunk.toString()));
  return served;
}

interface Response {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** The bytes as sent, not decompressed. */
  readonly body: Buffer;
}

/** A GET with node:http, which leaves a compressed body as it came. */
function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    request(url, { headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: Object.fromEntries(
            Object.entries(response.headers).map(([name, value]) => [name, [value].flat().join(', ')]),
          ),
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** The built files of a dist/, relative to it, with "/" separators. */
const builtFiles = (dist: string) =>
  filesUnder(dist).map((path) => relative(dist, path).split('\\').join('/'));

/** The path a built file is served at: a folder's index.html at the folder. */
const servedPath = (base: string, file: string) => base + file.replace(/(^|\/)index\.html$/, '$1');

function expectSecurityHeaders(response: Response, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(response.headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
}

const root: { served?: Served } = {};
const based: { served?: Served } = {};
const servers = () => [root.served, based.served].filter((s): s is Served => s !== undefined);

beforeAll(async () => {
  const dist = join(project, 'dist');
  const baseDist = join(tempDir('minsk-nginx-'), 'dist');
  // The site as built by `npm run build` (rebuilt if stale), then a base-path build of the fixture:
  // one after the other, since two builds of one project share its .astro/ folder.
  root.served = await serveNginx({ PORT: String(PORT) }, dist);
  based.served = await serveNginx(
    {
      PORT: String(PORT + 1),
      BASE_PATH: '/sous-dossier/',
      OUT_DIR: baseDist,
      CONTENT_DIR: fixtureContent().content,
    },
    baseDist,
  );
});

afterAll(async () => {
  for (const served of servers())
    if (served.process.exitCode === null) {
      served.process.kill('SIGTERM');
      await once(served.process, 'exit');
    }
  removeTempDirs();
});

const rootSite = (): Served => {
  if (!root.served) throw new Error('nginx did not start');
  return root.served;
};

describe('the site served by nginx', () => {
  it('sends every kind of built file the headers _headers gives it, its type and its caching', async () => {
    const { origin, dist } = rootSite();
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    const files = builtFiles(dist).filter((f) => !(HOST_FILES as readonly string[]).includes(f));
    // One file of each kind: its folder, its extension and whether its name is hashed.
    const kinds = new Map<string, string>();
    for (const file of files.sort()) {
      const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : '';
      kinds.set(`${folder} ${file.slice(file.lastIndexOf('.'))} ${isHashedAsset(file)}`, file);
    }
    expect(kinds.size).toBeGreaterThan(20);
    for (const file of kinds.values()) {
      const path = servedPath('/', file);
      const response = await get(origin + path);
      expect(response.status, path).toBe(200);
      for (const [name, values] of Object.entries(headersFor(rules, path)))
        expect(response.headers[name.toLowerCase()], `${name} on ${path}`).toBe(values.join(', '));
      // A precompressed copy is only ever sent in its original's name.
      if (originalOf(file) === file) expect(response.headers['content-type'], path).toBe(contentTypeOf(file));
      expect(response.body.equals(readFileSync(join(dist, file))), path).toBe(true);
    }
  });

  it('runs a configuration that says what _headers says for every built file', () => {
    const { dist, folder } = rootSite();
    const config = parseNginx(readFileSync(join(project, folder, 'site.conf'), 'utf8'));
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    expect(disagreements(config, rules, '/', builtFiles(dist))).toEqual([]);
  });

  it('serves pages with the referrer policy in the page as in the header', async () => {
    const { origin } = rootSite();
    for (const locale of LOCALES) {
      const { prefix, lang } = localeTable(locale);
      const path = prefix ? `/${prefix}/` : '/';
      const response = await get(origin + path);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe(CACHE_REVALIDATE);
      expectSecurityHeaders(response, path);
      const html = response.body.toString();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(`<meta name="referrer" content="${response.headers['referrer-policy']}">`);
    }
  });

  it('sends the precompressed bytes to a browser that takes them, the file itself otherwise', async () => {
    const { origin, dist } = rootSite();
    const files = builtFiles(dist);
    const samples = [
      'index.html',
      files.find((f) => f.startsWith('_astro/') && f.endsWith('.js')),
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      files.find((f) => f.startsWith('donnees/') && f.endsWith('.csv')),
    ];
    for (const file of samples) {
      if (!file) throw new Error('a kind of file the build writes is missing from dist/');
      const path = servedPath('/', file);
      for (const { suffix, encoding } of PRECOMPRESSED) {
        expect(existsSync(join(dist, file + suffix)), file + suffix).toBe(true);
        const response = await get(origin + path, { 'Accept-Encoding': encoding });
        expect(response.headers['content-encoding'], `${encoding} ${path}`).toBe(encoding);
        expect(response.headers['vary'], path).toBe('Accept-Encoding');
        expect(response.headers['content-type'], path).toBe(contentTypeOf(file));
        expect(response.body.equals(readFileSync(join(dist, file + suffix))), `${encoding} ${path}`).toBe(
          true,
        );
      }
      // Brotli first where a browser takes both, as every current browser does.
      expect(
        (await get(origin + path, { 'Accept-Encoding': 'gzip, deflate, br' })).headers['content-encoding'],
      ).toBe('br');
      const plain = await get(origin + path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(readFileSync(join(dist, file))), path).toBe(true);
    }
    // Pagefind's files are gzip already: a browser that takes brotli gets their content in brotli,
    // which Pagefind takes as it is (it starts with its signature); any other, the file as it is.
    for (const file of ['pagefind/wasm.fr.pagefind', files.find((f) => f.startsWith('pagefind/index/'))]) {
      if (!file) throw new Error('no index chunk in dist/pagefind/index/');
      const written = readFileSync(join(dist, file));
      const brotli = await get(`${origin}/${file}`, { 'Accept-Encoding': 'br, gzip' });
      expect(brotli.headers['content-encoding'], file).toBe('br');
      expect(brotli.headers['vary'], file).toBe('Accept-Encoding');
      expect(brotliDecompressSync(brotli.body).equals(gunzipSync(written)), file).toBe(true);
      expect(brotliDecompressSync(brotli.body).subarray(0, 12).toString(), file).toBe('pagefind_dcd');
      const gzip = await get(`${origin}/${file}`, { 'Accept-Encoding': 'gzip' });
      expect(gzip.headers['content-encoding'], file).toBeUndefined();
      expect(gzip.body.equals(written), file).toBe(true);
      expect(brotli.headers['content-type']).toBe('application/octet-stream');
    }
    const chunk = await get(`${origin}/${files.find((f) => f.startsWith('pagefind/index/'))}`);
    expect(chunk.headers['cache-control']).toBe(CACHE_IMMUTABLE);
  });

  it('lets a first search download its index chunk and first fragments once, though the page fetches them ahead of Pagefind', async () => {
    const { origin } = rootSite();
    const browser = await chromium.launch(config.use?.launchOptions);
    try {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      // Pagefind's WebAssembly is held at the browser's door until a fragment is asked for or the
      // word is typed, as a phone's network would hold it: the page then fetches the chunk and the
      // fragments of the results it guesses ahead, and Pagefind asks for them again once it runs.
      // (Playwright's own interception would turn the browser's cache off, which is what is
      // tested here.)
      let releaseWasm = () => {};
      const fragmentAsked = new Promise<void>((resolve) => (releaseWasm = resolve));
      await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*.pagefind', requestStage: 'Request' }] });
      cdp.on('Fetch.requestPaused', ({ requestId }) => {
        void fragmentAsked.then(() => cdp.send('Fetch.continueRequest', { requestId }));
      });
      const requests: string[] = [];
      const downloads: string[] = [];
      cdp.on('Network.requestWillBeSent', ({ request }) => {
        const path = new URL(request.url).pathname;
        if (!/\/pagefind\/(index|fragment)\//.test(path)) return;
        requests.push(path);
        if (path.includes('/fragment/')) releaseWasm();
      });
      // Downloads of the index chunks, the fragments and the metadata file, which the page reads
      // a second time.
      cdp.on('Network.responseReceived', ({ response }) => {
        if (!/\/pagefind\/(index\/|fragment\/|pagefind\.\w+\.pf_meta)/.test(response.url)) return;
        if (!response.fromDiskCache && !response.fromPrefetchCache)
          downloads.push(new URL(response.url).pathname);
      });
      await page.goto(`${origin}/recherche/`);
      await page.locator('#search-app').waitFor();
      await page.locator('#q').pressSequentially('ambassadeurs', { delay: 30 });
      releaseWasm();
      await page.locator('#search-results .result').first().waitFor();
      await page.waitForLoadState('networkidle');
      // Each asked for twice, by the page and by Pagefind; downloaded once: hashed, they are immutable.
      const askedTwice = (kind: string) =>
        new Set(requests.filter((path, i) => path.includes(kind) && requests.indexOf(path) !== i));
      expect(askedTwice('/index/').size).toBe(1);
      expect(askedTwice('/fragment/').size).toBeGreaterThan(0);
      const downloadsOf = (path: string) => downloads.filter((d) => d === path).length;
      for (const path of new Set(requests)) expect(downloadsOf(path), path).toBe(1);
      expect(downloads.filter((path) => path.endsWith('.pf_meta'))).toHaveLength(1);
    } finally {
      await browser.close();
    }
  });

  it('sends the open data as UTF-8 text/csv and JSON', async () => {
    const { origin, dist } = rootSite();
    const data = builtFiles(dist).filter((f) =>
      /(^|\/)(donnees|data)\/.*\.(csv|json)$|^(en\/)?[^/]+\.json$/.test(f),
    );
    expect(data.filter((f) => f.endsWith('.csv')).length).toBeGreaterThan(0);
    for (const file of data) {
      const response = await get(`${origin}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers['content-type'], file).toBe(
        file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      );
      expect(response.headers['x-content-type-options'], file).toBe('nosniff');
    }
  });

  it('answers a missing address with its edition’s not-found page, a 404 and noindex', async () => {
    const { origin } = rootSite();
    for (const { locale, folder, file } of notFoundPages()) {
      const t = useTranslations(locale);
      for (const path of [`/${folder}nulle-part/`, `/${folder}404/`, `/${file}`, `/${folder}404`]) {
        const response = await get(origin + path);
        expect(response.status, path).toBe(404);
        const html = response.body.toString();
        expect(html, path).toContain(`<html lang="${localeTable(locale).lang}"`);
        expect(html, path).toContain(t('notFound.title'));
        expect(html, path).toContain('<meta name="robots" content="noindex">');
        expect(html, path).not.toContain(t('page.address'));
        expectSecurityHeaders(response, path);
      }
    }
    // The files that tell other hosts what to do are not served.
    for (const file of HOST_FILES) expect((await get(`${origin}/${file}`)).status, file).toBe(404);
  });

  it('redirects a folder asked for without its final slash, keeping the query', async () => {
    const { origin, dist } = rootSite();
    const folder = builtFiles(dist)
      .find((f) => /^[^/_]+\/index\.html$/.test(f))
      ?.split('/')[0];
    const response = await get(`${origin}/${folder}?q=Minsk`);
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe(`/${folder}/?q=Minsk`);
    expectSecurityHeaders(response, `/${folder}`);
  });
});

describe('a site served under a base path', () => {
  const site = (): Served => {
    if (!based.served) throw new Error('nginx did not start');
    return based.served;
  };

  it('serves the pages, assets and not-found pages under the base, and nothing outside it', async () => {
    const { origin, dist, base, folder } = site();
    expect((await get(`${origin}${base}`)).status).toBe(200);
    const asset = builtFiles(dist).find((f) => f.startsWith('_astro/') && f.endsWith('.css'));
    const response = await get(`${origin}${base}${asset}`, { 'Accept-Encoding': 'br' });
    expect(response.headers['cache-control']).toBe(CACHE_IMMUTABLE);
    expect(response.headers['content-encoding']).toBe('br');
    expect((await get(`${origin}/${asset}`)).status).toBe(404);
    const redirect = await get(`${origin}${base.replace(/\/$/, '')}`);
    expect([redirect.status, redirect.headers['location']]).toEqual([301, base]);
    for (const { locale, folder: edition } of notFoundPages()) {
      const missing = await get(`${origin}${base}${edition}nulle-part/`);
      expect(missing.status).toBe(404);
      expect(missing.body.toString()).toContain(`<html lang="${localeTable(locale).lang}"`);
    }
    const config = parseNginx(readFileSync(join(project, folder, 'site.conf'), 'utf8'));
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    expect(disagreements(config, rules, base, builtFiles(dist))).toEqual([]);
  });
});

describe('npm run serve:nginx', () => {
  it('stops on Ctrl+C, passing it to nginx, and removes its files', async () => {
    for (const served of servers()) {
      expect(existsSync(join(project, served.folder)), served.folder).toBe(true);
      served.process.kill('SIGINT');
      const [code] = await once(served.process, 'exit');
      expect(code, served.output).toBe(0);
      expect(existsSync(join(project, served.folder)), served.folder).toBe(false);
      await expect(get(served.origin)).rejects.toThrow(/ECONNREFUSED/);
    }
  });
});
