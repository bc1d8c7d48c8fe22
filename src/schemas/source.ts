import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/** A publication outside the article, cited for context. Only addresses from the research dossier. */
export const sourceSchema = z
  .strictObject({
    /**
     * The publisher or agency whose work it is, e.g. "AFP" or "Reuters": the
     * original, not the site where a copy was read (that is `republishedBy`).
     */
    publication: z.string().min(2),
    /**
     * The site where the copy was read, when it is not the publication's own: a
     * newspaper carrying a wire, a mirror, a scraper. Readers see
     * "AFP, republié par Yahoo", so a copy is never taken for the original.
     */
    republishedBy: z.string().min(2).optional(),
    /** The title of the piece as published; left out when it was not recorded, never made up. */
    title: z.string().min(3).max(300).optional(),
    /** Publication date, when known. */
    date: isoDate.optional(),
    /** The address where it was read: https://, or http:// with an `httpReason`. */
    url: z.url({
      protocol: /^https?$/,
      error:
        'expected a full https:// address (an http:// one needs an httpReason; javascript: and data: are never accepted)',
    }),
    /**
     * Why the address is http:// rather than https:// (e.g. the address recorded
     * has no https version known); shown to readers beside the link.
     */
    httpReason: z.string().min(10).max(200).optional(),
    /** The language of the piece (BCP 47), so the link can say it. */
    lang: z.string().regex(/^[a-z]{2}$/, { error: 'a two-letter language code, e.g. "en"' }),
  })
  .superRefine((data, ctx) => {
    if (data.url.startsWith('http:') && !data.httpReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message:
          'an http:// address is not encrypted: use the https:// address, or say why there is none in httpReason',
      });
    }
    if (data.httpReason && !data.url.startsWith('http:')) {
      ctx.addIssue({
        code: 'custom',
        path: ['httpReason'],
        message: 'httpReason is only for an http:// address',
      });
    }
  });

export type SourceData = z.infer<typeof sourceSchema>;
