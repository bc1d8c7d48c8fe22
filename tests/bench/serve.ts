/**
 * A static server for the bench, as nginx serves the site (docs/hosting.md):
 * files from a directory, `index.html` for a folder, each file's type and
 * cache lifetime from src/lib/site/hosting/file-kinds.ts, and the build's
 * compressed copies where the browser takes them, brotli first (nginx's
 * brotli_static and gzip_static). Text without copies, the files the bench
 * adds (Pagefind's default UI), is compressed when the server starts, the way
 * the build compresses, so both UIs are served alike. The bench measures bytes
 * on the wire and time under a throttled network, so both must be the host's,
 * not a dev preview's.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, relative } from 'node:path';
import { filesUnder } from '../../src/lib/site/built-site.ts';
import {
  PRECOMPRESSED,
  cacheControlFor,
  contentTypeOf,
  originalOf,
} from '../../src/lib/site/hosting/file-kinds.ts';
import { COMPRESSORS, isCompressible } from '../../src/lib/site/hosting/precompress.ts';

/** The encodings a request's Accept-Encoding takes, those it refuses (q=0) left out. */
function accepted(header: string): Set<string> {
  return new Set(
    header
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)))
      .map(([name]) => (name ?? '').trim().toLowerCase()),
  );
}

/** Compressed copies of the text files under `root` that the build gave none, by path and suffix. */
async function copiesMadeHere(root: string): Promise<Map<string, Buffer>> {
  const made = new Map<string, Buffer>();
  for (const path of filesUnder(root)) {
    const name = relative(root, path);
    if (originalOf(name) !== name || !isCompressible(name)) continue;
    const original = readFileSync(path);
    for (const { suffix } of PRECOMPRESSED) {
      if (existsSync(path + suffix)) continue;
      // As the build does: a copy only where it is smaller.
      const copy = await COMPRESSORS[suffix](original);
      if (copy.length < original.length) made.set(path + suffix, copy);
    }
  }
  return made;
}

export async function withStaticServer<T>(
  root: string,
  port: number,
  work: (origin: string) => Promise<T>,
): Promise<T> {
  const made = await copiesMadeHere(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    const name = relative(root, file);
    const takes = accepted(String(request.headers['accept-encoding'] ?? ''));
    const copies = PRECOMPRESSED.filter(({ suffix }) => made.has(file + suffix) || existsSync(file + suffix));
    const copy = copies.find(({ encoding }) => takes.has(encoding));
    // Revalidated with an ETag, as a host does (one per encoding): Chromium asks again for the
    // favicon at each change of URL, and gets a 304.
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}${copy ? `-${copy.encoding}` : ''}"`;
    if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { ETag: etag }).end();
    const headers: Record<string, string> = {
      'Content-Type': contentTypeOf(name) ?? 'application/octet-stream',
      'Cache-Control': cacheControlFor(name),
      ETag: etag,
    };
    if (copies.length > 0) headers['Vary'] = 'Accept-Encoding';
    if (copy) headers['Content-Encoding'] = copy.encoding;
    const body = copy
      ? (made.get(file + copy.suffix) ?? readFileSync(file + copy.suffix))
      : readFileSync(file);
    headers['Content-Length'] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  try {
    return await work(`http://localhost:${port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
