/**
 * The outside sources an analysis entry rests on, as its page cites them: the <Context> blocks of
 * its analysis, the evidence of its claims and of its attribution. Where its date comes from is
 * a separate fact (`dateSource`), never counted among them.
 */
import type { Evidence } from '../../schemas/claim.ts';
import { contextSourcesOf } from './source-usage.ts';

export interface SourcedEntry {
  readonly slug: string;
  /** The MDX body, for its <Context source> blocks. */
  readonly body: string;
  readonly attribution?: { readonly evidence: readonly Evidence[] } | undefined;
}

const external = (evidence: readonly Evidence[]) =>
  evidence.flatMap((item) => (item.kind === 'external' ? [item.source] : []));

/** Source ids, each once, in the order the page cites them: analysis, claims, attribution. */
export function entrySources(
  entry: SourcedEntry,
  claims: readonly { readonly data: { readonly entry: string; readonly evidence: readonly Evidence[] } }[],
): string[] {
  return [
    ...new Set([
      ...contextSourcesOf(entry.body),
      ...claims.filter((c) => c.data.entry === entry.slug).flatMap((c) => external(c.data.evidence)),
      ...external(entry.attribution?.evidence ?? []),
    ]),
  ];
}
