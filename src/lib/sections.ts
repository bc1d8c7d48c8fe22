/**
 * The four analysis sections: which collection holds each, its route and how
 * it is told apart on the page (a label always, a colour as well).
 */
export const SECTIONS = [
  { collection: 'visit-facts', slug: 'visite', hue: 'visit' },
  { collection: 'statements', slug: 'declarations', hue: 'statements' },
  { collection: 'energy-dispute', slug: 'energie', hue: 'energy' },
  { collection: 'commentary', slug: 'commentaire', hue: 'commentary' },
] as const;

export type Section = (typeof SECTIONS)[number];
export type SectionCollection = Section['collection'];

export function sectionOf(collection: SectionCollection): Section {
  const section = SECTIONS.find((s) => s.collection === collection);
  if (!section) throw new Error(`Unknown collection: ${collection}`);
  return section;
}

/** A section's place in SECTIONS: the order the site lists sections in. */
export function sectionRank(collection: SectionCollection): number {
  return SECTIONS.findIndex((s) => s.collection === collection);
}

export function sectionBySlug(slug: string): Section | undefined {
  return SECTIONS.find((s) => s.slug === slug);
}
