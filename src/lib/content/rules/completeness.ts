/**
 * Rules that look at a collection as a whole: the claims are numbered as the
 * research numbers them, without a gap, and every source is cited somewhere.
 */
import { eventSchema } from '../../../schemas/event.ts';
import { omissionSchema } from '../../../schemas/claim.ts';
import { sourceUsage } from '../source-usage.ts';
import type { RuleContext } from './context.ts';
import type { Problem } from './problems.ts';

const CLAIM_ID = /^c(\d+)$/;

/** The research numbers its claims C1, C2…; a file per number, c01, c02…, none skipped. */
export function claimNumbering({ raw }: RuleContext): Problem[] {
  const numbered = raw.claims.map((f) => ({ file: f.file, n: Number(CLAIM_ID.exec(f.id)?.[1] ?? NaN) }));
  const folder = raw.claims[0]?.file.replace(/[^/]+$/, '') ?? 'content/claims/fr/';
  const unnumbered = numbered.filter((c) => Number.isNaN(c.n));
  const numbers = new Set(numbered.map((c) => c.n));
  const highest = Math.max(0, ...numbers.values().filter((n) => !Number.isNaN(n)));
  const width = Math.max(2, String(highest).length);
  const name = (n: number) => `c${String(n).padStart(width, '0')}`;
  return [
    ...unnumbered.map((c): Problem => ({
      file: c.file,
      field: '(file name)',
      message: 'a claim file is named c and its number, as the research numbers its claims',
      fix: `rename it ${name(highest + 1)}.yaml (the next number), and its twin in every language`,
    })),
    ...Array.from({ length: highest }, (_, i) => i + 1)
      .filter((n) => !numbers.has(n))
      .map((n): Problem => ({
        file: `${folder}${name(n)}.yaml`,
        field: '(file)',
        message: `missing: the claims are numbered ${name(1)} to ${name(highest)}, and ${name(n)} is not there`,
        fix: `write ${name(n)}.yaml, or renumber the claims after it so that none is skipped`,
      })),
  ];
}

/** Every file of content/sources/ is cited by an entry, an event, a claim or an omission. */
export function sourcesCited({ raw, entries, claims, dropped }: RuleContext): Problem[] {
  const events = raw.events.map((f) => eventSchema.safeParse(f.data));
  const omissions = raw.omissions.map((f) => omissionSchema.safeParse(f.data));
  // A file left out for its own problems may be the one citing a source: said once it is fixed.
  if (dropped.length > 0 || [...events, ...omissions].some((r) => !r.success)) return [];
  const none = { timeline: (id: string) => id, analysis: (id: string) => id };
  const usage = sourceUsage({
    paths: none,
    entries: entries.map(({ raw: e, data }) => ({
      id: e.id,
      title: e.id,
      path: e.id,
      body: e.body,
      dateSource: data.dateSource,
    })),
    events: events.flatMap((r, i) =>
      r.success ? [{ id: raw.events[i]?.id ?? '', title: '', sources: r.data.sources }] : [],
    ),
    claims: claims.map(({ raw: c, data }) => ({ id: c.id, title: '', evidence: data.evidence })),
    omissions: omissions.flatMap((r, i) =>
      r.success ? [{ id: raw.omissions[i]?.id ?? '', title: '', evidence: r.data.evidence }] : [],
    ),
  });
  return raw.sources
    .filter((source) => !usage.has(source.id))
    .map((source) => ({
      file: source.file,
      field: '(file)',
      message: `no page cites the source "${source.id}"`,
      fix: `cite it where the site uses it (<Context source="${source.id}"> in an entry, dateSource, an event's sources, a claim's or omission's evidence), or remove the file`,
    }));
}
