import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import { brokenLinks } from '../../src/lib/link-check.ts';
import { fixtureContent, removeTempDirs, tempDir } from '../support/temp-content.ts';

const root = new URL('../../', import.meta.url).pathname;
afterAll(removeTempDirs);

/**
 * The environment `npm run build` would have: vitest adds its own (NODE_ENV=test, and Vite's
 * BASE_URL, MODE…), which the child build would otherwise take for its own settings.
 */
const VITEST_ONLY = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !VITEST_ONLY.has(key) && !key.startsWith('VITEST')),
);

/** Runs the real `astro build` into a temporary dist, with the environment given. */
function astroBuild(env: Record<string, string>) {
  const outDir = join(tempDir('minsk-build-'), 'dist');
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    {
      cwd: root,
      env: { ...buildEnv, ...env },
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Builds the valid fixture content, with one broken case laid over it. */
function build(broken?: string) {
  return astroBuild({ CONTENT_DIR: fixtureContent(broken).content });
}

describe('astro build', () => {
  it('builds the site under a base path and a site address, with every link still resolving', () => {
    const { status, output, outDir } = astroBuild({
      BASE_PATH: '/minsk-2020/',
      SITE_URL: 'https://example.org',
    });
    expect(status, output).toBe(0);
    const { pages, files } = readBuiltSite(outDir, '/minsk-2020/');
    expect(pages.length).toBeGreaterThan(80);
    const broken = brokenLinks(pages, files);
    expect(broken).toEqual([]);
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('href="/minsk-2020/source/"');
    expect(home).toContain('<link rel="canonical" href="https://example.org/minsk-2020/"');
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toMatch(/^\/minsk-2020\/\*$/m);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(
      'https://example.org/minsk-2020/sitemap-index.xml',
    );
  });

  it('builds the valid fixture', () => {
    const { status, output, outDir } = build();
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'declarations/bonjour/index.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'provenance/index.html'), 'utf8')).toContain(
      '<mark>bonjour Minsk</mark>',
    );
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('Une constatation de démonstration');
  });

  it('fails on a quote that is not verbatim, naming the file, the field and the fix', () => {
    const { status, output } = build('quote-not-verbatim');
    expect(status).not.toBe(0);
    expect(output).toContain('content/statements/fr/bonjour.mdx');
    expect(output).toContain('field: quote.text');
    expect(output).toContain('fix: copy the words exactly from §2.1');
  });

  it('fails on a provenance match whose French words are not in the article, naming the file, the field and the fix', () => {
    const { status, output } = build('provenance-not-verbatim');
    expect(status).not.toBe(0);
    expect(output).toContain('content/provenance/fr/p02.yaml');
    expect(output).toContain('field: changes[0].fr');
    expect(output).toContain('fix: copy the words exactly from the article');
  });

  it('fails on a sentence that no entry covers', () => {
    const { status, output } = build('uncovered-sentence');
    expect(status).not.toBe(0);
    expect(output).toContain('no entry covers §1.2');
  });
});
