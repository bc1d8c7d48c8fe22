/**
 * The four analysis sections: which collection holds each and how it is told
 * apart on the page (a label always, a colour as well). Each locale names its
 * folder (src/i18n/<locale>.ts, `routes`).
 */
export const SECTIONS = [
  { collection: 'visit-facts', hue: 'visit' },
  { collection: 'statements', hue: 'statements' },
  { collection: 'energy-dispute', hue: 'energy' },
  { collection: 'commentary', hue: 'commentary' },
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
