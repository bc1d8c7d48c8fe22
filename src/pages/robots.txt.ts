import type { APIRoute } from 'astro';
import { url } from '../urls.ts';

/** Everything may be crawled; when the site has an address, the sitemap says where everything is. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(url('sitemap-index.xml'), site).href}\n` : ''}`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
