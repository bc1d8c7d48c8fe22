/**
 * Who said a statement: whom the article credits, and who the record shows
 * spoke when that differs. The article's attribution is its claim, never
 * replaced; the record's speakers are shown beside it.
 */
import type { AttributionData } from '../../schemas/entry.ts';

interface Attributed {
  readonly speakers: readonly string[];
  readonly attribution: Pick<AttributionData, 'spokenBy'>;
}

/** Who the record shows spoke: the attribution's `spokenBy`, or the article's speakers. */
export function recordedSpeakers(data: Attributed): readonly string[] {
  return data.attribution.spokenBy ?? data.speakers;
}

/** True when the record names someone other than the article does. */
export function recordDiffers(data: Attributed): boolean {
  const recorded = recordedSpeakers(data);
  return recorded.length !== data.speakers.length || recorded.some((id, i) => id !== data.speakers[i]);
}
