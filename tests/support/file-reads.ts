/**
 * Preloaded into a build (`node --import`, through NODE_OPTIONS) by
 * tests/integration/content-read.test.ts: writes to READS_LOG one line per
 * read of a file under READS_UNDER, by any code of the build process. Every
 * way node:fs reads a whole file is watched: sync, callback, promise, stream.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const under = process.env['READS_UNDER'] ?? '';
const log = process.env['READS_LOG'] ?? '';

function note(target: unknown): void {
  const path = target instanceof URL ? target.pathname : String(target);
  if (under && path.startsWith(under)) fs.appendFileSync(log, `${path}\n`);
}

function watch<T extends object>(owner: T, name: keyof T & string): void {
  const original = owner[name] as (...args: unknown[]) => unknown;
  Object.assign(owner, {
    [name](this: unknown, target: unknown, ...rest: unknown[]) {
      note(target);
      return original.call(this, target, ...rest);
    },
  });
}

watch(fs, 'readFileSync');
watch(fs, 'readFile');
watch(fs, 'createReadStream');
// node:fs/promises is this same object.
watch(fs.promises, 'readFile');
// Named imports (`import { readFileSync } from 'node:fs'`) see the wrapped functions too.
syncBuiltinESMExports();
