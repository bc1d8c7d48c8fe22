/**
 * What every content rule reads, and what a rule is: the types shared by the
 * rule book (./integrity.ts) and the modules its rules live in, kept apart so
 * that no rule module imports the book that lists it.
 */
import type { z } from 'astro/zod';
import type { entrySchema, StatementData } from '../../../schemas/entry.ts';
import type { ClaimData } from '../../../schemas/claim.ts';
import type { Locale } from '../../../i18n/index.ts';
import type { Article } from '../../article/article.ts';
import type { RawContent, RawEntry, RawFile } from '../files.ts';
import type { SiteMap } from './body.ts';
import type { Problem } from './problems.ts';

/** An entry whose fields passed their schema, with the raw file it came from. */
export interface ParsedEntry {
  readonly raw: RawEntry;
  readonly data: z.infer<typeof entrySchema> & Partial<StatementData>;
}

export interface ParsedClaim {
  readonly raw: RawFile;
  readonly data: ClaimData;
}

/** What every rule reads: the content as parsed, and the ids that exist. */
export interface RuleContext {
  readonly raw: RawContent;
  readonly article: Article;
  /** Entries whose fields are valid; the others are in `dropped`. */
  readonly entries: readonly ParsedEntry[];
  /** Claims whose fields are valid; the others are in `dropped`. */
  readonly claims: readonly ParsedClaim[];
  /** Files left out because their fields or encoding are wrong. */
  readonly dropped: readonly RawFile[];
  readonly entityIds: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
  /** lang/id of every entry read, valid or not, and its file. */
  readonly entryFiles: ReadonlyMap<string, string>;
  /** What the base edition's bodies may link to. */
  readonly site: SiteMap;
  /** What a body of another edition may link to. */
  readonly siteOf: (locale: Locale) => SiteMap;
}

/** A content rule: reads the context, returns what is wrong. */
export type Rule = (context: RuleContext) => Problem[];

/**
 * A rule as the rule book lists it: an id that names it in messages and in
 * docs/rules.md, what it refuses, and the check itself.
 */
export interface RuleEntry {
  readonly id: string;
  /** What the rule refuses, in one sentence, for the catalogue. */
  readonly refuses: string;
  readonly check: Rule;
}

/** Entry ids from the lang/id keys of the entries checked so far. */
export function entryIdsOf(entryFiles: ReadonlyMap<string, string>): Set<string | undefined> {
  return new Set([...entryFiles.keys()].map((key) => key.split('/')[1]));
}
