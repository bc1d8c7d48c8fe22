/**
 * Builds the Pagefind index at the end of `astro build`, so that the built
 * site searches on its own: the pages marked `data-pagefind-body`, plus the
 * records of src/lib/search-records.ts. Every Pagefind response is checked,
 * an error fails the build, and the service is always closed.
 */
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { contentDirectory } from '../lib/content-dir.ts';
import { buildRecordInput } from '../lib/search-content.ts';
import { searchRecords } from '../lib/search-records.ts';

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

export default function pagefind(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'fr' });
          check('start', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const pages = await index.addDirectory({ path: outDir });
          check('index the pages', pages.errors);
          if (pages.page_count === 0) throw new Error('Pagefind found no page to index in ' + outDir);
          const records = searchRecords(buildRecordInput(root, contentDirectory(root), base));
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            check(`index ${record.url}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          check('write the index', written.errors);
          // The site has its own search page; Pagefind's ready-made interfaces would only be dead weight.
          for (const file of UNUSED_BUNDLES) rmSync(join(outDir, 'pagefind', file), { force: true });
          logger.info(`search index written: pages marked for search, and ${records.length} records`);
        } finally {
          await close();
        }
      },
    },
  };
}
