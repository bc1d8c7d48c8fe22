/** Which verdicts judge an entry's words: the one lookup every view that shows those words uses. */
import type { ClaimLabel } from '../../schemas/claim.ts';

/** A claim as far as this lookup needs it. */
export interface JudgedClaim {
  readonly id: string;
  readonly data: { readonly entry: string; readonly label: ClaimLabel };
}

/** A rated claim: its id (for a link to it) and its label. Opinions carry no rating. */
export interface Verdict {
  readonly claim: string;
  readonly label: Exclude<ClaimLabel, 'opinion'>;
}

const isRated = (label: ClaimLabel): label is Verdict['label'] => label !== 'opinion';

/**
 * Every rated claim shown on the entry's page, in the order given (the article's order): the
 * verdicts a reader must meet wherever that entry's words appear.
 */
export function verdictsOf(entryId: string, claims: readonly JudgedClaim[]): Verdict[] {
  return claims.flatMap((c) =>
    c.data.entry === entryId && isRated(c.data.label) ? [{ claim: c.id, label: c.data.label }] : [],
  );
}
