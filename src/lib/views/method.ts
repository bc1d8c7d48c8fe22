/** The method page (/methode/): how many claims each label rates, with one example and their links. */
import { CLAIM_LABELS } from '../../schemas/claim.ts';
import { href } from '../../urls.ts';
import type { PageData } from './page.ts';

export function methodView<R>(page: PageData<R>) {
  const { locale, article } = page;
  const { changes, claims, sources } = page.edition;
  return {
    paragraphs: article.paragraphs.length,
    sentences: article.sentences.length,
    claims: claims.length,
    sources: sources.size,
    labels: CLAIM_LABELS.map((label) => {
      const rated = claims.filter((c) => c.data.label === label);
      const example = rated[0];
      return {
        label,
        count: rated.length,
        href: href(locale, 'analysis', `${label}/`),
        example: example && { ...example.data, href: href(locale, 'analysis', `#${example.id}`) },
      };
    }),
    changes,
  };
}
