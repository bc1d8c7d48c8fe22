/**
 * The picture shown when a page is shared: the site's title and a section's
 * label on the section's colour, drawn as SVG and turned into a PNG at build
 * time (sharp), so no outside service is involved.
 */
import { escapeMarkup } from './escape.ts';

export interface SocialCard {
  readonly title: string;
  readonly label: string;
  readonly subtitle: string;
  /** Background colour, as a CSS colour. */
  readonly colour: string;
}

export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;

export function socialSvg(card: SocialCard): string {
  const { width, height } = SOCIAL_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#fdfcf9"/>
  <rect width="36" height="${height}" fill="${escapeMarkup(card.colour)}"/>
  <text x="96" y="250" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="40" font-weight="700" fill="${escapeMarkup(card.colour)}">${escapeMarkup(card.label)}</text>
  <text x="96" y="360" font-family="DejaVu Serif, Liberation Serif, serif" font-size="76" font-weight="700" fill="#1d1c1a">${escapeMarkup(card.title)}</text>
  <text x="96" y="450" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="32" fill="#55534d">${escapeMarkup(card.subtitle)}</text>
</svg>`;
}
