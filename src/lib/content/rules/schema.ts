/**
 * A file's fields against its collection's schema (src/schemas/, as
 * ../collections.ts assigns it), refinements included: each issue said as a
 * problem naming the field and the fix, a missing field told apart from a
 * wrong one.
 */
import { COLLECTIONS, type CollectionName } from '../collections.ts';
import type { RawFile } from '../files.ts';
import type { Problem } from './problems.ts';

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** The raw value at a path of the frontmatter, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

export function schemaProblems(
  file: RawFile,
  collection: CollectionName,
): { data: unknown; problems: Problem[] } {
  const { schema, docs } = COLLECTIONS[collection];
  // Its encoding or syntax problem is reported already; every field would look missing.
  if (file.unreadable) return { data: undefined, problems: [] };
  const result = schema.safeParse(file.data ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const field = fieldPath(issue.path) || '(frontmatter)';
    if (issue.code === 'unrecognized_keys') {
      return {
        file: file.file,
        field: issue.keys.map((k) => fieldPath([...issue.path, k])).join(', '),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''}`,
        fix: `remove it or correct its spelling (the fields are documented in ${docs})`,
      };
    }
    if (issue.code === 'invalid_type' && valueAt(file.data, issue.path) === undefined) {
      return {
        file: file.file,
        field,
        message: 'missing required field',
        fix: `add "${String(issue.path.at(-1))}:" (${issue.message.replace(/^Invalid input: /, '')}; see ${docs})`,
      };
    }
    return { file: file.file, field, message: issue.message, fix: `see the field's comment in ${docs}` };
  });
  return { data: undefined, problems };
}
