import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES, localeTable } from '../../src/i18n/index.ts';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  contentTypeOf,
  MEDIA_TYPES,
} from '../../src/lib/site/hosting/file-kinds.ts';
import { nginxMainConfig, nginxSiteConfig, NginxSettingError } from '../../src/lib/site/hosting/nginx.ts';
import { notFoundPages, redirectsFile } from '../../src/lib/site/hosting/not-found.ts';
import { isCompressible, precompress } from '../../src/lib/site/hosting/precompress.ts';
import { headerRules, headersFile, SECURITY_HEADERS } from '../../src/lib/site/security.ts';
import { withNoindex } from '../../src/integrations/not-found-pages.ts';
import { staleReason } from '../../scripts/hosting/built.ts';
import { contentTypeFor, disagreements, parseNginx, servedBy } from '../support/nginx-config.ts';

/** A built site's kinds of files, as the build names them, compressed copies included. */
const FILES = [
  'index.html',
  'index.html.gz',
  'index.html.br',
  '404.html',
  'en/404.html',
  'en/index.html',
  'source/index.html',
  'favicon.svg',
  'robots.txt',
  'chronologie.json',
  'donnees/citations.csv',
  'donnees/citations.json',
  'en/data/citations.csv',
  'partage/site.png',
  '_astro/Base.BE1O8CyB.css',
  '_astro/query.D8SThiZg.js',
  '_astro/query.D8SThiZg.js.br',
  'pagefind/pagefind.js',
  'pagefind/pagefind.js.gz',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.fr.pagefind',
  'pagefind/pagefind.fr_ecf3be197e.pf_meta',
  'pagefind/index/fr_1a2b3c4.pf_index',
  'pagefind/fragment/fr_0a63433.pf_fragment',
  'pagefind/filter/fr_371ae1e.pf_filter',
  '_headers',
  '_redirects',
];

const site = (base: string, brotli = true) =>
  nginxSiteConfig({ base, root: '/var/www/html', listen: '8080', brotli });

