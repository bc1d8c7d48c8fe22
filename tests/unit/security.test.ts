import { describe, expect, it } from 'vitest';
import { headerPolicy, headersFile } from '../../src/lib/security.ts';

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
});
