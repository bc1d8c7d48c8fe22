/**
 * For browsers whose CSS cannot reach a closed box's content (no ::details-content): open
 * every closed box of evidence before printing, and close again what was closed afterwards.
 * Citation boxes stay as they are; they do not print.
 */
let opened: HTMLDetailsElement[] = [];

addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open]):not(.cite)')];
  for (const details of opened) details.open = true;
});

addEventListener('afterprint', () => {
  for (const details of opened) details.open = false;
  opened = [];
});
