/**
 * The colour tokens of src/styles/tokens.css read as data, for what needs the same colours
 * outside the browser (share pictures) and for checking their contrast (WCAG 2 formula).
 */

export type Scheme = 'light' | 'dark';
export type Tokens = Record<Scheme, Record<string, string>>;

const declarations = (block: string): Record<string, string> =>
  Object.fromEntries([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]));

/** The first `:root { … }` inside `css` (top level or inside a block), without nested blocks. */
function rootBlock(css: string): string {
  const start = css.indexOf(':root');
  if (start < 0) return '';
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  return css.slice(open + 1, close);
}

/** Light tokens from the top `:root`, dark ones overriding them from the dark-scheme block. */
export function parseTokens(css: string): Tokens {
  const light = declarations(rootBlock(css));
  const darkAt = css.indexOf('prefers-color-scheme: dark');
  const dark = { ...light, ...(darkAt < 0 ? {} : declarations(rootBlock(css.slice(darkAt)))) };
  return { light, dark };
}

/** A token's value with `var(--x)` references followed; throws on a name that is not defined. */
export function resolve(tokens: Record<string, string>, name: string): string {
  const value = tokens[name];
  if (value === undefined) throw new Error(`src/styles/tokens.css: no token ${name}`);
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  return ref?.[1] ? resolve(tokens, ref[1]) : value;
}

const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** Relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h ?? '0', 16) / 255));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
