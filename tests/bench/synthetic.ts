/**
 * Synthetic content for the scale benchmark: the real article, entities and
 * sources, plus as many entries as asked, each one parsed by the real schema
 * before it is written, so a schema change breaks the benchmark, not its figures.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { SECTIONS, type Section } from '../../src/lib/content/sections.ts';
import { formatSentenceRef, parseArticle } from '../../src/lib/article/article.ts';
import { entrySchema, statementSchema } from '../../src/schemas/entry.ts';
import { entryTranslationSchema, statementTranslationSchema } from '../../src/schemas/translation.ts';
import { BASE_LOCALE, LOCALES } from '../../src/i18n/index.ts';

const real = new URL('../../content/', import.meta.url).pathname;
/** The one source the generated entries cite, for their dates and attributions. */
const SOURCE = 'afp-pompeo-real-progress';
const SOURCE_FILE = `${SOURCE}.yaml`;

/** A small deterministic generator, so every run builds the same site. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function writeSyntheticContent(dir: string, count: number): void {
  for (const folder of ['article', 'entities'])
    cpSync(join(real, folder), join(dir, folder), { recursive: true });
  // Only the source the generated entries cite: the build refuses a source no page cites.
  for (const file of [
    SOURCE_FILE,
    ...LOCALES.filter((l) => l !== BASE_LOCALE).map((l) => `${l}/${SOURCE_FILE}`),
  ])
    if (existsSync(join(real, 'sources', file)))
      cpSync(join(real, 'sources', file), join(dir, 'sources', file), { recursive: true });
  const article = parseArticle(readFileSync(join(real, 'article/article.fr.txt'), 'utf8'));
  const words = article.sentences.flatMap((s) => s.text.split(/\s+/)).filter((w) => /^\p{L}{4,}$/u.test(w));
  const entityIds = ['loukachenko', 'pompeo', 'minsk', 'russie', 'bielorussie', 'etats-unis'];
  const next = random(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const prose = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  for (const { collection } of SECTIONS)
    for (const locale of LOCALES) mkdirSync(join(dir, collection, locale), { recursive: true });

  for (let i = 0; i < count; i++) {
    // Every section in turn.
    const { collection } = SECTIONS[i % SECTIONS.length] as Section;
    const sentence = article.sentences[i % article.sentences.length] ?? article.sentences[0];
    const day = new Date(
      Date.UTC(1991 + Math.floor(next() * 30), Math.floor(next() * 12), 1 + Math.floor(next() * 28)),
    );
    const titleWords = prose(4);
    const summaryWords = prose(10);
    const data = {
      title: `Entrée ${i} : ${titleWords}`,
      summary: `Résumé de l’entrée ${i} : ${summaryWords}.`,
      date: day.toISOString().slice(0, 10),
      datePrecision: 'day',
      // Generated dates are no sentence's: each names a source, as the rules ask.
      dateSource: SOURCE,
      covers: [{ ref: formatSentenceRef(sentence?.id ?? '1.1') }],
      entities: [pick(entityIds), pick(entityIds)].filter((id, k, all) => all.indexOf(id) === k),
      ...(collection === 'statements'
        ? {
            speakers: [pick(['loukachenko', 'pompeo'])],
            mode: 'indirect',
            channel: 'unspecified',
            attribution: {
              status: 'not-found',
              evidence: [{ kind: 'external', source: SOURCE, note: 'Synthétique.' }],
            },
          }
        : {}),
    };
    (collection === 'statements' ? statementSchema : entrySchema).parse(data);
    const body = `${prose(60)}.\n\n${prose(40)} (${formatSentenceRef(sentence?.id ?? '1.1')}).\n`;
    writeFileSync(join(dir, collection, BASE_LOCALE, `e${i}.mdx`), `---\n${dump(data)}---\n\n${body}`);
    // Every other edition has its twin, prose only, as the build requires, with the French's words:
    // a translation keeps the people's names it names. The draws of the twin's words of earlier
    // runs are still made, so the French content is the same as theirs and the figures compare.
    prose(4);
    prose(10);
    const twin = {
      title: `Entry ${i}: ${titleWords}`,
      summary: `Summary of entry ${i}: ${summaryWords}.`,
      ...(collection === 'statements' ? { attribution: { evidence: [{ note: 'Synthetic.' }] } } : {}),
    };
    (collection === 'statements' ? statementTranslationSchema : entryTranslationSchema).parse(twin);
    for (const locale of LOCALES.filter((l) => l !== BASE_LOCALE))
      writeFileSync(join(dir, collection, locale, `e${i}.mdx`), `---\n${dump(twin)}---\n\n${body}`);
  }
}
