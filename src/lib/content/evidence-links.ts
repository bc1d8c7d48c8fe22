/**
 * The site's verdict on the article names its evidence inline, as "[words](id)": the id of a
 * claim or an omission (content/claims/, content/omissions/), or "provenance" for the page on
 * where the article comes from. Parsed here into runs of text and links, for the rule book
 * (every id must name something) and for the front page (each link leads to its evidence).
 */
export interface EvidenceRun {
  readonly text: string;
  /** The id the words link to; none for plain text. */
  readonly evidence?: string;
}

const LINK = /\[([^[\]\n]+)\]\(([^()\s]+)\)/g;

/** The text as runs: plain text, and the words of each link with the id they name. */
export function evidenceRuns(text: string): EvidenceRun[] {
  const runs: EvidenceRun[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, words = '', id = ''] = match;
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: words, evidence: id });
    at = match.index + whole.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** What a reader reads: the text without the links' markup (for a description or a search record). */
export function evidencePlainText(text: string): string {
  return evidenceRuns(text)
    .map((run) => run.text)
    .join('');
}

/**
 * What is wrong with the links of a text, as messages: a bracket or parenthesis left over from a
 * link written wrong, or an id that names nothing (`known` says which ids exist).
 */
export function evidenceLinkProblems(text: string, known: (id: string) => boolean): string[] {
  const runs = evidenceRuns(text);
  const problems = runs
    .filter((run) => run.evidence !== undefined && !known(run.evidence))
    .map((run) => `"[${run.text}](${run.evidence ?? ''})" names no claim, omission or page`);
  const leftover = runs.filter((run) => run.evidence === undefined).find((run) => /\[|\]\(/.test(run.text));
  if (leftover)
    problems.push(
      `a link is written wrong near "${leftover.text.trim().slice(0, 40)}": write [the words](id), the id of a claim (c04), an omission or "provenance"`,
    );
  if (!runs.some((run) => run.evidence !== undefined))
    problems.push('the verdict links to none of its evidence: mark the words with [the words](id)');
  return problems;
}
