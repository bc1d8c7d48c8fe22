import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/lib/site/security.ts';
import { builtRoutes } from './site.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** The headers the host would send for a page, read from the built _headers file. */
function hostHeaders(): Record<string, string> {
  const rules = parseHeadersFile(readFileSync(`${dist}_headers`, 'utf8'));
  return Object.fromEntries(
    Object.entries(headersFor(rules, '/')).map(([name, values]) => [name, values.join(', ')]),
  );
}

async function serveWithHostHeaders(page: Page): Promise<void> {
  const headers = hostHeaders();
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
}

// Every page is also checked for outside requests in pages.spec.ts; here, a search too.
test('a search asks for nothing from another host', async ({ page, baseURL }) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(baseURL ?? '').origin)) elsewhere.push(request.url());
  });
  await page.goto('/recherche/?q=Minsk');
  await expect(page.locator('.result').first()).toBeVisible();
  expect(elsewhere).toEqual([]);
});

// The _headers file itself is checked against every built file in tests/integration/build.test.ts.
test('under the host’s header policy, pages and search work with no violation', async ({ page }) => {
  await serveWithHostHeaders(page);
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  for (const route of ['/', '/source/', '/citations/?orateur=pompeo', '/chronologie/']) {
    const response = await page.goto(route);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
  }
  await page.goto('/recherche/?q=p%C3%A9trole');
  await expect(page.locator('.result').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
    [],
  );
});

// A host that sends none of the site's headers (a plain static host) still gets the page's own policy.
test('every page states the referrer policy the host’s headers send', () => {
  const policy = hostHeaders()['Referrer-Policy'];
  expect(policy).toBeTruthy();
  for (const route of builtRoutes())
    expect(readFileSync(`${dist}${route.slice(1)}index.html`, 'utf8'), route).toContain(
      `<meta name="referrer" content="${policy}">`,
    );
});

test('every page has a description and sharing cards; without SITE_URL, no absolute address', async ({
  page,
}) => {
  // The suite runs on a build without SITE_URL (tests/integration/build.test.ts checks the tags with one).
  for (const route of ['/', '/visite/premier-secretaire-d-etat/', '/energie/', '/chronologie/']) {
    await page.goto(route);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(
      page.locator('link[rel="canonical"], meta[property="og:url"], meta[property="og:image"]'),
    ).toHaveCount(0);
  }
  // One card for the site and one per section, in each language.
  for (const card of [
    '/partage/site.png',
    '/partage/visit-facts.png',
    '/en/share/site.png',
    '/en/share/commentary.png',
  ]) {
    const response = await page.request.get(card);
    expect(response.headers()['content-type']).toBe('image/png');
    // A PNG, 1200 × 630: the width and height are the first fields of its header chunk.
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toBe('User-agent: *\nAllow: /\n');
  expect((await page.request.get('/sitemap-index.xml')).status()).toBe(404);
});
