import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { filesNaming } from '../../src/lib/site/built-text.ts';
import { addressOf, siteAddress } from '../../src/lib/site/address.ts';

describe('the site address', () => {
  it('is undefined when SITE_URL is unset or blank, so no page points at the building machine', () => {
    expect(siteAddress(undefined)).toBeUndefined();
    expect(siteAddress('  ')).toBeUndefined();
  });

  it('is SITE_URL in full when it is set', () => {
    expect(siteAddress('https://example.org')).toBe('https://example.org/');
  });

  it('refuses an address that is not absolute http(s)', () => {
    expect(() => siteAddress('example.org')).toThrow(/write it in full/);
    expect(() => siteAddress('ftp://example.org')).toThrow(/must start with https/);
  });

  it('makes a path absolute only when the site has an address', () => {
    expect(addressOf('/analyse/#c14', new URL('https://example.org/'))).toBe(
      'https://example.org/analyse/#c14',
    );
    expect(addressOf('/analyse/#c14', undefined)).toBe('/analyse/#c14');
  });
});

describe('filesNaming', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a word in plain and gzipped files, and only there', () => {
    dir = mkdtempSync(join(tmpdir(), 'built-'));
    writeFileSync(join(dir, 'a.html'), '<a href="http://LOCALHOST:4321/">');
    writeFileSync(join(dir, 'b.pf_fragment'), gzipSync('{"url":"http://localhost/x"}'));
    writeFileSync(join(dir, 'c.html'), '<a href="/x/">');
    expect(filesNaming(dir, 'localhost').sort()).toEqual(['a.html', 'b.pf_fragment']);
  });
});
