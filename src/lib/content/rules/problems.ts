/** One thing wrong with the content, said so that an author can fix it. */
export interface Problem {
  /** Path from the project root. */
  readonly file: string;
  /** The frontmatter field, as a path (covers[1].text), or a pseudo-field in brackets. */
  readonly field: string;
  readonly message: string;
  readonly fix: string;
  /** The id of the rule it breaks, in the rule book (./integrity.ts) and docs/rules.md. */
  readonly rule?: string;
}

/** The problems as a list an author reads top to bottom, then what they leave unchecked. */
export function formatProblems(problems: readonly Problem[], notes: readonly string[] = []): string {
  const lines = problems.map((p) => `✗ ${p.file}\n  field: ${p.field}\n  ${p.message}\n  fix: ${p.fix}`);
  const after = notes.length > 0 ? `\n${notes.map((note) => `• ${note}`).join('\n')}\n` : '';
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n\n${lines.join('\n\n')}\n${after}`;
}
