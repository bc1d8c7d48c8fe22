/**
 * The site's public address, from SITE_URL. Without it the build knows no
 * address of its own: it must then write no absolute URL at all, rather than
 * one that points at the machine that built it.
 */

/** The line the build prints when SITE_URL is not set. */
export const NO_SITE_ADDRESS =
  'SITE_URL is not set: canonical, OpenGraph and Twitter image tags, the sitemap and its robots.txt line are left out, and JSON-LD and chronologie.json use relative links. Set SITE_URL (e.g. https://example.org) to publish.';

/**
 * SITE_URL as Astro's `site`, or undefined when it is unset or empty. An
 * address that is not absolute http(s) stops the build: a typo would
 * otherwise end up in every canonical link.
 */
export function siteAddress(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an address: write it in full, e.g. https://example.org`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL "${value}" must start with https:// (or http://)`);
  }
  return parsed.href;
}

/**
 * A path below the base as an absolute URL when the site has an address,
 * as the root-relative path otherwise.
 */
export function addressOf(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
