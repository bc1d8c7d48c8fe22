/**
 * The reference the search page is measured against: Pagefind's own default
 * UI (the version this site pins, `noWorker` like ours) on a bare page over
 * the same index. Made at bench time in a copy of dist/, never in the
 * published site: the site's build drops the UI bundle, so it is written
 * again by the same Pagefind, from an index of one record, and only its
 * pagefind-ui.js and .css are kept.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** The bare default-UI page of a language: Pagefind picks that language's index from <html lang>. */
export const defaultUiPath = (lang: string) => `/pagefind-ui-default-${lang}/`;

const barePage = (lang: string) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Pagefind UI</title>
    <link rel="stylesheet" href="/pagefind/pagefind-ui.css" />
    <script src="/pagefind/pagefind-ui.js"></script>
  </head>
  <body>
    <div id="search"></div>
    <script>
      window.addEventListener('DOMContentLoaded', () => {
        new PagefindUI({ element: '#search', showSubResults: false, noWorker: true });
      });
    </script>
  </body>
</html>
`;

async function writeUiBundle(into: string): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-ui-'));
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'fr' });
    if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('\n')}`);
    await index.addCustomRecord({ url: '/', content: 'bench', language: 'fr' });
    const written = await index.writeFiles({ outputPath: scratch });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('\n')}`);
    for (const file of ['pagefind-ui.js', 'pagefind-ui.css'])
      writeFileSync(join(into, 'pagefind', file), readFileSync(join(scratch, file)));
  } finally {
    await close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A copy of dist/ with a bare default-UI page per language added; removed when the work is done. */
export async function withDefaultUiCopy<T>(
  dist: string,
  langs: readonly string[],
  work: (root: string) => Promise<T>,
): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'minsk-bench-'));
  try {
    cpSync(dist, root, { recursive: true });
    await writeUiBundle(root);
    for (const lang of langs) {
      mkdirSync(join(root, defaultUiPath(lang)), { recursive: true });
      writeFileSync(join(root, defaultUiPath(lang), 'index.html'), barePage(lang));
    }
    return await work(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
