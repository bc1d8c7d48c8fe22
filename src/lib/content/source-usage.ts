/** Where each outside source is used: for the /sources/ page and for finding sources nobody cites. */
import type { Evidence } from '../../schemas/claim.ts';

export interface SourceUse {
  readonly kind: 'context' | 'date' | 'event' | 'claim' | 'omission';
  readonly title: string;
  /** Path below the base, with an anchor where the use has one. */
  readonly path: string;
}

export interface UsageInput {
  /** Where a timeline event and a claim or omission are, below the base: the edition's addresses. */
  readonly paths: { readonly timeline: (id: string) => string; readonly analysis: (id: string) => string };
  readonly entries: readonly {
    id: string;
    title: string;
    path: string;
    body: string;
    dateSource?: string | undefined;
  }[];
  readonly events: readonly { id: string; title: string; sources: readonly string[] }[];
  readonly claims: readonly { id: string; title: string; evidence: readonly Evidence[] }[];
  readonly omissions: readonly { id: string; title: string; evidence: readonly Evidence[] }[];
}

// source="id", source='id' or source={"id"}: MDX reads them all as the same string.
const CONTEXT_SOURCE =
  /<Context\b[^>]*\bsource\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)\s*\})/g;

/** The source ids of the <Context source="…"> blocks of an MDX body, in order, whatever the quoting. */
export function contextSourcesOf(body: string): string[] {
  return [...body.matchAll(CONTEXT_SOURCE)].map((m) => m.slice(1).find((v) => v !== undefined) ?? '');
}

export function sourceUsage(input: UsageInput): Map<string, SourceUse[]> {
  const usage = new Map<string, SourceUse[]>();
  const add = (source: string, use: SourceUse) => {
    const list = usage.get(source) ?? [];
    if (!list.some((u) => u.kind === use.kind && u.path === use.path)) list.push(use);
    usage.set(source, list);
  };
  for (const entry of input.entries) {
    for (const source of contextSourcesOf(entry.body)) {
      add(source, { kind: 'context', title: entry.title, path: entry.path });
    }
    if (entry.dateSource) add(entry.dateSource, { kind: 'date', title: entry.title, path: entry.path });
  }
  for (const event of input.events) {
    for (const source of event.sources)
      add(source, { kind: 'event', title: event.title, path: input.paths.timeline(event.id) });
  }
  const fromEvidence = (
    kind: 'claim' | 'omission',
    id: string,
    title: string,
    evidence: readonly Evidence[],
  ) => {
    for (const item of evidence) {
      if (item.kind === 'external') add(item.source, { kind, title, path: input.paths.analysis(id) });
    }
  };
  for (const claim of input.claims) fromEvidence('claim', claim.id, claim.title, claim.evidence);
  for (const omission of input.omissions)
    fromEvidence('omission', omission.id, omission.title, omission.evidence);
  return usage;
}