describe('the nginx configuration', () => {
  for (const base of ['/', '/sous-dossier/']) {
    it(`sends what _headers says for every kind of file, under ${base}`, () => {
      const nginx = parseNginx(site(base));
      expect(disagreements(nginx, headerRules(base, FILES), base, FILES)).toEqual([]);
      // The comparison sees a difference when there is one.
      const changed = parseNginx(site(base).replace(CACHE_IMMUTABLE, 'no-store'));
      expect(disagreements(changed, headerRules(base, FILES), base, FILES)).toContainEqual(
        expect.stringContaining(`${base}_astro/query.D8SThiZg.js: Cache-Control`),
      );
    });
  }

  it('picks the location nginx would for hashed and fixed names', () => {
    const nginx = parseNginx(site('/sous-dossier/'));
    const cache = (uri: string) => servedBy(nginx, uri).headers['Cache-Control'];
    expect(cache('/sous-dossier/_astro/query.D8SThiZg.js')).toBe(CACHE_IMMUTABLE);
    expect(cache('/sous-dossier/pagefind/fragment/fr_0a63433.pf_fragment')).toBe(CACHE_IMMUTABLE);
    expect(cache('/sous-dossier/pagefind/pagefind.fr_ecf3be197e.pf_meta')).toBe(CACHE_IMMUTABLE);
    expect(cache('/sous-dossier/pagefind/pagefind.js')).toBe(CACHE_REVALIDATE);
    expect(cache('/sous-dossier/source/index.html')).toBe(CACHE_REVALIDATE);
    // Outside the base path, nothing is served.
    expect(servedBy(nginx, '/_astro/query.D8SThiZg.js').returns).toBe('404');
    expect(servedBy(nginx, '/sous-dossier/_headers').returns).toBe('404');
  });

  it('serves each edition its own not-found page, with a 404 status and only as an error page', () => {
    const config = site('/sous-dossier/');
    const nginx = parseNginx(config);
    const server = nginx.find((d) => d.name === 'server')?.block ?? [];
    const errorPage = server.find((d) => d.name === 'error_page')?.args ?? [];
    expect(errorPage[0]).toBe('404');
    const map = nginx.find((d) => d.name === 'map');
    expect(map?.args).toEqual(['$uri', errorPage[1]]);
    for (const locale of LOCALES) {
      const { prefix } = localeTable(locale);
      const page = `/sous-dossier/${prefix ? `${prefix}/` : ''}404.html`;
      expect(map?.block?.map((d) => [d.name, ...d.args])).toContainEqual(
        prefix ? [`~^/sous-dossier/${prefix}/`, page] : ['default', page],
      );
      expect(servedBy(nginx, page).internal, page).toBe(true);
    }
  });

  it('gives every kind of file its type, text with its charset', () => {
    const nginx = parseNginx(site('/'));
    for (const ext of Object.keys(MEDIA_TYPES))
      expect(contentTypeFor(nginx, `x.${ext}`), ext).toBe(contentTypeOf(`x.${ext}`));
    expect(contentTypeFor(nginx, 'donnees/citations.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor(nginx, 'index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor(nginx, 'x.wasm')).toBe('application/wasm');
  });

  it('sends brotli copies only where the module is loaded, and never compresses per request', () => {
    expect(site('/')).toMatch(/^\s*brotli_static on;/m);
    expect(site('/', false)).not.toMatch(/^\s*brotli_static/m);
    expect(site('/')).toMatch(/^\s*gzip off;/m);
    expect(site('/')).toMatch(/^\s*gzip_static on;/m);
    const main = nginxMainConfig({ prefix: '/tmp/x', site: '/tmp/x/site.conf', accessLog: 'off' });
    expect(main).not.toContain('load_module');
    expect(
      nginxMainConfig({
        prefix: '/tmp/x',
        site: '/tmp/x/site.conf',
        accessLog: 'off',
        brotliModule: '/m.so',
      }),
    ).toMatch(/^load_module "\/m\.so";$/m);
  });

  it('puts every file nginx would write under its own folder', () => {
    const main = parseNginx(
      nginxMainConfig({ prefix: '/tmp/x', site: '/tmp/x/site.conf', accessLog: 'off' }),
    );
    const http = main.find((d) => d.name === 'http')?.block ?? [];
    const paths = [...main, ...http].filter((d) => d.name === 'pid' || d.name.endsWith('_temp_path'));
    expect(paths.length).toBeGreaterThanOrEqual(6);
    for (const d of paths) expect(d.args[0], d.name).toMatch(/^\/tmp\/x\//);
    expect(main.find((d) => d.name === 'daemon')?.args).toEqual(['off']);
  });

  it('refuses settings that would change its meaning, naming the setting and the fix', () => {
    const make = (options: Partial<Parameters<typeof nginxSiteConfig>[0]>) => () =>
      nginxSiteConfig({ base: '/', root: '/var/www/html', listen: '8080', brotli: false, ...options });
    expect(make({ base: '/a;b/' })).toThrow(NginxSettingError);
    expect(make({ base: '/a;b/' })).toThrow(/BASE_PATH "\/a;b\/".*such as \/sous-dossier\//);
    expect(make({ base: '/../etc/' })).toThrow(/BASE_PATH/);
    expect(make({ root: '/var/www"; deny all; "' })).toThrow(/root folder/);
    expect(make({ listen: '80; include /etc/passwd' })).toThrow(/port/);
    expect(make({ serverName: 'example.org; return 200' })).toThrow(/server name/);
    expect(make({ base: 'sous-dossier' })()).toContain('location = /sous-dossier/404.html');
  });

  it('says the same security headers as every other host', () => {
    const nginx = parseNginx(site('/'));
    expect(servedBy(nginx, '/index.html').headers).toMatchObject(SECURITY_HEADERS);
  });
});

describe('the not-found pages', () => {
  it('are one per edition, the deepest folder first, with a 404 rule for each below the root', () => {
    const pages = notFoundPages();
    expect(pages.map((p) => p.locale).sort()).toEqual([...LOCALES].sort());
    expect(pages.at(-1)?.folder).toBe('');
    const below = LOCALES.filter((l) => localeTable(l).prefix);
    expect(redirectsFile('/b').trim().split('\n')).toEqual(
      below.map((l) => `/b/${localeTable(l).prefix}/* /b/${localeTable(l).prefix}/404.html 404`),
    );
  });

  it('say noindex right after the charset, and a page without one is named', () => {
    const page = '<html><head><meta charset="utf-8"><title>x</title></head></html>';
    expect(withNoindex(page, 'dist/404.html')).toBe(
      '<html><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>x</title></head></html>',
    );
    expect(withNoindex(withNoindex(page, 'a'), 'a')).toBe(withNoindex(page, 'a'));
    expect(() => withNoindex('<html><head></head></html>', 'dist/en/404.html')).toThrow(
      /^dist\/en\/404\.html: /,
    );
  });
});

describe('precompression', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minsk-precompress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compresses text the site serves, not Pagefind’s gzip files nor the host files', () => {
    for (const file of ['index.html', 'x.css', 'x.js', 'x.json', 'x.csv', 'favicon.svg', 'sitemap-0.xml'])
      expect(isCompressible(file), file).toBe(true);
    for (const file of ['a.pf_fragment', 'wasm.fr.pagefind', 'site.png', '_headers', '_redirects', 'x.gz'])
      expect(isCompressible(file), file).toBe(false);
  });

  it('writes copies that decompress to the original, and none that would not be smaller', async () => {
    const page = `<!doctype html><p>${'Minsk, le 1er février 2020. '.repeat(200)}</p>`;
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'tiny.txt'), 'a');
    const done = await precompress(dir, ['index.html', 'tiny.txt']);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
    const html = done.find((f) => f.file === 'index.html');
    expect(html?.copies['.br']).toBeLessThan(Buffer.byteLength(page));
    expect(done.find((f) => f.file === 'tiny.txt')?.copies).toEqual({});
  });

  it('gives Pagefind’s gzip files a brotli copy of their content, which Pagefind takes as it is', async () => {
    // What Pagefind writes: its signature, then its content, the whole gzipped.
    const content = Buffer.from(`pagefind_dcd${'\u0000asm wasm bytes '.repeat(500)}`);
    mkdirSync(join(dir, 'pagefind'), { recursive: true });
    writeFileSync(join(dir, 'pagefind/wasm.fr.pagefind'), gzipSync(content));
    // Not Pagefind's format once opened, and not gzip at all: left alone.
    writeFileSync(join(dir, 'pagefind/other.pf_index'), gzipSync(Buffer.from('x'.repeat(5000))));
    writeFileSync(join(dir, 'pagefind/raw.pf_fragment'), 'x'.repeat(5000));
    const files = ['pagefind/wasm.fr.pagefind', 'pagefind/other.pf_index', 'pagefind/raw.pf_fragment'];
    const done = await precompress(dir, files);
    expect(
      brotliDecompressSync(readFileSync(join(dir, 'pagefind/wasm.fr.pagefind.br'))).equals(content),
    ).toBe(true);
    expect(done.find((f) => f.file === 'pagefind/wasm.fr.pagefind')?.copies['.br']).toBeLessThan(
      gzipSync(content).length,
    );
    for (const file of files.slice(1)) {
      expect(existsSync(join(dir, `${file}.br`)), file).toBe(false);
      expect(done.find((f) => f.file === file)?.copies, file).toEqual({});
    }
    // No gzip copy: the file is one.
    expect(existsSync(join(dir, 'pagefind/wasm.fr.pagefind.gz'))).toBe(false);
  });
});

describe('whether serve:nginx builds first', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minsk-stale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const dist = join(dir, 'dist');
  const source = join(dir, 'page.astro');

  it('builds a missing site, one built for another base path, and one older than a source', () => {
    writeFileSync(source, 'x');
    utimesSync(source, 1000, 1000);
    expect(staleReason(dist, '/', [source])).toMatch(/no finished build/);
    mkdirSync(dist);
    writeFileSync(join(dist, '_headers'), headersFile('/sous-dossier/', ['index.html']));
    utimesSync(join(dist, '_headers'), 2000, 2000);
    expect(staleReason(dist, '/sous-dossier', [source])).toBeUndefined();
    expect(staleReason(dist, '/', [source])).toMatch(
      /built for BASE_PATH=\/sous-dossier\/, and BASE_PATH is \/$/,
    );
    utimesSync(source, 3000, 3000);
    expect(staleReason(dist, '/sous-dossier/', [source])).toMatch(/page\.astro changed since the last build/);
  });
});
