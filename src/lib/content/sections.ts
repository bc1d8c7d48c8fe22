/**
 * The four analysis sections: which collection holds each and how it is told
 * apart on the page (a label always, a colour as well). Each locale names its
 * folder (src/i18n/<locale>.ts, `routes`).
 */
import { SECTION_COLLECTIONS, type SectionCollection } from '../../schemas/sections.ts';

export type { SectionCollection };

const HUES = {
  'visit-facts': 'visit',
  statements: 'statements',
  'energy-dispute': 'energy',
  commentary: 'commentary',
} as const satisfies Record<SectionCollection, string>;

export const SECTIONS = SECTION_COLLECTIONS.map((collection) => ({ collection, hue: HUES[collection] }));

export type Section = (typeof SECTIONS)[number];

export function sectionOf(collection: SectionCollection): Section {
  const section = SECTIONS.find((s) => s.collection === collection);
  if (!section) throw new Error(`Unknown collection: ${collection}`);
  return section;
}

/** A section's place in SECTIONS: the order the site lists sections in. */
export function sectionRank(collection: SectionCollection): number {
  return SECTIONS.findIndex((s) => s.collection === collection);
}
