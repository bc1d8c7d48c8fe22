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
  /** What the problem is about beyond its file, so that follow-on problems fold into one (./fold.ts). */
  readonly about?: About;
}

/** The facts a problem rests on that another problem may explain. */
export type About =
  /** A twin checked against its base file: said only once the base file has no problem of its own. */
  | { readonly kind: 'twin-of'; readonly base: string }
  /** A reference to an id no file has. */
  | { readonly kind: 'unknown-id'; readonly of: 'entry' | 'entity' | 'source'; readonly id: string }
  /** A translation whose base file is not there, or a base file without its translation. */
  | TwinState<'orphan-twin'>
  | TwinState<'missing-twin'>;

interface TwinState<K extends string> {
  readonly kind: K;
  readonly collection: string;
  readonly id: string;
  /** The base file ("" for an orphan, which has none). */
  readonly base: string;
}

/** The problems as a list an author reads top to bottom, then what they leave unchecked. */
export function formatProblems(problems: readonly Problem[], notes: readonly string[] = []): string {
  const lines = problems.map((p) => `✗ ${p.file}\n  field: ${p.field}\n  ${p.message}\n  fix: ${p.fix}`);
  const after = notes.length > 0 ? `\n${notes.map((note) => `• ${note}`).join('\n')}\n` : '';
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n\n${lines.join('\n\n')}\n${after}`;
}
