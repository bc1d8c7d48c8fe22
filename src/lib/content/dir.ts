import { resolve } from 'node:path';

/**
 * Where the content lives: `content/` at the project root, or the folder named
 * by CONTENT_DIR, which is how the tests build fixture content.
 */
export function contentDirectory(root: string = process.cwd()): string {
  return resolve(root, process.env['CONTENT_DIR'] ?? 'content');
}
