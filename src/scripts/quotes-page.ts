/**
 * Enhances /citations/: a quote-only search and a speaker filter that hide
 * the quotes that do not match, with both kept in the URL, and a button to
 * copy a quote with whom the article credits and its verdicts. The page is
 * complete without it.
 */
import { citationText } from '../lib/content/citation-text.ts';
import { fill } from '../i18n/fill.ts';
import { fillCount, type PluralForms } from '../i18n/plural.ts';
import { matchesQuery, speakerFromParams } from '../lib/content/quotes.ts';
import { cleanQuery, nothingToSearch, shownValue } from '../lib/search/query.ts';

const form = document.querySelector<HTMLFormElement>('.quotes-tools');
if (form) enhance(form);

function enhance(tools: HTMLFormElement): void {
  const strings = JSON.parse(tools.dataset['strings'] ?? '{}') as {
    count: PluralForms;
    lang: string;
    verdictsLine: string;
    credit: string;
    copy: string;
    copied: string;
    unknownSpeaker: string;
    /** The search page's advice for a query with nothing to search, and how the page quotes it. */
    nothingToSearch: string;
    quotedQuery: string;
  };
  const input = tools.querySelector<HTMLInputElement>('#quotes-q') as HTMLInputElement;
  const select = tools.querySelector<HTMLSelectElement>('#quotes-speaker') as HTMLSelectElement;
  const status = tools.querySelector<HTMLElement>('#quotes-status') as HTMLElement;
  const none = document.getElementById('quotes-none') as HTMLElement;
  const notice = document.getElementById('quotes-notice') as HTMLElement;
  const items = [...document.querySelectorAll<HTMLLIElement>('.quote-item')];
  const groups = [...document.querySelectorAll<HTMLElement>('.quote-group')];

  function apply(): void {
    const query = cleanQuery(input.value);
    const speaker = select.value;
    let shown = 0;
    for (const item of items) {
      const speakers = (item.dataset['speakers'] ?? '').split(' ');
      const visible =
        (!speaker || speakers.includes(speaker)) && matchesQuery(item.dataset['search'] ?? '', query);
      item.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('.quote-item:not([hidden])');
    // Punctuation alone or one letter over and over: advice, as on the search page, not every quote.
    const advice = nothingToSearch(query);
    none.hidden = shown > 0 || advice;
    status.textContent = advice
      ? fill(strings.nothingToSearch, { query: fill(strings.quotedQuery, { query }) })
      : query || speaker
        ? fillCount(strings.count, shown, { total: items.length }, strings.lang)
        : '';
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (speaker) params.set('orateur', speaker);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }

  const params = new URLSearchParams(location.search);
  input.value = cleanQuery(params.get('q') ?? '');
  const { speaker, unknown } = speakerFromParams(
    params,
    [...select.options].map((o) => o.value).filter(Boolean),
  );
  select.value = speaker;
  if (unknown) {
    notice.textContent = fill(strings.unknownSpeaker, { value: shownValue(unknown) });
    notice.hidden = false;
  }
  input.addEventListener('input', apply);
  select.addEventListener('change', apply);
  tools.addEventListener('submit', (event) => event.preventDefault());
  tools.classList.remove('quotes-tools--pending');
  // An unknown speaker is dropped from the URL too, so a shared link does not carry it on.
  if (input.value || select.value || unknown) apply();

  if (!navigator.clipboard) return;
  for (const item of items) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button-secondary quote-item__copy';
    button.textContent = strings.copy;
    button.addEventListener('click', () => {
      const verdicts = item.querySelector<HTMLElement>('.verdicts')?.dataset['verdicts'];
      const text = citationText({
        words: item.dataset['words'] ?? '',
        attribution: item.dataset['attribution'] ?? '',
        verdictsLine: strings.verdictsLine,
        verdicts: verdicts ? verdicts.split('|') : [],
        link: new URL(`#${item.id}`, location.href).href,
        credit: strings.credit,
      });
      void navigator.clipboard.writeText(text).then(() => {
        button.textContent = strings.copied;
        setTimeout(() => (button.textContent = strings.copy), 2000);
      });
    });
    // One "Cite" control per card holds every copy action: the quote's goes first in it.
    const cite = item.querySelector('details.cite');
    if (cite) cite.querySelector('summary')?.after(button);
    else item.append(button);
  }
}
