import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  headerPolicy,
  headersFile,
  headersFor,
  isHashedAsset,
  parseHeadersFile,
} from '../../src/lib/site/security.ts';

describe('the security headers', () => {
  it('allow nothing from another host, no inline script and no framing', () => {
    const policy = headerPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval'(?<!wasm-unsafe-eval')|https?:|\*/);
  });
  it('are written for every path under the base, in the _headers format', () => {
    const file = headersFile('/minsk-2020');
    expect(file.split('\n')[0]).toBe('/minsk-2020/*');
    for (const name of [
      'Content-Security-Policy',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy',
      'Permissions-Policy',
    ]) {
      expect(file).toMatch(new RegExp(`^  ${name}`, 'm'));
    }
  });

  it('say the open data is UTF-8, each file once', () => {
    const files = ['index.html', 'donnees/citations.csv', 'donnees/citations.json', 'chronologie.json'];
    const rules = parseHeadersFile(headersFile('/minsk-2020/', files));
    const typeOf = (path: string) => headersFor(rules, path)['Content-Type'];
    expect(typeOf('/minsk-2020/donnees/citations.csv')).toEqual(['text/csv; charset=utf-8']);
    expect(typeOf('/minsk-2020/donnees/citations.json')).toEqual(['application/json; charset=utf-8']);
    expect(typeOf('/minsk-2020/chronologie.json')).toEqual(['application/json; charset=utf-8']);
    expect(typeOf('/minsk-2020/')).toBeUndefined();
  });

  it('give hashed files a year, immutable, and every other path one revalidation rule', () => {
    const files = [
      'index.html',
      'source/index.html',
      '_astro/search-page.Dk3f9a1b.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.fr.pagefind',
      'pagefind/pagefind.fr_989df3c739.pf_meta',
      'pagefind/index/fr_1a2b3c4.pf_index',
      'pagefind/fragment/fr_0a63433.pf_fragment',
      'pagefind/filter/fr_371ae1e.pf_filter',
      'chronologie.json',
    ];
    const rules = parseHeadersFile(headersFile('/minsk-2020/', files));
    const cacheOf = (path: string) => headersFor(rules, path)['Cache-Control'];
    expect(cacheOf('/minsk-2020/')).toEqual([CACHE_REVALIDATE]);
    expect(cacheOf('/minsk-2020/source/')).toEqual([CACHE_REVALIDATE]);
    expect(cacheOf('/minsk-2020/_astro/search-page.Dk3f9a1b.js')).toEqual([CACHE_IMMUTABLE]);
    expect(cacheOf('/minsk-2020/pagefind/pagefind.js')).toEqual([CACHE_REVALIDATE]);
    expect(cacheOf('/minsk-2020/pagefind/pagefind-entry.json')).toEqual([CACHE_REVALIDATE]);
    expect(cacheOf('/minsk-2020/pagefind/wasm.fr.pagefind')).toEqual([CACHE_REVALIDATE]);
    for (const hashed of files.filter((f) => /_[0-9a-f]{7,}\.pf_/.test(f)))
      expect(cacheOf(`/minsk-2020/${hashed}`), hashed).toEqual([CACHE_IMMUTABLE]);
    expect(headersFor(rules, '/minsk-2020/chronologie.json')['Strict-Transport-Security']).toEqual([
      'max-age=63072000',
    ]);
    // Outside the base path, nothing of the site's rules applies.
    expect(headersFor(rules, '/source/')).toEqual({});
  });

  it('tell hashed names from fixed ones', () => {
    expect(isHashedAsset('_astro/x.B1c2d3.css')).toBe(true);
    expect(isHashedAsset('pagefind/pagefind.fr_989df3c739.pf_meta')).toBe(true);
    expect(isHashedAsset('pagefind/pagefind.js')).toBe(false);
    expect(isHashedAsset('pagefind/wasm.fr.pagefind')).toBe(false);
    expect(isHashedAsset('index.html')).toBe(false);
  });
});
