/**
 * The content the search records are built from, read from disk after the
 * build (when Astro's content layer is no longer at hand). The integrity
 * rules have already passed by then, so parsing cannot fail here.
 */
import { entitySchema } from '../schemas/entity.ts';
import { statementSchema, type AttributionStatus } from '../schemas/entry.ts';
import { eventSchema } from '../schemas/event.ts';
import { claimSchema } from '../schemas/claim.ts';
import { useTranslations } from '../i18n/index.ts';
import { readContent } from './content-files.ts';
import type { RecordInput } from './search-records.ts';
import { withTrailingSlash } from './paths.ts';
import { parseArticle, sentenceOrder } from './source.ts';
import { typesetEvent } from './timeline.ts';

const t = useTranslations('fr');

/**
 * Who a quote is credited to, as the article's claim, and how far the record
 * bears it out: the end of its quote record, and meta of its entry page.
 */
export function quoteAttribution(speakers: string, status: AttributionStatus): string {
  return `${t('statement.speakers')} ${speakers} (${t(`attribution.${status}`)})`;
}

export function buildRecordInput(root: string, contentDir: string, base: string): RecordInput {
  const raw = readContent(root, contentDir);
  const prefix = withTrailingSlash(base);
  return {
    article: parseArticle(raw.articleText),
    statements: raw.entries
      .filter((e) => e.collection === 'statements' && e.lang === 'fr')
      .map((e) => ({ slug: e.id, data: statementSchema.parse(e.data) })),
    events: raw.events.map((e) => {
      return { id: e.id, data: typesetEvent(eventSchema.parse(e.data)) };
    }),
    entities: new Map(raw.entities.map((e) => [e.id, entitySchema.parse(e.data)])),
    // In the article's order, as the pages list them.
    claims: raw.claims
      .map((c) => ({ id: c.id, data: claimSchema.parse(c.data) }))
      .sort((a, b) => sentenceOrder(a.data.ref) - sentenceOrder(b.data.ref) || a.id.localeCompare(b.id)),
    url: (path) => `${prefix}${path}`,
    attribution: quoteAttribution,
  };
}
