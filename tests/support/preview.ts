/**
 * Serves a built site with `astro preview` for the time of some work, as the
 * benchmark and the screenshot script need: it waits until the server
 * answers, and refuses a port that something else already answers on, so
 * the work never measures a stale server.
 */
import { spawn } from 'node:child_process';

const answers = (origin: string): Promise<boolean> =>
  fetch(origin).then(
    () => true,
    () => false,
  );

export async function withPreview<T>(
  options: { port: number; outDir?: string },
  work: (origin: string) => Promise<T>,
): Promise<T> {
  const origin = `http://localhost:${options.port}`;
  if (await answers(origin)) throw new Error(`${origin} is already in use: stop what serves it first`);
  const server = spawn(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'preview',
      '--port',
      String(options.port),
      '--ignore-lock',
      ...(options.outDir ? ['--outDir', options.outDir] : []),
    ],
    { stdio: 'ignore' },
  );
  try {
    const deadline = Date.now() + 30_000;
    while (!(await answers(origin))) {
      if (Date.now() > deadline) throw new Error(`astro preview did not answer on ${origin}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return await work(origin);
  } finally {
    server.kill();
  }
}
