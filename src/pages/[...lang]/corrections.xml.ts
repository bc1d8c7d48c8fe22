import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../corrections-feed.ts';
import { inEveryLocale, pageLocale } from '../../urls.ts';

/** /corrections.xml, /en/corrections.xml: each edition's changelog as an Atom feed. */
export const getStaticPaths = () => inEveryLocale('method');

export const GET: APIRoute = (context) =>
  new Response(correctionsFeed(context.site, pageLocale(context)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
