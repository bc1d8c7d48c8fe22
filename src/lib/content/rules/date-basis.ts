/**
 * What an entry's date rests on. A date is the article's when a sentence the
 * entry covers states it, a source's when the entry names one (`dateSource`),
 * or the article's own date (its dateline, §1.1) when the entry has no dated
 * event and is shown as reported by the article then. Anything else is a
 * date nobody gave, which the build refuses.
 */
import { formatSentenceRef, sentenceOf, type Article } from '../../article/article.ts';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;
const MONTH = `(${MONTHS.join('|')})`;
const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase() as (typeof MONTHS)[number]) + 1;

/**
 * The dates a French text states, as ISO strings of the period they name:
 * "le 31 décembre 2019" → 2019-12-31, "février 2020" → 2020-02, "2020-02",
 * "en 2014" → 2014. A day and month without a year ("le 1er février") take
 * `yearOfText`, the year of the text's own date.
 */
export function datesStatedIn(text: string, yearOfText: number | undefined): string[] {
  const found: string[] = [];
  let rest = text;
  const take = (pattern: RegExp, toIso: (m: RegExpExecArray) => string | undefined) => {
    for (const match of rest.matchAll(pattern)) {
      const iso = toIso(match);
      if (iso) found.push(iso);
    }
    // A date is read once: the year of "31 décembre 2019" is not also a bare year.
    rest = rest.replace(pattern, ' ');
  };
  take(/(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/gu, (m) => m.slice(1).filter(Boolean).join('-'));
  take(new RegExp(`(?<!\\d)(\\d{1,2})(?:er)?\\s+${MONTH}(?:\\s+(\\d{4}))?`, 'giu'), (m) => {
    const year = m[3] ? Number(m[3]) : yearOfText;
    return year === undefined ? undefined : `${year}-${pad(monthNumber(m[2] ?? ''))}-${pad(Number(m[1]))}`;
  });
  take(new RegExp(`${MONTH}\\s+(\\d{4})`, 'giu'), (m) => `${m[2]}-${pad(monthNumber(m[1] ?? ''))}`);
  take(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu, (m) => m[1]);
  return found;
}

/** The article's own date: the first date its first sentence states (the dateline "date 2020-02"). */
export function articleDate(article: Article): string | undefined {
  const first = article.sentences[0]?.text ?? '';
  return datesStatedIn(first, undefined)[0];
}

/** True when a stated date names the entry's date or a day or month within it. */
const statesDate = (stated: string, date: string) => stated === date || stated.startsWith(`${date}-`);

export type DateBasis =
  | { readonly kind: 'source'; readonly source: string }
  | { readonly kind: 'sentence'; readonly ref: string }
  | { readonly kind: 'article' };

interface Dated {
  readonly date: string;
  readonly dateSource?: string | undefined;
  readonly covers: readonly { readonly ref: string }[];
}

/** What the entry's date rests on, or undefined when nothing gives it. A named source comes first. */
export function dateBasis(entry: Dated, article: Article): DateBasis | undefined {
  if (entry.dateSource) return { kind: 'source', source: entry.dateSource };
  const own = articleDate(article);
  const year = own ? Number(own.slice(0, 4)) : undefined;
  for (const { ref } of entry.covers) {
    const sentence = sentenceOf(ref, article);
    if (sentence && datesStatedIn(sentence.text, year).some((d) => statesDate(d, entry.date))) {
      return { kind: 'sentence', ref: formatSentenceRef(sentence.id) };
    }
  }
  if (own !== undefined && entry.date === own) return { kind: 'article' };
  return undefined;
}
