/**
 * The content as the rule book read it, handed on so that nothing reads it
 * again: the integration that reads and checks it (loaded with
 * astro.config.mjs) shares it here, and the collections' loader (loaded by
 * Vite with src/content.config.ts, as a module instance of its own) and the
 * search records take it from here. Kept on globalThis, under a key both
 * module instances find, because a variable of this module would be one per
 * instance.
 */
import type { RawContent } from './files.ts';

const KEY = Symbol.for('minsk-2020.content-read');

type Holder = { [KEY]?: RawContent };

/** Shares a read of the content; the next load of the collections takes it. */
export function shareContent(raw: RawContent): void {
  (globalThis as Holder)[KEY] = raw;
}

/** The read last shared, if any. */
export function sharedContent(): RawContent | undefined {
  return (globalThis as Holder)[KEY];
}
