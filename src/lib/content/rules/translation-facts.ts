/**
 * A translation keeps the facts of the French it translates: its numbers, the
 * months of its dates and the people and places it names. "After 26 years"
 * translated "after 62 years" is refused; "1er février" as "1 February",
 * "deux" as "two", "Loukachenko" as "Lukashenko" are the same facts.
 */
import { BASE_LOCALE, localeTable, type Locale } from '../../../i18n/index.ts';
import type { RawContent, RawFile } from '../files.ts';
import { COLLECTIONS, DATA_COLLECTIONS } from '../collections.ts';
import { stringsOf, valueAtPath } from './fields.ts';
import type { RuleContext } from './context.ts';
import type { Problem } from './problems.ts';
import { SENTENCE_REFS_IN_TEXT } from '../../article/article.ts';

/** Numbers an English sentence may write as words; a French digit up to twelve may become one. */
const NUMBER_WORDS: Readonly<Partial<Record<Locale, readonly (readonly string[])[]>>> = {
  en: [
    ['zero'],
    ['one', 'first', 'a', 'an', 'once', 'single'],
    ['two', 'second', 'twice', 'both'],
    ['three', 'third'],
    ['four', 'fourth'],
    ['five', 'fifth'],
    ['six', 'sixth'],
    ['seven', 'seventh'],
    ['eight', 'eighth'],
    ['nine', 'ninth'],
    ['ten', 'tenth'],
    ['eleven', 'eleventh'],
    ['twelve', 'twelfth'],
  ],
};

/**
 * The numbers of a text, written the same whatever the language's separators:
 * "1 000" and "1,000" are 1000, "2,5" and "2.5" are 2.5. Sentence references
 * (§4.2) are ids, not numbers of the story.
 */
export function numbersOf(text: string): string[] {
  return [
    ...text
      .replace(SENTENCE_REFS_IN_TEXT, ' ')
      // Thousands grouped by a space, a no-break space, a comma or a dot.
      .replace(/(?<=\d)[\s\u00A0\u202F,.](?=\d{3}(?!\d))/gu, '')
      .matchAll(/(?<![\p{L}\d])\d+(?:[.,]\d+(?![\d]))?/gu),
  ].map((m) => m[0].replace(',', '.'));
}

/** The months of a locale, long names in lower case, January first: from Intl, not a list of our own. */
function monthNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(localeTable(locale).lang, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2020, m, 15))).toLowerCase());
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter(Boolean),
  );
const containsWord = (text: string, phrase: string) =>
  new RegExp(`(?<![\\p{L}\\d])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'iu').test(
    text,
  );

/** The people and places named, each with every way of writing its name. */
interface Name {
  readonly id: string;
  readonly spellings: readonly string[];
}

function namesOf(raw: RawContent): Name[] {
  return raw.entities.flatMap((file): Name[] => {
    const data = file.data as { name?: unknown; kind?: unknown; spellings?: unknown } | undefined;
    // People only: a place's spellings include adjectives (« russe »), which a translation rightly turns into its own.
    if (data?.kind !== 'person') return [];
    const base = [data.name, ...(Array.isArray(data.spellings) ? data.spellings : [])];
    const twins = raw.translations
      .filter((t) => t.collection === 'entities' && t.id === file.id)
      .map((t) => (t.data as { name?: unknown } | undefined)?.name);
    const spellings = [...base, ...twins].filter((s): s is string => typeof s === 'string' && s.length > 1);
    return [{ id: file.id, spellings }];
  });
}

/** What of the French is not in its translation: numbers, months, names; [] when it keeps them all. */
export function lostFacts(
  french: string,
  translation: string,
  locale: Locale,
  names: readonly Name[],
): string[] {
  const theirs = numbersOf(translation);
  const inWords = words(translation);
  const numberWords = NUMBER_WORDS[locale] ?? [];
  const lost: string[] = [];
  for (const number of new Set(numbersOf(french))) {
    if (theirs.includes(number)) continue;
    const spelled = numberWords[Number(number)];
    if (spelled?.some((w) => inWords.has(w))) continue;
    lost.push(`the number ${number}`);
  }
  // A month is changed when the translation names another month in its place (a date may
  // also be rephrased without its month name, which is not a changed fact).
  const [from, to] = [monthNames(BASE_LOCALE), monthNames(locale)];
  from.forEach((month, m) => {
    const theirMonth = to[m] ?? month;
    const named = to.filter((other) => containsWord(translation, other));
    if (containsWord(french, month) && named.length > 0 && !named.includes(theirMonth))
      lost.push(`the month "${month}" (${theirMonth}; it names ${named.join(', ')} instead)`);
  });
  for (const name of names) {
    const written = name.spellings.find((s) => containsWord(french, s));
    if (written && !name.spellings.some((s) => containsWord(translation, s)))
      lost.push(`the name "${written}" (as any of its spellings in content/entities/${name.id}.yaml)`);
  }
  return lost;
}

function problem(file: string, field: string, lost: readonly string[], french: string): Problem {
  return {
    file,
    field,
    message: `the translation leaves out ${lost.join(', ')} of the French it translates`,
    fix: `translate the French again, keeping its numbers, dates and names: "${french}"`,
  };
}

/** The base files by collection and id, the French each translation field is compared with. */
function baseOf(raw: RawContent): Map<string, RawFile> {
  const bases = new Map<string, RawFile>();
  for (const entry of raw.entries) bases.set(`${entry.collection}/${entry.id}`, entry);
  for (const name of DATA_COLLECTIONS) for (const file of raw[name]) bases.set(`${name}/${file.id}`, file);
  return bases;
}

export function translationFactProblems({ raw, article }: RuleContext): Problem[] {
  const names = namesOf(raw);
  const problems: Problem[] = [];
  for (const { file, data, locale, unreadable } of raw.articleTranslations) {
    if (unreadable || data === null || typeof data !== 'object') continue;
    for (const sentence of article.sentences) {
      const ref = `§${sentence.id}`;
      const translation = (data as Record<string, unknown>)[ref];
      if (typeof translation !== 'string') continue;
      const lost = lostFacts(sentence.text, translation, locale, names);
      if (lost.length > 0) problems.push(problem(file, ref, lost, sentence.text));
    }
  }
  const bases = baseOf(raw);
  for (const twin of raw.translations) {
    const base = bases.get(`${twin.collection}/${twin.id}`);
    // A twin whose fields are not all prose is said by the editions rule first.
    if (
      !base ||
      twin.unreadable ||
      base.unreadable ||
      !COLLECTIONS[twin.collection].translation.safeParse(twin.data).success
    )
      continue;
    const fields: [string, string, unknown][] = stringsOf(twin.data).map(([path, text]) => [
      path,
      text,
      valueAtPath(base.data, path),
    ]);
    if (twin.body.trim()) fields.push(['(body)', twin.body, base.body]);
    for (const [field, text, french] of fields) {
      if (typeof french !== 'string') continue;
      const lost = lostFacts(french, text, twin.locale, names);
      if (lost.length > 0) problems.push(problem(twin.file, field, lost, french));
    }
  }
  return problems;
}
