import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { LOCALES, localeTable, useTranslations, type Locale } from '../../../i18n/index.ts';
import { SECTIONS } from '../../../lib/content/sections.ts';
import { socialSvg } from '../../../lib/site/social-image.ts';

// The light-scheme section colours of global.css, which the cards repeat.
const COLOURS: Record<string, string> = {
  visit: '#1d4fb8',
  statements: '#7a2aa8',
  energy: '#8a4b06',
  commentary: '#b3261e',
  site: '#1d1c1a',
};

export const getStaticPaths = (() =>
  LOCALES.flatMap((locale) => {
    const t = useTranslations(locale);
    const params = { lang: localeTable(locale).prefix || undefined, share: localeTable(locale).routes.share };
    return [
      {
        params: { ...params, card: 'site' },
        props: { label: t('share.site'), colour: COLOURS['site'], locale },
      },
      ...SECTIONS.map((s) => ({
        params: { ...params, card: s.collection },
        props: { label: t(`section.${s.collection}`), colour: COLOURS[s.hue], locale },
      })),
    ];
  })) satisfies GetStaticPaths;

/** One share picture per section, and one for the rest of the site, in each language. */
export const GET: APIRoute = async ({ props }) => {
  const { label, colour, locale } = props as { label: string; colour: string; locale: Locale };
  const t = useTranslations(locale);
  const png = await sharp(
    Buffer.from(
      socialSvg({ title: t('site.title'), label, subtitle: t('share.subtitle'), colour: colour ?? '#000' }),
    ),
  )
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
