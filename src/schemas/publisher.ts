import { z } from 'zod';

/** An address readers can open: https:// only, so no link on the site leaves it unencrypted. */
const httpsAddress = (what: string) =>
  z.url({
    protocol: /^https$/,
    error: `expected the full https:// address of ${what}, e.g. "https://example.org/…"`,
  });

/**
 * Who publishes the site and answers for it: content/publisher.yaml. Every field is shown to
 * readers (masthead, /methode/, footer, citations, structured data, the corrections feed), so
 * each must be true and known; without the file the site says that no publisher is declared.
 */
export const publisherSchema = z.strictObject({
  /** The publisher's name as it should be cited: an organisation or a person. */
  name: z.string().trim().min(2, { error: 'the name as it should be cited, e.g. "Desk of …"' }).max(120),
  /** The publisher's own web address (its home page, not this site's). */
  url: httpsAddress('the publisher’s own site'),
  /** Where readers write, in particular to report an error: an e-mail address. */
  email: z.email({ error: 'an e-mail address readers can write to, e.g. "corrections@example.org"' }),
  /** Where a correction is requested: the address of the publisher's corrections page or form. */
  corrections: httpsAddress('the corrections page or form'),
  /** Who pays for the work, in one sentence readers can check (e.g. "Self-funded; no advertising."). */
  funding: z.string().trim().min(3, { error: 'say who pays for the work, in one sentence' }).max(300),
  /**
   * The licence of the site's analysis and data, e.g. "CC BY 4.0". The article's own text is not
   * covered: it stays its author's and is quoted for analysis, which every page that names the
   * licence says.
   */
  licence: z
    .string()
    .trim()
    .min(2, { error: 'the licence of the analysis and the data, e.g. "CC BY 4.0"' })
    .max(120),
  /** Optional: the editors who answer for the analysis, by name, as they should be cited. */
  editors: z.array(z.string().trim().min(2).max(120)).min(1).optional(),
});

export type PublisherData = z.infer<typeof publisherSchema>;
