/**
 * `npm run serve:nginx`: serves dist/ with Debian's nginx, configured as in
 * production (src/lib/site/hosting/nginx.ts), on the port in PORT (8080 by
 * default) under BASE_PATH. Builds first when dist/ is missing or older than
 * its sources (scripts/hosting/built.ts). Ctrl+C stops nginx and removes its
 * files.
 *
 * `npm run nginx:config`: writes only the site's configuration for a server,
 * .nginx/site.conf (docs/hosting.md says what to change in it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { nginxSiteConfig, NginxSettingError } from '../src/lib/site/hosting/nginx.ts';
import { withTrailingSlash } from '../src/lib/site/paths.ts';
import { staleReason } from './hosting/built.ts';
import { brotliInstalled, NGINX_FOLDER, NginxStartError, startNginx } from './hosting/nginx-server.ts';

const PROJECT = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 65535)
    fail(`PORT=${value} is not a port: give a whole number from 1 to 65535, such as PORT=8080`);
  return number;
}

const base = withTrailingSlash(process.env['BASE_PATH'] || '/');

function writeServerConfig(): void {
  const file = join(NGINX_FOLDER, 'site.conf');
  const brotli = brotliInstalled();
  mkdirSync(NGINX_FOLDER, { recursive: true });
  writeFileSync(
    file,
    nginxSiteConfig({
      base,
      root: process.env['NGINX_ROOT'] || '/var/www/html',
      listen: String(port(process.env['PORT'], 80)),
      serverName: process.env['SERVER_NAME'] || '_',
      brotli,
    }),
  );
  console.log(
    `Wrote ${relative(PROJECT, file)} (BASE_PATH=${base}, brotli ${brotli ? 'on' : 'off: module not installed'}).`,
  );
}

async function serve(): Promise<void> {
  const dist = resolve(PROJECT, process.env['OUT_DIR'] || 'dist');
  const listen = port(process.env['PORT'], 8080);
  const why = staleReason(dist, base);
  if (why) {
    console.log(`Building the site first: ${why}.`);
    const build = spawnSync(
      process.execPath,
      // --force: Astro's content store in .astro/ may hold another build's content (another
      // CONTENT_DIR, since deleted), which it does not notice; a build it needs is rebuilt whole.
      ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', dist],
      {
        cwd: PROJECT,
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) fail('The build failed (see above); nothing is served.');
  }
  // Requests are logged to a terminal; nginx cannot open the socket Node gives a child as /dev/stdout.
  const nginx = await startNginx({ dist, base, port: listen, accessLog: process.stdout.isTTY === true });
  console.log(
    `nginx serves ${relative(PROJECT, dist) || dist} at ${nginx.origin}${base}, its files in ${relative(PROJECT, nginx.folder)}/ — Ctrl+C stops it.`,
  );
  // A terminal's Ctrl+C reaches nginx too; a signal sent to this process alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => nginx.stop(signal === 'SIGHUP' ? 'SIGTERM' : signal));
  process.exitCode = await nginx.exited;
}

try {
  if (process.argv.includes('--config-only')) writeServerConfig();
  else await serve();
} catch (error) {
  if (error instanceof NginxSettingError || error instanceof NginxStartError) fail(error.message);
  throw error;
}
