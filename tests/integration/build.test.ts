import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'tests/fixtures');
const workdirs: string[] = [];
afterAll(() => workdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the real `astro build` over a fixture content folder, into a temporary dist. */
function build(broken?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'minsk-build-'));
  workdirs.push(dir);
  const content = join(dir, 'content');
  cpSync(join(fixtures, 'valid'), content, { recursive: true });
  if (broken) cpSync(join(fixtures, 'broken', broken), content, { recursive: true });
  const outDir = join(dir, 'dist');
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('astro build', () => {
  it('builds the valid fixture', () => {
    const { status, output, outDir } = build();
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'declarations/bonjour/index.html'))).toBe(true);
  });

  it('fails on a quote that is not verbatim, naming the file, the field and the fix', () => {
    const { status, output } = build('quote-not-verbatim');
    expect(status).not.toBe(0);
    expect(output).toContain('content/statements/fr/bonjour.mdx');
    expect(output).toContain('field: quote.text');
    expect(output).toContain('fix: copy the words exactly from §2.1');
  });

  it('fails on a sentence that no entry covers', () => {
    const { status, output } = build('uncovered-sentence');
    expect(status).not.toBe(0);
    expect(output).toContain('no entry covers §1.2');
  });
});
