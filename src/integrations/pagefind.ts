/**
 * Builds the Pagefind index at the end of `astro build`, so that the built
 * site searches on its own: the pages marked `data-pagefind-body`, plus the
 * records of src/lib/search/records.ts. Every Pagefind response is checked,
 * an error fails the build, and the service is always closed. The index is
 * cut in small chunks (src/lib/search/index-files.ts), the written index is checked
 * for what the search page's count rests on (every quote record's words are
 * in its entry page), its metadata files are packed tighter, and each
 * edition's search page gets preload hints for the files of its language it
 * needs before the reader types. The records are made from the content as
 * the rule book read it when the build started (src/lib/content/shared.ts).
 */
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { LOCALES, localePath, localeTable, type Locale } from '../i18n/index.ts';
import { sharedContent } from '../lib/content/shared.ts';
import { withTrailingSlash } from '../lib/site/paths.ts';
import {
  indexFirstPages,
  languageFiles,
  recompressMetadata,
  wordsNotWithin,
} from '../lib/search/pagefind-files.ts';
import { RANKING } from '../lib/search/ranking.ts';
import { buildRecordInput } from '../lib/search/content.ts';
import { analysisPath, searchRecords, type SearchRecord } from '../lib/search/records.ts';
import { CLASS_FILTER, parseClass } from '../lib/search/record-class.ts';
import {
  CHUNK_SIZE_VARIABLE,
  INDEX_CHUNK_SIZE,
  preloadHints,
  moduleScripts,
  staticImports,
  withFirstPages,
  withPreloadHints,
} from '../lib/search/index-files.ts';

const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

/**
 * The search page counts a quote record it finds as its statement's entry page
 * found too (groupedCount, src/lib/search/results.ts): that holds if the page
 * has every word of the record, which the written index must bear out, in
 * every language.
 */
function checkQuotesWithinPages(bundle: string, records: readonly SearchRecord[]): void {
  const quotes = records.filter((r) => parseClass(r.filters[CLASS_FILTER]?.[0] ?? '').type === 'quote');
  const missing = LOCALES.flatMap((locale) => {
    const { lang } = localeTable(locale);
    const pairs = quotes
      .filter((quote) => quote.language === lang)
      .map((quote) => {
        const entry = quote.meta['entree'] ?? '';
        // Pagefind records a page's address from the root of the output, without the base path.
        return { name: `${lang} ${entry}`, record: quote.url, within: `/${analysisPath(entry, locale)}` };
      });
    return wordsNotWithin(bundle, pairs, lang);
  });
  if (missing.length > 0)
    throw new Error(
      `the search index has quote records with words their entry page lacks, so the search page would count them wrong:\n${missing
        .map(({ name, words }) => `  ${name}: ${words.join(' ')}`)
        .join('\n')}`,
    );
}

/** Adds to a locale's built search page the hints for the files of its language's index, and its table of first pages. */
function addPreloadHints(outDir: string, base: string, locale: Locale): void {
  const page = join(outDir, localePath(locale, 'search'), 'index.html');
  if (!existsSync(page)) throw new Error(`no search page at ${page} to add the preload hints to`);
  const { lang } = localeTable(locale);
  // Only this language's files: each edition's page loads its own index and nothing of the other's.
  const files = languageFiles(join(outDir, 'pagefind'), lang);
  const html = readFileSync(page, 'utf8');
  // Every module the page's scripts import, directly or through another: each is wanted before the
  // reader types.
  const own = moduleScripts(html).map((src) => src.slice(base.length));
  const moduleChunks: string[] = [];
  const follow = (path: string): void => {
    for (const file of staticImports(readFileSync(join(outDir, path), 'utf8'))) {
      const imported = join(dirname(path), file);
      if (moduleChunks.includes(imported) || own.includes(imported)) continue;
      moduleChunks.push(imported);
      follow(imported);
    }
  };
  for (const path of own) follow(path);
  const hints = preloadHints({ base, ...files, pageScripts: own, moduleChunks });
  const firstPages = indexFirstPages(join(outDir, 'pagefind'), lang, RANKING);
  writeFileSync(page, withFirstPages(withPreloadHints(html, hints, page), firstPages, page));
}

export default function pagefind(): AstroIntegration {
  let base = '/';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The Node API's binary inherits the environment it is started with.
        const chunkSize = process.env[CHUNK_SIZE_VARIABLE];
        process.env[CHUNK_SIZE_VARIABLE] = String(INDEX_CHUNK_SIZE);
        try {
          // One index per language, from each page's <html lang>: each edition searches its own words.
          const { index, errors } = await createIndex({});
          if (chunkSize === undefined) Reflect.deleteProperty(process.env, CHUNK_SIZE_VARIABLE);
          else process.env[CHUNK_SIZE_VARIABLE] = chunkSize;
          check('start', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const pages = await index.addDirectory({ path: outDir });
          check('index the pages', pages.errors);
          if (pages.page_count === 0) throw new Error('Pagefind found no page to index in ' + outDir);
          const content = sharedContent();
          if (!content)
            throw new Error(
              'no content was read when the build started: list contentIntegrity() in astro.config.mjs',
            );
          const records = LOCALES.flatMap((locale) => searchRecords(buildRecordInput(content, base, locale)));
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            check(`index ${record.url}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          check('write the index', written.errors);
          // The site has its own search page; Pagefind's ready-made interfaces would only be dead weight.
          for (const file of UNUSED_BUNDLES) rmSync(join(outDir, 'pagefind', file), { force: true });
          checkQuotesWithinPages(join(outDir, 'pagefind'), records);
          const metadata = recompressMetadata(join(outDir, 'pagefind'));
          for (const locale of LOCALES) addPreloadHints(outDir, withTrailingSlash(base), locale);
          logger.info(
            `search index written: pages marked for search, and ${records.length} records; metadata ${metadata.before} → ${metadata.after} bytes` +
              (metadata.after === metadata.before
                ? ' (as Pagefind wrote it: packing it again gains only on larger sites)'
                : ''),
          );
        } finally {
          await close();
        }
      },
    },
  };
}
