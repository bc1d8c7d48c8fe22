/** Runs the real `astro build` into a temporary dist, as the integration tests need it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildEnv } from './build-env.ts';
import { tempDir } from './temp-content.ts';

const root = new URL('../../', import.meta.url).pathname;

/**
 * `fresh` clears Astro's content cache first (`--force`): a cache left by a build of another
 * content folder, since removed, would otherwise name files that no longer exist.
 */
export function astroBuild(env: Record<string, string>, { fresh = false }: { fresh?: boolean } = {}) {
  const outDir = join(tempDir('minsk-build-'), 'dist');
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(fresh ? ['--force'] : [])],
    {
      cwd: root,
      env: { ...buildEnv, ...env },
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
