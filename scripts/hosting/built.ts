/**
 * Whether a built dist/ still matches its sources. The build writes `_headers`
 * last, so its time is the build's; its first rule is "<BASE_PATH>*".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { filesUnder } from '../../src/lib/site/built-site.ts';
import { contentDirectory } from '../../src/lib/content/dir.ts';
import { withTrailingSlash } from '../../src/lib/site/paths.ts';

const PROJECT = resolve(import.meta.dirname, '../..');

/** What the build reads: a change to any of them makes dist/ stale. */
export function buildInputs(root = PROJECT): string[] {
  const folders = [join(root, 'src'), join(root, 'public'), contentDirectory(root)];
  const files = [join(root, 'astro.config.mjs'), join(root, 'package-lock.json')];
  return [...folders.filter(existsSync).flatMap((dir) => filesUnder(dir)), ...files.filter(existsSync)];
}

/** The reason dist/ must be built again before serving it, or undefined when it is up to date. */
export function staleReason(
  dist: string,
  base: string,
  inputs: readonly string[] = buildInputs(),
): string | undefined {
  const headers = join(dist, '_headers');
  if (!existsSync(headers)) return `${relative(PROJECT, dist) || dist} has no finished build (no _headers)`;
  const builtFor = readFileSync(headers, 'utf8').split('\n')[0]?.replace(/\*$/, '');
  if (builtFor !== withTrailingSlash(base))
    return `it was built for BASE_PATH=${builtFor ?? '?'}, and BASE_PATH is ${withTrailingSlash(base)}`;
  const built = statSync(headers).mtimeMs;
  const newer = inputs.find((file) => statSync(file).mtimeMs > built);
  return newer && `${relative(PROJECT, newer)} changed since the last build`;
}
