/**
 * The front page: the site's verdict on the article with its description, the verdict counts,
 * the findings with where their evidence is, the quotes and the featured entries.
 */
import { href } from '../../urls.ts';
import { isStatement } from '../content/entries.ts';
import { evidencePlainText } from '../content/evidence-links.ts';
import { countByLabel } from '../content/transparency.ts';
import { CLAIM_LABELS, type ClaimLabel } from '../../schemas/claim.ts';
import type { PageData } from './page.ts';

export function homeView<R>(page: PageData<R>) {
  const { locale } = page;
  const { claims, entries, findings, omissions, verdict } = page.edition;
  const claimLabel = new Map(claims.map((c) => [c.id, c.data.label]));
  const omissionIds = new Set(omissions.map((o) => o.id));
  /** Where a finding's evidence is, and the verdict to show beside it when it is a claim's. */
  const evidenceOf = (f: (typeof findings)[number]['data']): { href: string; label?: ClaimLabel } => {
    const label = f.claim === undefined ? undefined : claimLabel.get(f.claim);
    if (f.claim) return { href: href(locale, 'analysis', `#${f.claim}`), ...(label && { label }) };
    if (f.omission && omissionIds.has(f.omission))
      return { href: href(locale, 'analysis', `#${f.omission}`) };
    return { href: href(locale, f.page ?? 'home') };
  };
  return {
    verdict,
    /** The page's description, for search engines and shared links: the verdict, as read. */
    description: verdict && evidencePlainText(verdict.text),
    // Without a verdict, where the article comes from leads the story: the findings on provenance.
    origin: verdict ? [] : findings.filter((f) => f.data.page === 'provenance'),
    claimCount: claims.length,
    counts: countByLabel(CLAIM_LABELS, claims).filter((c) => c.count > 0),
    findings: findings.map((f) => ({ text: f.data.text, ...evidenceOf(f.data) })),
    quotes: entries
      .filter(isStatement)
      .flatMap((e) => (e.data.quote ? [{ entry: e, quote: e.data.quote }] : [])),
    featured: entries.filter((e) => e.data.featured && !isStatement(e)),
  };
}
