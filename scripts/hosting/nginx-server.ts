/**
 * Runs Debian's nginx in the foreground on a built site, with every file it
 * writes in a folder of its own under .nginx/ (removed when it stops), so no
 * system path is needed. Used by `npm run serve:nginx` and the hosting tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { nginxMainConfig, nginxSiteConfig } from '../../src/lib/site/hosting/nginx.ts';
import { withTrailingSlash } from '../../src/lib/site/paths.ts';

export const NGINX = '/usr/sbin/nginx';
/** Where Debian's libnginx-mod-http-brotli-static puts the module. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const INSTALL_HINT = 'apt-get install nginx libnginx-mod-http-brotli-static';
/** The folder (gitignored) for nginx's own files while it runs, and the configuration written for a server. */
export const NGINX_FOLDER = resolve(import.meta.dirname, '../../.nginx');

/** nginx could not start: the message says why and what to do. */
export class NginxStartError extends Error {}

export const brotliInstalled = (): boolean => existsSync(BROTLI_MODULE);

export interface RunningNginx {
  readonly origin: string;
  /** The folder of this nginx's pid, temporary files and configuration. */
  readonly folder: string;
  /** Asks nginx to stop (SIGTERM by default, a fast shutdown, as SIGINT is). */
  stop(signal?: NodeJS.Signals): void;
  /** Settles once nginx has stopped and its folder is removed, with nginx's exit code. */
  readonly exited: Promise<number>;
}

const answers = (origin: string): Promise<boolean> =>
  fetch(origin, { redirect: 'manual' }).then(
    () => true,
    () => false,
  );

/**
 * The folder nginx serves as its root: dist/ itself at the base "/"; under
 * another base, a folder whose `<base>` is a link to dist/, as a server's
 * /var/www/html/sous-dossier/ would hold the files.
 */
function rootFor(folder: string, dist: string, base: string): string {
  if (base === '/') return dist;
  const root = join(folder, 'www');
  const link = join(root, base);
  mkdirSync(dirname(link.replace(/\/$/, '')), { recursive: true });
  symlinkSync(dist, link.replace(/\/$/, ''));
  return root;
}

export async function startNginx(options: {
  dist: string;
  base: string;
  port: number;
  /** Print each request on standard output. */
  accessLog?: boolean;
}): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new NginxStartError(`nginx is not installed at ${NGINX}: ${INSTALL_HINT}`);
  const dist = resolve(options.dist);
  const base = withTrailingSlash(options.base);
  const origin = `http://127.0.0.1:${options.port}`;
  if (await answers(origin))
    throw new NginxStartError(`${origin} is already in use: stop what serves it, or set PORT`);
  mkdirSync(NGINX_FOLDER, { recursive: true });
  const folder = mkdtempSync(join(NGINX_FOLDER, 'run-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const brotli = brotliInstalled();
    const site = join(folder, 'site.conf');
    writeFileSync(
      site,
      nginxSiteConfig({ base, root: rootFor(folder, dist, base), listen: String(options.port), brotli }),
    );
    const conf = join(folder, 'nginx.conf');
    writeFileSync(
      conf,
      nginxMainConfig({
        prefix: folder,
        site,
        brotliModule: brotli ? BROTLI_MODULE : undefined,
        accessLog: options.accessLog ? '/dev/stdout' : 'off',
        // Started by root, nginx would run its workers as "nobody", who may not read the files;
        // they run as whoever starts the command, as they do for any other user.
        user: process.getuid?.() === 0 ? 'root' : undefined,
      }),
    );
    // -e: nginx's own messages to the terminal, before it reads the configuration too.
    const child = spawn(NGINX, ['-p', `${folder}/`, '-c', conf, '-e', 'stderr'], {
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let messages = '';
    child.stderr.on('data', (chunk: Buffer) => {
      messages += chunk.toString();
      process.stderr.write(chunk);
    });
    const exited = once(child, 'exit').then(([code]) => {
      remove();
      // nginx ends itself on INT and TERM; a null code means something killed it outright.
      return typeof code === 'number' ? code : 1;
    });
    let stopped = false;
    void exited.then(() => (stopped = true));
    const deadline = Date.now() + 15_000;
    while (!(await answers(origin))) {
      if (stopped) throw new NginxStartError(`nginx stopped before serving ${origin}:\n${messages.trim()}`);
      if (Date.now() > deadline) {
        child.kill('SIGTERM');
        await exited;
        throw new NginxStartError(`nginx did not answer on ${origin}:\n${messages.trim()}`);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    return {
      origin,
      folder,
      stop: (signal = 'SIGTERM') => void child.kill(signal),
      exited,
    };
  } catch (error) {
    remove();
    throw error;
  }
}
