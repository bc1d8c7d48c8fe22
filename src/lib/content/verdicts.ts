/**
 * Which verdicts judge words of the article: an entry's, or one sentence's. The one lookup every
 * view that shows those words uses.
 */
import type { ClaimLabel } from '../../schemas/claim.ts';

/** A claim as far as this lookup needs it. */
export interface JudgedClaim {
  readonly id: string;
  /** `ref`: the sentence of the article the claim is made in ("§3.1"). */
  readonly data: { readonly entry: string; readonly label: ClaimLabel; readonly ref: string };
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
  return ratedWhere(claims, (c) => c.data.entry === entryId);
}

/**
 * Every rated claim made in one sentence of the article ("§3.1"), in the order given: the
 * verdicts a reader must meet wherever that sentence is shown on its own.
 */
export function verdictsOnSentence(ref: string, claims: readonly JudgedClaim[]): Verdict[] {
  return ratedWhere(claims, (c) => c.data.ref === ref);
}

function ratedWhere(claims: readonly JudgedClaim[], keep: (claim: JudgedClaim) => boolean): Verdict[] {
  return claims.flatMap((c) =>
    keep(c) && isRated(c.data.label) ? [{ claim: c.id, label: c.data.label }] : [],
  );
}
