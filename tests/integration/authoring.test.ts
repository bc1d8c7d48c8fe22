/**
 * `astro build` over content an author broke: the config loads, the content
 * rules say the one problem, and nothing else is printed — no stack trace,
 * no "Unable to load your Astro config".
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env.ts';
import { fixtureContent, removeTempDirs } from '../support/temp-content.ts';

afterAll(removeTempDirs);

const root = new URL('../../', import.meta.url).pathname;

describe('astro build over broken content', () => {
  it('says a deleted article as the one problem, without a stack trace', () => {
    const { content } = fixtureContent();
    rmSync(join(content, 'article/article.fr.txt'));
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: root,
      env: { ...buildEnv, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    const output = `${build.stdout}${build.stderr}`;
    expect(build.status, output).toBe(1);
    expect(output).toContain('The content has 1 problem:');
    expect(output).toMatch(
      /✗ \S*content\/article\/article.fr.txt\n {2}field: \(file\)\n {2}the article is missing or empty/,
    );
    expect(output).not.toMatch(/ENOENT|Unable to load|\n\s+at /);
  });
});
