/** French grammar the French table needs beyond its strings. */

/**
 * A name after "à", as French contracts it: "au ministère…", "aux autorités…",
 * "à la…", "à l’…", "à Reuters". `inSentence` is the name as a sentence
 * writes it, with its article when it takes one.
 */
export function toWhom(inSentence: string): string {
  const contracted = /^(le|les) (.*)$/u.exec(inSentence);
  if (contracted) return `${contracted[1] === 'le' ? 'au' : 'aux'} ${contracted[2]}`;
  return `à ${inSentence}`;
}

/** Several names after "à", each with its own preposition: "à Mike Pompeo et à Alexandre Loukachenko". */
export function toWhomAll(names: readonly string[]): string {
  const parts = names.map(toWhom);
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
}
