/**
 * The picture shown when a page is shared, drawn as SVG and turned into a PNG at build time
 * (sharp), so no outside service is involved. A site or section card shows the site's name and
 * the section; an entry's card shows each claim with its verdict before it, so that a shared
 * link never shows a claim without its verdict.
 */
import { escapeMarkup } from './escape.ts';

export interface SocialCard {
  readonly title: string;
  readonly label: string;
  readonly subtitle: string;
  /** The colour of the side rule and the label, as a CSS colour. */
  readonly colour: string;
}

/** A verdict as the card draws it: its word and the colours of its label in the light scheme. */
export interface CardVerdict {
  readonly word: string;
  /** What the verdict answers, in the site's words. */
  readonly claim: string;
  readonly fill: string;
  readonly text: string;
  /** The edge drawn around the label: the text colour for labels with no fill. */
  readonly edge: string;
}

export interface EntryCard {
  /** The site's name, small, at the top. */
  readonly site: string;
  readonly title: string;
  readonly verdicts: readonly CardVerdict[];
}

export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;

const SANS = 'DejaVu Sans, Liberation Sans, sans-serif';
const SERIF = 'DejaVu Serif, Liberation Serif, serif';
const INK = '#1d1c1a';
const PAGE = '#fdfcf9';
const MUTED = '#55534d';

/** Words set in lines of at most `max` characters; the last line ends with "…" if more is left. */
export function wrapWords(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max) {
      line = next;
      continue;
    }
    out.push(line || word.slice(0, max));
    line = line ? word : '';
    if (out.length === lines) {
      const rest = words.slice(i).length > 0;
      if (rest) out[lines - 1] = `${out[lines - 1]?.replace(/[\s,;:.]*$/, '')}…`;
      return out;
    }
  }
  if (line) out.push(line);
  return out;
}

const text = (x: number, y: number, size: number, font: string, fill: string, body: string, weight = 400) =>
  `<text x="${x}" y="${y}" font-family="${font}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeMarkup(body)}</text>`;

export function socialSvg(card: SocialCard): string {
  const { width, height } = SOCIAL_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="${PAGE}"/>
  <rect width="36" height="${height}" fill="${escapeMarkup(card.colour)}"/>
  ${text(96, 250, 40, SANS, escapeMarkup(card.colour), card.label, 700)}
  ${text(96, 360, 76, SERIF, INK, card.title, 700)}
  ${text(96, 450, 32, SANS, MUTED, card.subtitle)}
</svg>`;
}

/** An entry's card: the site's name, then each verdict's label before its claim, then the title. */
export function entrySvg(card: EntryCard): string {
  const { width, height } = SOCIAL_SIZE;
  const parts: string[] = [text(72, 92, 30, SANS, MUTED, card.site, 700)];
  let y = 150;
  const shown = card.verdicts.slice(0, 3);
  for (const v of shown) {
    const labelWidth = Math.round(v.word.length * 29 + 48);
    parts.push(
      `<rect x="72" y="${y}" width="${labelWidth}" height="64" rx="3" fill="${escapeMarkup(v.fill)}" stroke="${escapeMarkup(v.edge)}" stroke-width="4"/>`,
      text(96, y + 45, 38, SANS, v.text, v.word.toUpperCase(), 700),
    );
    if (shown.length > 1) {
      // Several claims: each beside its label, in up to two lines of what room is left.
      const lines = wrapWords(v.claim, Math.floor((1060 - labelWidth - 24) / 18), 2);
      lines.forEach((line, i) =>
        parts.push(text(72 + labelWidth + 24, y + 43 + i * 40, 32, SERIF, INK, line)),
      );
      y += 64 + Math.max(0, lines.length - 1) * 40 + 28;
    } else {
      const lines = wrapWords(v.claim, 32, 3);
      lines.forEach((line, i) => parts.push(text(72, y + 136 + i * 66, 52, SERIF, INK, line, 700)));
      y += 136 + lines.length * 66;
    }
  }
  const titleLines = wrapWords(card.title, 48, card.verdicts.length ? 2 : 4);
  const titleSize = card.verdicts.length ? 34 : 56;
  const titleTop = card.verdicts.length ? Math.max(y + 40, height - 40 - titleLines.length * 46) : 220;
  titleLines.forEach((line, i) =>
    parts.push(
      text(72, titleTop + i * (titleSize + 12), titleSize, SANS, card.verdicts.length ? MUTED : INK, line),
    ),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="${PAGE}"/>
  <rect width="${width}" height="16" fill="${INK}"/>
  ${parts.join('\n  ')}
</svg>`;
}
