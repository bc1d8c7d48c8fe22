/**
 * Content rules for editorial integrity, beside the reference and verbatim
 * rules of integrity.ts, run on the fields it has parsed: every entry's date
 * has the article or a source behind it, a conclusion opens with its own
 * verdict, a departure from the English text is cited, and the site's own
 * translations are marked. Each rule turns a class of error found in review
 * into a build failure naming file, field and fix.
 */
import { CLAIM_LABELS } from '../../../schemas/claim.ts';
import { BASE_LOCALE, localeTable, type Locale } from '../../../i18n/index.ts';
import { articleDate, dateBasis } from './date-basis.ts';
import type { RuleContext } from './context.ts';
import { TRANSLATION_MARK, unmarkedTranslations } from './translation-marks.ts';
import { openingClause, openingVerdict } from './verdict-wording.ts';
import type { Problem } from './problems.ts';

/**
 * An entry's date is stated by a sentence it covers, carries a `dateSource`,
 * or is the article's own date (an entry with no dated event of its own).
 */
export function dateProblems({ entries, article }: RuleContext): Problem[] {
  const own = articleDate(article);
  return entries.flatMap(({ raw: entry, data }): Problem[] => {
    if (dateBasis(data, article)) return [];
    const refs = data.covers.map((c) => c.ref).join(', ');
    return [
      {
        file: entry.file,
        field: 'date',
        message: `no sentence it covers (${refs}) states "${data.date}", and it names no dateSource`,
        fix: `add "dateSource:" with the id of a source in content/sources/ that gives this date${own ? `, or date it "${own}" (the article's own date) if it has no dated event of its own` : ''}`,
      },
    ];
  });
}

/** A conclusion, in every language, never opens with another verdict than its badge. */
export function conclusionProblems({ claims, raw }: RuleContext): Problem[] {
  const twins = raw.translations.filter((t) => t.collection === 'claims' && !t.unreadable);
  return claims.flatMap(({ raw: file, data }): Problem[] => {
    const { label } = data;
    const conclusions: [string, string, Locale][] = [
      [file.file, data.conclusion, BASE_LOCALE],
      ...twins
        .filter((t) => t.id === file.id)
        .map((t): [string, unknown, Locale] => [
          t.file,
          (t.data as { conclusion?: unknown }).conclusion,
          t.locale,
        ])
        .filter((c): c is [string, string, Locale] => typeof c[1] === 'string'),
    ];
    return conclusions.flatMap(([path, conclusion, locale]): Problem[] => {
      const stated = openingVerdict(conclusion, locale);
      if (stated === undefined || stated === label) return [];
      const { strings } = localeTable(locale);
      return [
        {
          file: path,
          field: 'conclusion',
          message: `opens with "${openingClause(conclusion).trim()}", a verdict of "${stated}" (${strings[`label.${stated}`]}), but the claim is labelled "${label}" (${strings[`label.${label}`]})`,
          fix: `open the conclusion with the verdict of its label ("${label}": ${strings[`label.${label}`]}), or change the label in ${file.file} (one of: ${CLAIM_LABELS.join(', ')})`,
        },
      ];
    });
  });
}

/** A departure from the English text names a source that exists and that the evidence cites. */
export function departureProblems({ claims, sourceIds }: RuleContext): Problem[] {
  return claims.flatMap(({ raw: file, data }): Problem[] => {
    const source = data.departsFrom;
    if (source === undefined) return [];
    if (!sourceIds.has(source)) {
      return [
        {
          file: file.file,
          field: 'departsFrom',
          message: `no source "${source}"`,
          fix: 'use the id in content/sources/ of the English text the article follows',
        },
      ];
    }
    const cited = data.evidence.some((e) => e.kind === 'external' && e.source === source);
    return cited
      ? []
      : [
          {
            file: file.file,
            field: 'departsFrom',
            message: `the claim departs from "${source}" but its evidence does not cite it`,
            fix: `add { kind: external, source: ${source}, note } to evidence, quoting the English words the article changes`,
          },
        ];
  });
}

/** The site's prose of a data file, field by field, as plain strings. */
function proseFields(data: unknown, frenchSources: ReadonlySet<string>): [string, string][] {
  const record = (data ?? {}) as Record<string, unknown>;
  const fields: [string, string][] = [];
  for (const key of ['title', 'text', 'summary', 'conclusion']) {
    if (typeof record[key] === 'string') fields.push([key, record[key]]);
  }
  const evidence = Array.isArray(record['evidence']) ? (record['evidence'] as Record<string, unknown>[]) : [];
  evidence.forEach((item, i) => {
    // A note on a French-language source may quote it in French: those words are the source's.
    if (typeof item['source'] === 'string' && frenchSources.has(item['source'])) return;
    if (typeof item['note'] === 'string') fields.push([`evidence[${i}].note`, item['note']]);
  });
  // A provenance match's notes on the wording it changes.
  const changes = Array.isArray(record['changes']) ? (record['changes'] as Record<string, unknown>[]) : [];
  changes.forEach((item, i) => {
    if (typeof item['note'] === 'string') fields.push([`changes[${i}].note`, item['note']]);
  });
  return fields;
}

/** Words in guillemets that the site translated carry the translation mark. */
export function translationProblems({ raw }: RuleContext): Problem[] {
  const french = raw.sources.filter((f) => (f.data as { lang?: unknown } | null)?.lang === 'fr');
  const frenchSources = new Set(french.map((f) => f.id));
  // A French source's own title, quoted, is its words: the article's and those titles are the originals.
  const originals = [
    raw.articleText,
    ...french.map((f) => String((f.data as { title?: unknown }).title ?? '')),
  ].join('\n');
  const files: { file: string; fields: [string, string][] }[] = [
    ...raw.entries.map((e) => ({
      file: e.file,
      fields: [...proseFields(e.data, frenchSources), ['(body)', e.body] as [string, string]],
    })),
    ...[
      ...raw.claims,
      ...raw.events,
      ...raw.omissions,
      ...raw.findings,
      ...raw.changes,
      ...raw.provenance,
    ].map((f) => ({
      file: f.file,
      fields: proseFields(f.data, frenchSources),
    })),
  ];
  return files.flatMap(({ file, fields }) =>
    fields.flatMap(([field, text]) =>
      unmarkedTranslations(text, originals).map((phrase): Problem => ({
        file,
        field,
        message: `« ${phrase} » is neither the article's words nor the source's own: it reads as the site's translation, unmarked`,
        fix: `write ${TRANSLATION_MARK} right after the closing guillemet, or quote the source in its own language`,
      })),
    ),
  );
}
