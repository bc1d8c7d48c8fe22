/** A one-line summary of the built index's chunks, for the bench's report. */
import { readIndexChunks } from '../../src/lib/search/pagefind-files.ts';

export function indexChunks(dist: string): string {
  const chunks = readIndexChunks(`${dist}/pagefind`);
  const sizes = chunks.map((c) => `${(c.bytes / 1024).toFixed(1)} KB`).join(', ');
  return `${chunks.length} (${sizes}); positions ${chunks.map((c) => c.positions).join(', ')}`;
}
