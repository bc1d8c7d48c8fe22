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

/**
 * A name after "à", as French contracts it: "au ministère…", "aux autorités…",
 * "à la…", "à l’…", "à Reuters". `inSentence` is the name as a sentence
 * writes it, with its article when it takes one.
 */
export function toWhom(inSentence: string): string {
  const contracted = /^(le|les) (.*)$/u.exec(inSentence);
  if (contracted) return `${contracted[1] === 'le' ? 'au' : 'aux'} ${contracted[2]}`;
  return `à ${inSentence}`;
}

/** Several names after "à", each with its own preposition: "à Mike Pompeo et à Alexandre Loukachenko". */
export function toWhomAll(names: readonly string[]): string {
  const parts = names.map(toWhom);
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
}
