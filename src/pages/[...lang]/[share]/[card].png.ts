import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { contentFor } from '../../../content.ts';
import { LOCALES, localeTable, useTranslations, type Locale } from '../../../i18n/index.ts';
import { SECTIONS } from '../../../lib/content/sections.ts';
import { verdictsOf } from '../../../lib/content/verdicts.ts';
import { parseTokens, resolve } from '../../../lib/site/design-tokens.ts';
import { entrySvg, socialSvg, type CardVerdict } from '../../../lib/site/social-image.ts';
import tokensCss from '../../../styles/tokens.css?raw';
import { localeParams, pageLocale } from '../../../urls.ts';

// The cards are drawn in the light scheme's colours of src/styles/tokens.css; sections have none.
const light = parseTokens(tokensCss).light;
const INK = resolve(light, '--text');
const PAGE = resolve(light, '--bg');

type Card = { kind: 'site'; label: string } | { kind: 'entry'; slug: string };

export const getStaticPaths = (() =>
  LOCALES.flatMap((locale) => {
    const t = useTranslations(locale);
    const params = { ...localeParams(locale), share: localeTable(locale).routes.share };
    const card = (name: string, props: Card) => ({ params: { ...params, card: name }, props });
    return [
      card('site', { kind: 'site', label: t('share.site') }),
      ...SECTIONS.map((s) => card(s.collection, { kind: 'site', label: t(`section.${s.collection}`) })),
      // One card per entry, quotes included: each shows its claims with their verdicts.
      ...contentFor(locale).entries.map((e) => card(`entree-${e.slug}`, { kind: 'entry', slug: e.slug })),
    ];
  })) satisfies GetStaticPaths;

function svgOf(card: Card, locale: Locale): string {
  const t = useTranslations(locale);
  if (card.kind === 'site')
    return socialSvg({
      title: t('site.title'),
      label: card.label,
      subtitle: t('share.subtitle'),
      colour: INK,
    });
  const { claims, entries } = contentFor(locale);
  const entry = entries.find((e) => e.slug === card.slug);
  const claimText = new Map(claims.map((c) => [c.id, c.data.claim]));
  const verdicts: CardVerdict[] = verdictsOf(card.slug, claims).map((v) => {
    const fill = resolve(light, `--v-${v.label}-bg`);
    const filled = fill !== 'transparent';
    return {
      word: t(`label.${v.label}`),
      claim: claimText.get(v.claim) ?? '',
      fill: filled ? fill : PAGE,
      text: resolve(light, `--v-${v.label}-fg`),
      edge: light[`--v-${v.label}-edge`] ? resolve(light, `--v-${v.label}-edge`) : filled ? fill : INK,
    };
  });
  return entrySvg({ site: t('site.title'), title: entry?.data.title ?? '', verdicts });
}

/** A share picture per entry, per section and for the rest of the site, in each language. */
export const GET: APIRoute = async (context) => {
  const png = await sharp(Buffer.from(svgOf(context.props as Card, pageLocale(context))))
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
