/**
 * An entry's headline as every title shows it (the page's <title> and og:title, the timeline, the
 * exports): an entry whose words are judged false or misleading never goes out under those words
 * alone, its verdict comes first ("Faux : …", "Misleading: …").
 *
 * The rule, when an entry carries several claims: the most severe of its verdicts that are
 * false or misleading leads, wrong before misleading. Every claim an entry carries judges words
 * of that entry, so any of them being false or misleading is what a reader must meet first. The
 * other verdicts (exact, imprecise, unverifiable) leave the headline as it is; the page shows
 * every verdict beside it.
 */
import { fill, useTranslations, type Locale } from '../../i18n/index.ts';
import { verdictsOf, type JudgedClaim } from './verdicts.ts';

/** The verdicts that go into a headline, most severe first. */
export const HEADLINE_VERDICTS = ['wrong', 'misleading'] as const;
export type HeadlineVerdict = (typeof HEADLINE_VERDICTS)[number];

/** The verdict an entry's headline carries, or undefined when none of its claims is false or misleading. */
export function headlineVerdict(
  entryId: string,
  claims: readonly JudgedClaim[],
): HeadlineVerdict | undefined {
  const labels = new Set<string>(verdictsOf(entryId, claims).map((v) => v.label));
  return HEADLINE_VERDICTS.find((label) => labels.has(label));
}

/** The entry's title with its verdict before it, in the locale's words; the title alone otherwise. */
export function headlineWithVerdict(
  entry: { readonly slug: string; readonly title: string },
  claims: readonly JudgedClaim[],
  locale: Locale,
): string {
  const verdict = headlineVerdict(entry.slug, claims);
  return verdict ? fill(useTranslations(locale)(`headline.${verdict}`), { title: entry.title }) : entry.title;
}
