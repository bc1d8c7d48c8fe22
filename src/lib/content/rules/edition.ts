/**
 * The rules of the other editions: every file of the base locale has its
 * twin in every other locale, a twin holds only prose and follows its base
 * file's lists item for item, the article's words it quotes are verbatim,
 * and each quote is given either as reported in English or as the site's
 * translation, never both, never neither.
 */
import { BASE_LOCALE, LOCALES, localeTable, type Locale } from '../../../i18n/index.ts';
import { articleTranslationSchema } from '../../../schemas/translation.ts';
import { bodyProblems, contextSources, type SiteMap } from './body.ts';
import { stringsOf } from './fields.ts';
import type { RawContent, RawFile, RawTranslation } from '../files.ts';
import { COLLECTIONS, DATA_COLLECTIONS, type CollectionName } from '../collections.ts';
import type { Problem } from './problems.ts';
import { formatSentenceRef, type Article } from '../../article/article.ts';
import { quotedPhrases } from './translation-marks.ts';
import { mismatchedLists } from '../translations.ts';
import { REPORTED_LANGUAGE } from '../quote-wording.ts';

const SCHEMA_DOC = 'src/schemas/translation.ts';

/** The base files of each translated collection. */
function baseFiles(raw: RawContent): [CollectionName, RawFile][] {
  return [
    ...raw.entries.map((e): [CollectionName, RawFile] => [e.collection, e]),
    ...DATA_COLLECTIONS.flatMap((name) => raw[name].map((file): [CollectionName, RawFile] => [name, file])),
  ];
}

/** Where a base file's twin goes: content/statements/fr/x.mdx → content/statements/en/x.mdx. */
export function twinFile(file: string, collection: CollectionName, locale: Locale): string {
  if (COLLECTIONS[collection].neutral)
    return file.replace(new RegExp(`/${collection}/`), `/${collection}/${locale}/`);
  return file.replace(new RegExp(`/${collection}/${BASE_LOCALE}/`), `/${collection}/${locale}/`);
}

const key = (collection: string, id: string) => `${collection}/${id}`;

const normalise = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();

function twinProblems(
  translation: RawTranslation,
  base: RawFile,
  raw: RawContent,
  article: Article,
  site: SiteMap,
): Problem[] {
  if (translation.unreadable) return [];
  const problems: Problem[] = [];
  const { file } = translation;
  const result = COLLECTIONS[translation.collection].translation.safeParse(translation.data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.') || '(frontmatter)';
      problems.push(
        issue.code === 'unrecognized_keys'
          ? {
              file,
              field: issue.keys.join(', '),
              message: 'a translation holds only prose; this field is a fact or unknown',
              fix: `remove it: facts are written once, in ${base.file} (the prose fields are listed in ${SCHEMA_DOC})`,
            }
          : { file, field, message: issue.message, fix: `see ${SCHEMA_DOC}` },
      );
    }
  }
  for (const list of mismatchedLists(base.data, translation.data))
    problems.push({
      file,
      field: list.field,
      message: `${list.translation} items where ${base.file} has ${list.base}`,
      fix: `give one item per item of the base file, in its order ({} for one without a note)`,
    });
  const articleText = normalise(raw.articleText);
  const strings = [
    ...stringsOf(translation.data).map(([path, text]): [string, string] => [path || '(value)', text]),
    ['(body)', translation.body] as [string, string],
  ];
  for (const [field, text] of strings)
    for (const phrase of quotedPhrases(text))
      if (phrase.text && !articleText.includes(normalise(phrase.text)))
        problems.push({
          file,
          field,
          message: `« ${phrase.text} » is not the article's words: guillemets hold the article's words, verbatim`,
          fix: 'copy the words exactly from the article, or quote in “ ” what is not the article (a source’s words, the site’s gloss)',
        });
  if (base.body.trim() || translation.body.trim()) {
    problems.push(...bodyProblems(translation, site, article));
    const expected = contextSources(base.body).join(', ');
    const found = contextSources(translation.body).join(', ');
    if (expected !== found)
      problems.push({
        file,
        field: '(body) <Context source>',
        message: `cites context from [${found}] where ${base.file} cites [${expected}]`,
        fix: 'translate each <Context> of the base file, with the same source, in the same order',
      });
  }
  if (translation.collection === 'statements') problems.push(...quoteWordingProblems(translation, base));
  return problems;
}

/** A quote shown in another language: as reported in English, or as the site's own translation. */
function quoteWordingProblems(translation: RawTranslation, base: RawFile): Problem[] {
  const data = base.data as { quote?: unknown; reportedInEnglish?: unknown } | undefined;
  if (!data?.quote) return [];
  const reported =
    localeTable(translation.locale).lang === REPORTED_LANGUAGE && data.reportedInEnglish !== undefined;
  const translated =
    (translation.data as { quoteTranslation?: unknown } | undefined)?.quoteTranslation !== undefined;
  if (reported && translated)
    return [
      {
        file: translation.file,
        field: 'quoteTranslation',
        message: `the quote's wording as reported in English is in ${base.file} (reportedInEnglish); a translation by the site beside it would compete with the reported words`,
        fix: 'remove quoteTranslation',
      },
    ];
  if (!reported && !translated)
    return [
      {
        file: translation.file,
        field: 'quoteTranslation',
        message: 'the quote has no wording in this language',
        fix:
          localeTable(translation.locale).lang === REPORTED_LANGUAGE
            ? `add reportedInEnglish: { text, source } to ${base.file} if a source reported the words in English, or quoteTranslation: "…" here (shown as the site's translation)`
            : 'add quoteTranslation: "…" (shown as the site’s translation)',
      },
    ];
  return [];
}

