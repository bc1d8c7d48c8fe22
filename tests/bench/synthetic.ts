/**
 * Synthetic content for the scale benchmark: the real article, entities and
 * sources, plus as many entries as asked, each one parsed by the real schema
 * before it is written, so a schema change breaks the benchmark, not its figures.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { SECTIONS, type Section } from '../../src/lib/content/sections.ts';
import { formatSentenceRef, parseArticle } from '../../src/lib/article/article.ts';
import { entrySchema, statementSchema } from '../../src/schemas/entry.ts';
import { entryTranslationSchema, statementTranslationSchema } from '../../src/schemas/translation.ts';
import { BASE_LOCALE, LOCALES } from '../../src/i18n/index.ts';

const real = new URL('../../content/', import.meta.url).pathname;

/** A small deterministic generator, so every run builds the same site. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function writeSyntheticContent(dir: string, count: number): void {
  for (const folder of ['article', 'entities', 'sources'])
    cpSync(join(real, folder), join(dir, folder), { recursive: true });
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
    const data = {
      title: `Entrée ${i} : ${prose(4)}`,
      summary: `Résumé de l’entrée ${i} : ${prose(10)}.`,
      date: day.toISOString().slice(0, 10),
      datePrecision: 'day',
      // Generated dates are no sentence's: each names a source, as the rules ask.
      dateSource: 'afp-pompeo-real-progress',
      covers: [{ ref: formatSentenceRef(sentence?.id ?? '1.1') }],
      entities: [pick(entityIds), pick(entityIds)].filter((id, k, all) => all.indexOf(id) === k),
      ...(collection === 'statements'
        ? {
            speakers: [pick(['loukachenko', 'pompeo'])],
            mode: 'indirect',
            channel: 'unspecified',
            attribution: {
              status: 'not-found',
              evidence: [{ kind: 'external', source: 'afp-pompeo-real-progress', note: 'Synthétique.' }],
            },
          }
        : {}),
    };
    (collection === 'statements' ? statementSchema : entrySchema).parse(data);
    const body = `${prose(60)}.\n\n${prose(40)} (${formatSentenceRef(sentence?.id ?? '1.1')}).\n`;
    writeFileSync(join(dir, collection, BASE_LOCALE, `e${i}.mdx`), `---\n${dump(data)}---\n\n${body}`);
    // Every other edition has its twin, prose only, as the build requires.
    const twin = {
      title: `Entry ${i}: ${prose(4)}`,
      summary: `Summary of entry ${i}: ${prose(10)}.`,
      ...(collection === 'statements' ? { attribution: { evidence: [{ note: 'Synthetic.' }] } } : {}),
    };
    (collection === 'statements' ? statementTranslationSchema : entryTranslationSchema).parse(twin);
    for (const locale of LOCALES.filter((l) => l !== BASE_LOCALE))
      writeFileSync(join(dir, collection, locale, `e${i}.mdx`), `---\n${dump(twin)}---\n\n${body}`);
  }
}
