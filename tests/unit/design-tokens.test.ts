/**
 * The verdict labels' colours, computed from src/styles/tokens.css in both schemes: every label
 * readable (AA), every label's shape seen against the page, and the verdict colours used for
 * verdicts only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrast, parseTokens, resolve, type Scheme } from '../../src/lib/site/design-tokens.ts';
import { CLAIM_LABELS } from '../../src/schemas/claim.ts';

const stylesDir = new URL('../../src/styles/', import.meta.url);
const tokensCss = readFileSync(new URL('tokens.css', stylesDir), 'utf8');
const tokens = parseTokens(tokensCss);
const schemes: Scheme[] = ['light', 'dark'];

/** What a label's text sits on: its fill, or the page where it has none. */
const ground = (scheme: Scheme, label: string) => {
  const fill = resolve(tokens[scheme], `--v-${label}-bg`);
  return fill === 'transparent' ? resolve(tokens[scheme], '--bg') : fill;
};

describe.each(schemes)('verdict labels in the %s scheme', (scheme) => {
  test.each([...CLAIM_LABELS])('%s: the word reads at AA (4.5:1) on its label', (label) => {
    const text = resolve(tokens[scheme], `--v-${label}-fg`);
    expect(contrast(text, ground(scheme, label))).toBeGreaterThanOrEqual(4.5);
  });

  test.each([...CLAIM_LABELS])('%s: the label’s edge stands out from the page (3:1)', (label) => {
    const t = tokens[scheme];
    const edge = t[`--v-${label}-edge`]
      ? resolve(t, `--v-${label}-edge`)
      : resolve(t, `--v-${label}-bg`) === 'transparent'
        ? resolve(t, `--v-${label}-fg`)
        : resolve(t, `--v-${label}-bg`);
    expect(contrast(edge, resolve(t, '--bg'))).toBeGreaterThanOrEqual(3);
  });
});

test('a filled verdict’s colour is used for that verdict only, in every stylesheet', () => {
  const fills = CLAIM_LABELS.map((label) => resolve(tokens.light, `--v-${label}-bg`)).filter((c) =>
    c.startsWith('#'),
  );
  expect(fills.length).toBeGreaterThan(0);
  for (const file of readdirSync(stylesDir).filter((f) => f.endsWith('.css'))) {
    const lines = readFileSync(new URL(file, stylesDir), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const fill of fills) {
        if (!line.toLowerCase().includes(fill.toLowerCase())) continue;
        // The one place a fill may be written: its own token, or the edge of the same verdict.
        const owner = /^\s*(--v-([a-z]+)-(bg|edge))\s*:/.exec(line);
        const label = CLAIM_LABELS.find((l) => resolve(tokens.light, `--v-${l}-bg`) === fill);
        expect(owner?.[2], `${file}:${i + 1} uses ${label}'s colour ${fill}`).toBe(label);
      }
    });
  }
});
