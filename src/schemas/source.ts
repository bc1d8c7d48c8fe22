import { z } from 'zod';
import { isoDate } from './common.ts';

/** A publication outside the article, cited for context. Only addresses from the research dossier. */
export const sourceSchema = z.strictObject({
  /** The publisher or agency, e.g. "AFP" or "Reuters". */
  publication: z.string().min(2),
  /** The title of the piece as published; left out when it was not recorded, never made up. */
  title: z.string().min(3).optional(),
  /** Publication date, when known. */
  date: isoDate.optional(),
  /** The address where it was read. */
  url: z.url({ error: 'expected a full address (https://…)' }),
  /** The language of the piece (BCP 47), so the link can say it. */
  lang: z.string().regex(/^[a-z]{2}$/, { error: 'a two-letter language code, e.g. "en"' }),
});

export type SourceData = z.infer<typeof sourceSchema>;
