/**
 * Content rules for editorial integrity, beside the reference and verbatim
 * rules of integrity.ts: whom a statement's attribution evidence names and
 * cites must exist, and every entry's date has the article or a source behind it. Each rule turns a class of error found in review into a
 * build failure naming file, field and fix. Files that fail their schema are
 * left to integrity.ts, which reports them.
 */
import { entrySchema, statementSchema, type StatementData } from '../schemas/entry.ts';
import { articleDate, dateBasis } from './date-basis.ts';
import type { RawContent } from './content-files.ts';
import type { Problem } from './problems.ts';
import { sentenceOf, type Article } from './source.ts';

/** The statements whose frontmatter passes its schema, with their files. */
function statementsOf(raw: RawContent): { file: string; data: StatementData }[] {
  return raw.entries.flatMap((entry) => {
    if (entry.collection !== 'statements') return [];
    const parsed = statementSchema.safeParse(entry.data ?? {});
    return parsed.success ? [{ file: entry.file, data: parsed.data }] : [];
  });
}

/** An attribution's `spokenBy` names entities, and its evidence cites sources and sentences, that exist. */
export function attributionProblems(raw: RawContent, article: Article): Problem[] {
  const entityIds = new Set(raw.entities.map((f) => f.id));
  const sourceIds = new Set(raw.sources.map((f) => f.id));
  return statementsOf(raw).flatMap(({ file, data }) => {
    const { spokenBy = [], evidence } = data.attribution;
    return [
      ...spokenBy.flatMap((id, i): Problem[] =>
        entityIds.has(id)
          ? []
          : [
              {
                file,
                field: `attribution.spokenBy[${i}]`,
                message: `no entity "${id}"`,
                fix: `use an id from content/entities/ or add content/entities/${id}.yaml`,
              },
            ],
      ),
      ...evidence.flatMap((item, i): Problem[] => {
        if (item.kind === 'external') {
          return sourceIds.has(item.source)
            ? []
            : [
                {
                  file,
                  field: `attribution.evidence[${i}].source`,
                  message: `no source "${item.source}"`,
                  fix: `use an id from content/sources/ or add content/sources/${item.source}.yaml with its publication, title, date and address`,
                },
              ];
        }
        return item.refs.flatMap((ref, j): Problem[] =>
          sentenceOf(ref, article)
            ? []
            : [
                {
                  file,
                  field: `attribution.evidence[${i}].refs[${j}]`,
                  message: `${ref} is not a sentence of the article`,
                  fix: 'use an id listed on /source/',
                },
              ],
        );
      }),
    ];
  });
}

/**
 * An entry's date is stated by a sentence it covers, carries a `dateSource`,
 * or is the article's own date (an entry with no dated event of its own).
 */
export function dateProblems(raw: RawContent, article: Article): Problem[] {
  const own = articleDate(article);
  return raw.entries.flatMap((entry): Problem[] => {
    const schema = entry.collection === 'statements' ? statementSchema : entrySchema;
    const parsed = schema.safeParse(entry.data ?? {});
    if (!parsed.success || dateBasis(parsed.data, article)) return [];
    const refs = parsed.data.covers.map((c) => c.ref).join(', ');
    return [
      {
        file: entry.file,
        field: 'date',
        message: `no sentence it covers (${refs}) states "${parsed.data.date}", and it names no dateSource`,
        fix: `add "dateSource:" with the id of a source in content/sources/ that gives this date${own ? `, or date it "${own}" (the article's own date) if it has no dated event of its own` : ''}`,
      },
    ];
  });
}

/** Every editorial rule, as the build runs them. */
export function editorialProblems(raw: RawContent, article: Article): Problem[] {
  return [...attributionProblems(raw, article), ...dateProblems(raw, article)];
}
