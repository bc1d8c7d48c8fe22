/**
 * One click copies a citation where the clipboard is available; the buttons stay hidden
 * otherwise, and the citation stays selectable text.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('.cite__copy')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => void copy(button));
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const box = button.closest<HTMLElement>('.cite');
  const status = box?.querySelector<HTMLElement>('.cite__status');
  const record = document.getElementById(button.dataset['copy'] ?? '');
  try {
    await navigator.clipboard.writeText(record?.textContent ?? '');
    if (status) status.textContent = box?.dataset['copied'] ?? '';
  } catch {
    if (status) status.textContent = box?.dataset['failed'] ?? '';
  }
}
