/**
 * Temporary folders for tests: the valid fixture content with one broken
 * case laid over it, and scratch folders for builds. Each test file removes
 * what it made with `afterAll(removeTempDirs)`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The valid fixture with one broken case laid over it; returns the folder and its `content/`. */
export function fixtureContent(broken?: string): { root: string; content: string } {
  const root = tempDir('minsk-content-');
  // Named "content", so messages read as they do for the real folder.
  const content = join(root, 'content');
  cpSync(join(fixtures, 'valid'), content, { recursive: true });
  if (broken) cpSync(join(fixtures, 'broken', broken), content, { recursive: true });
  return { root, content };
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
