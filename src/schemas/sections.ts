/**
 * The four analysis sections' collections, in the order the site lists them.
 * Here, below the schemas, because a context event names its section
 * (./event.ts); what the site shows of each is src/lib/content/sections.ts.
 */
export const SECTION_COLLECTIONS = ['visit-facts', 'statements', 'energy-dispute', 'commentary'] as const;

export type SectionCollection = (typeof SECTION_COLLECTIONS)[number];