function articleTranslationProblems(raw: RawContent, article: Article): Problem[] {
  return raw.articleTranslations.flatMap(({ file, data, locale, unreadable }): Problem[] => {
    const name = localeTable(locale).name;
    if (unreadable) return [];
    if (data === undefined)
      return [
        {
          file,
          field: '(file)',
          message: `the ${name} edition has no translation of the article`,
          fix: `write ${file}: one line per sentence, '§1.1': '…'`,
        },
      ];
    const parsed = articleTranslationSchema.safeParse(data);
    if (!parsed.success)
      return parsed.error.issues.map((issue) => ({
        file,
        field: issue.path.map(String).join('.') || '(file)',
        message: issue.message,
        fix: `see ${SCHEMA_DOC}`,
      }));
    const ids = new Set(article.sentences.map((s) => formatSentenceRef(s.id)));
    return [
      ...[...ids]
        .filter((id) => parsed.data[id] === undefined)
        .map((id) => ({
          file,
          field: id,
          message: 'no translation of this sentence',
          fix: `add '${id}': '…'`,
        })),
      ...Object.keys(parsed.data)
        .filter((id) => !ids.has(id))
        .map((id) => ({
          file,
          field: id,
          message: 'not a sentence of the article',
          fix: 'remove it: the sentence ids are those of /source/',
        })),
    ];
  });
}

/** Every problem of every edition but the base one. */
export function editionProblems(
  raw: RawContent,
  article: Article,
  siteMap: (locale: Locale) => SiteMap,
): Problem[] {
  const bases = new Map(
    baseFiles(raw).map(([collection, file]) => [key(collection, file.id), { collection, file }]),
  );
  const problems: Problem[] = [];
  for (const locale of LOCALES.filter((l) => l !== BASE_LOCALE)) {
    const twins = new Map(
      raw.translations.filter((t) => t.locale === locale).map((t) => [key(t.collection, t.id), t]),
    );
    const site = siteMap(locale);
    for (const [id, { collection, file }] of bases) {
      const twin = twins.get(id);
      if (twin)
        problems.push(
          ...twinProblems(twin, file, raw, article, site).map((p) => ({
            ...p,
            about: { kind: 'twin-of' as const, base: file.file },
          })),
        );
      else if (!COLLECTIONS[collection].optionalTwins)
        problems.push({
          file: twinFile(file.file, collection, locale),
          field: '(file)',
          message: `missing: the ${localeTable(locale).name} edition has no twin of ${file.file}`,
          fix: `write it with the prose fields of ${file.file} translated (see ${SCHEMA_DOC})`,
          about: { kind: 'missing-twin', collection, id: file.id, base: file.file },
        });
    }
    // A base file under a name the site does not read (x.yml) is reported as such, not its twin.
    const unread = new Set(raw.unread.map((u) => u.id));
    for (const [id, twin] of twins)
      if (!bases.has(id) && !unread.has(twin.id))
        problems.push({
          file: twin.file,
          field: '(file)',
          message: `no base file for this translation (${id} is not in content/ in ${BASE_LOCALE})`,
          fix: `rename it after its base file, or remove it`,
          about: { kind: 'orphan-twin', collection: twin.collection, id: twin.id, base: '' },
        });
  }
  return [...problems, ...reportedWordingProblems(raw), ...articleTranslationProblems(raw, article)];
}

/** A wording reported in English names a source that exists and published in English. */
function reportedWordingProblems(raw: RawContent): Problem[] {
  const languages = new Map(raw.sources.map((s) => [s.id, (s.data as { lang?: unknown } | undefined)?.lang]));
  return raw.entries.flatMap((entry): Problem[] => {
    const source = (entry.data as { reportedInEnglish?: { source?: unknown } } | undefined)?.reportedInEnglish
      ?.source;
    if (typeof source !== 'string') return [];
    const lang = languages.get(source);
    if (lang === undefined)
      return [
        {
          file: entry.file,
          field: 'reportedInEnglish.source',
          message: `no source "${source}"`,
          fix: `use an id from content/sources/, or add content/sources/${source}.yaml`,
        },
      ];
    return lang === 'en'
      ? []
      : [
          {
            file: entry.file,
            field: 'reportedInEnglish.source',
            message: `"${source}" published in "${String(lang)}", so it cannot be where the words were reported in English`,
            fix: 'name the English-language source that reported these words',
          },
        ];
  });
}
