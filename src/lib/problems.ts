/** One thing wrong with the content, said so that an author can fix it. */
export interface Problem {
  /** Path from the project root. */
  readonly file: string;
  /** The frontmatter field, as a path (covers[1].text), or a pseudo-field in brackets. */
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `✗ ${p.file}\n  field: ${p.field}\n  ${p.message}\n  fix: ${p.fix}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n\n${lines.join('\n\n')}\n`;
}

export class ContentIntegrityError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentIntegrityError';
    this.problems = problems;
  }
}
