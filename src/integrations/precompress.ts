/**
 * Writes gzip and brotli copies of the built text files, and brotli copies of
 * the content of Pagefind's files (src/lib/site/hosting/precompress.ts), and
 * says what they save, by kind of file. Listed after Pagefind's step, so its script and entry file get copies
 * too, and before the host headers, so `_headers` gives the copies their
 * caching rule.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/site/built-site.ts';
import { isPagefindStream } from '../lib/site/hosting/file-kinds.ts';
import { precompress, type CompressedFile } from '../lib/site/hosting/precompress.ts';

/** The kinds the build reports on: what a reader loads to read, to search, and the rest. */
function kindOf(file: string): string {
  // Gzip already as Pagefind writes them: their brotli copy is of their content.
  if (isPagefindStream(file)) return 'search index (gzip as Pagefind writes it)';
  if (file.startsWith('pagefind/')) return 'search files';
  if (file.endsWith('.html')) return 'pages';
  if (file.startsWith('_astro/')) return 'scripts and styles';
  return 'data and other files';
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** "pages: 178 files, 3027.1 KB → gzip 764.7 KB (−75 %), brotli 640.0 KB (−79 %)". */
export function savings(kind: string, files: readonly CompressedFile[]): string {
  const total = (size: (f: CompressedFile) => number) => files.reduce((n, f) => n + size(f), 0);
  const bytes = total((f) => f.bytes);
  const copy = (name: string, suffix: '.gz' | '.br') => {
    const sent = total((f) => f.copies[suffix] ?? f.bytes);
    return `${name} ${kb(sent)} (−${Math.round((100 * (bytes - sent)) / bytes)} %)`;
  };
  // Pagefind's files are gzip already: only their brotli copy says anything.
  const copies = files.every((f) => isPagefindStream(f.file))
    ? copy('brotli', '.br')
    : `${copy('gzip', '.gz')}, ${copy('brotli', '.br')}`;
  return `${kind}: ${files.length} files, ${kb(bytes)} → ${copies}`;
}

export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = filesUnder(dist).map((path) => relative(dist, path).split(sep).join('/'));
        const done = await precompress(dist, files);
        const kinds = Map.groupBy(done, (f) => kindOf(f.file));
        for (const [kind, list] of [...kinds].sort(([a], [b]) => a.localeCompare(b)))
          logger.info(savings(kind, list));
      },
    },
  };
}
