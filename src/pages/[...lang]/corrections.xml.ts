import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n/index.ts';
import { correctionsFeed } from '../../corrections-feed.ts';
import { inEveryLocale } from '../../urls.ts';

/** /corrections.xml, /en/corrections.xml: each edition's changelog as an Atom feed. */
export const getStaticPaths = () => inEveryLocale('method');

export const GET: APIRoute<{ locale: Locale }> = ({ site, props: { locale } }) =>
  new Response(correctionsFeed(site, locale), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
