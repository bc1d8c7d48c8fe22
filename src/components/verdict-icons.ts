/** One drawing per verdict, on a 16-unit grid, stroked in the current text colour. */
import type { ClaimLabel } from '../schemas/claim.ts';
import { escapeMarkup } from '../lib/site/escape.ts';

export const VERDICT_ICONS: Record<ClaimLabel, string> = {
  exact: 'M3 8.5l3.2 3.2L13 4.5',
  imprecise: 'M2.5 6.5c2-2 3.5 2 5.5 0s3.5-2 5.5 0M2.5 11c2-2 3.5 2 5.5 0s3.5-2 5.5 0',
  misleading: 'M8 2.5v7M8 13v.5',
  wrong: 'M3.5 3.5l9 9M12.5 3.5l-9 9',
  unverifiable: 'M5.5 5.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M8 13v.5',
  opinion: 'M5.5 4L4 9M11 4L9.5 9',
};

/**
 * The icon as markup: decorative without a name, an image with one. Written as a string where
 * it sits inside quoted words, so that no whitespace creeps into them.
 */
export function verdictIconMarkup(label: ClaimLabel, name?: string): string {
  const role = name ? `role="img" aria-label="${escapeMarkup(name)}"` : 'aria-hidden="true"';
  return `<svg class="verdict__icon" viewBox="0 0 16 16" ${role}><path d="${VERDICT_ICONS[label]}"/></svg>`;
}
