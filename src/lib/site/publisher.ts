/**
 * The publisher, read once from content/publisher.yaml. The file is optional: without it
 * nothing is invented, every place that would name the publisher says none is declared.
 * A file that is there but wrong is a problem naming the field and the fix, like any content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml, type YAMLException } from 'js-yaml';
import { publisherSchema, type PublisherData } from '../../schemas/publisher.ts';
import type { Problem } from '../content/rules/problems.ts';

/** The file's name under the content folder. */
export const PUBLISHER_FILE = 'publisher.yaml';
/** The id of its one entry in the content collections. */
export const PUBLISHER_ID = 'publisher';
const DOCS = 'src/schemas/publisher.ts and docs/publishing.md';

export interface PublisherRead {
  /** The declared publisher; undefined when the file is absent or wrong. */
  readonly publisher: PublisherData | undefined;
  readonly problems: readonly Problem[];
}

/** Reads `<contentDir>/publisher.yaml`; `root` makes the file's name in messages relative. */
export function readPublisher(contentDir: string, root: string = process.cwd()): PublisherRead {
  const path = join(contentDir, PUBLISHER_FILE);
  if (!existsSync(path)) return { publisher: undefined, problems: [] };
  const file = relative(root, path);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    const line = ((error as YAMLException).mark as { line?: number } | undefined)?.line;
    return {
      publisher: undefined,
      problems: [
        {
          file,
          field: line === undefined ? '(file)' : `(line ${line + 1})`,
          message: `YAML does not parse: ${(error as YAMLException).reason ?? 'unreadable'}`,
          fix: 'write one "field: value" per line, in quotes where the value contains ": " or " #"',
        },
      ],
    };
  }
  const result = publisherSchema.safeParse(data ?? {});
  if (result.success) return { publisher: result.data, problems: [] };
  const given = (data ?? {}) as Record<string, unknown>;
  const problems = result.error.issues.map((issue): Problem => {
    if (issue.code === 'unrecognized_keys')
      return {
        file,
        field: issue.keys.join(', '),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''}`,
        fix: `remove it or correct its spelling: the fields are name, url, email, corrections, funding, licence and editors (${DOCS})`,
      };
    const field = issue.path.map(String).join('.') || '(file)';
    const top = String(issue.path[0] ?? '');
    if (top && given[top] === undefined)
      return {
        file,
        field,
        message: 'missing required field',
        fix: `add "${top}:" with the true value, never a placeholder (${DOCS}); without a publisher, delete the file`,
      };
    return { file, field, message: issue.message, fix: `see the field's comment in ${DOCS}` };
  });
  return { publisher: undefined, problems };
}
