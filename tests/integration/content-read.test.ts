/**
 * A build reads content/ once: the content rules read every file, and the
 * collections, the article, the publisher and the search records are all made
 * from that read (src/lib/content/shared.ts). A second reader, such as Astro's
 * glob() loader or another readContent(), would read each of its files again.
 * (The bundler also compiles each MDX body from its file to render it, as it
 * always has; it reads natively, not through node:fs, and is not counted.)
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index.ts';
import { entryPath } from '../../src/lib/content/entries.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { filesUnder } from '../../src/lib/site/built-site.ts';
import { astroBuild } from '../support/astro-build.ts';
import { fixtureContent, removeTempDirs, tempDir } from '../support/temp-content.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const preload = new URL('../support/file-reads.ts', import.meta.url).pathname;
afterAll(removeTempDirs);

describe('astro build', () => {
  it('reads every file of the content once, and publishes every entry from that read', () => {
    const { root, content } = fixtureContent();
    // With the optional publisher file, so that it is counted too.
    cpSync(join(fixtures, 'publisher'), content, { recursive: true });
    const log = join(tempDir('minsk-reads-'), 'reads.log');
    const { status, output, outDir } = astroBuild(
      {
        CONTENT_DIR: content,
        NODE_OPTIONS: `--import=${preload}`,
        READS_UNDER: `${content}/`,
        READS_LOG: log,
      },
      // Nothing kept from an earlier build: every collection is loaded.
      { fresh: true },
    );
    expect(status, output).toBe(0);

    const reads = new Map<string, number>();
    for (const path of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
      const file = relative(content, path);
      reads.set(file, (reads.get(file) ?? 0) + 1);
    }
    const files = filesUnder(content).map((path) => relative(content, path));
    expect(Object.fromEntries(reads)).toEqual(Object.fromEntries(files.map((file) => [file, 1])));

    // The pages were made all the same: every entry, in every edition.
    for (const entry of readContent(root, content).entries)
      for (const locale of LOCALES)
        expect(
          existsSync(
            join(outDir, entryPath({ collection: entry.collection, slug: entry.id }, locale), 'index.html'),
          ),
        ).toBe(true);
  });
});
