/**
 * One mistake, one problem. Some mistakes break several rules at once: a
 * renamed entry leaves its translation without a base, the new name without a
 * translation, and every file that names it pointing nowhere; a base file
 * with a problem makes its correct translation look out of step. Each such
 * group is said once, where the author has to act, and nothing else is blamed.
 */
import { SECTIONS } from '../sections.ts';
import type { About, Problem } from './problems.ts';

/** The problems the folding writes, listed in the catalogue beside the rules they stand for. */
export const FOLDED = [
  {
    id: 'renamed',
    refuses:
      'a file renamed alone: its translation, and the files that name it, still use the old name (said once, at the renamed file)',
  },
] as const;

type Of<K extends About['kind']> = Problem & { about: Extract<About, { kind: K }> };
const about = <K extends About['kind']>(problems: readonly Problem[], kind: K) =>
  problems.filter((p): p is Of<K> => p.about?.kind === kind);

/** The kind of id each collection's files give, as references name it. */
function idKind(collection: string): 'entry' | 'entity' | 'source' | undefined {
  if (collection === 'entities') return 'entity';
  if (collection === 'sources') return 'source';
  return SECTIONS.some((s) => s.collection === collection) ? 'entry' : undefined;
}

const extensionOf = (file: string) => /\.[a-z]+$/.exec(file)?.[0] ?? '';
const where = (p: Problem) => `${p.file} (${p.field})`;

/** A file renamed without its translation and the files that name it: one problem, at the renamed file. */
function renames(problems: Problem[]): Problem[] {
  const missing = about(problems, 'missing-twin');
  const orphans = about(problems, 'orphan-twin');
  const unknown = about(problems, 'unknown-id');
  const out = [...problems];
  for (const collection of new Set(missing.map((p) => p.about.collection))) {
    const added = missing.filter((p) => p.about.collection === collection);
    const left = orphans.filter((p) => p.about.collection === collection);
    // Only one file gone and one new in the collection: read as a rename; more is guesswork.
    if (added.length !== 1 || left.length !== 1) continue;
    const [now, was] = [added[0], left[0]];
    if (!now || !was) continue;
    const naming = unknown.filter((p) => p.about.id === was.about.id && p.about.of === idKind(collection));
    const ext = extensionOf(now.about.base);
    const refs = naming.map(where);
    const renamed: Problem = {
      file: now.about.base,
      field: '(file name)',
      rule: FOLDED[0].id,
      message: `renamed from "${was.about.id}"? ${[was.file, ...refs].join(', ')} still name${refs.length > 0 ? '' : 's'} "${was.about.id}"`,
      fix: `rename it back to ${was.about.id}${ext}; or, to keep the new name, rename ${was.file} to ${now.about.id}${ext}${refs.length > 0 ? ` and write "${now.about.id}" for "${was.about.id}" in ${refs.join(', ')}` : ''}`,
    };
    const folded = new Set<Problem>([now, was, ...naming]);
    out.splice(out.indexOf(now), 1, renamed);
    for (const p of folded) if (p !== now && out.includes(p)) out.splice(out.indexOf(p), 1);
  }
  return out;
}

/** Several files naming one missing id: one problem, at the first, listing the others. */
function unknownOnce(problems: Problem[]): Problem[] {
  const first = new Map<string, Problem>();
  const others = new Map<string, Problem[]>();
  const out: Problem[] = [];
  for (const p of problems) {
    if (p.about?.kind !== 'unknown-id') {
      out.push(p);
      continue;
    }
    const key = `${p.about.of}/${p.about.id}`;
    if (first.has(key)) others.get(key)?.push(p);
    else {
      first.set(key, p);
      others.set(key, []);
      out.push(p);
    }
  }
  return out.map((p) => {
    const key = p.about?.kind === 'unknown-id' ? `${p.about.of}/${p.about.id}` : '';
    const also = first.get(key) === p ? (others.get(key) ?? []) : [];
    return also.length === 0
      ? p
      : { ...p, message: `${p.message} (also named by ${also.map(where).join(', ')})` };
  });
}

export interface Folded {
  readonly problems: Problem[];
  /** What is left unchecked until a problem is fixed. */
  readonly notes: string[];
}

/** The problems with each group of follow-on problems said once. */
export function foldProblems(problems: readonly Problem[]): Folded {
  const blamed = new Set(problems.filter((p) => p.about?.kind !== 'twin-of').map((p) => p.file));
  // A translation is compared with its base file once the base file is right.
  const waiting = about(problems, 'twin-of').filter((p) => blamed.has(p.about.base));
  const notes = [
    ...new Set(
      waiting.map((p) => `${p.file} is compared with ${p.about.base} once that file's problems are fixed.`),
    ),
  ];
  const kept = problems.filter((p) => !waiting.includes(p as Of<'twin-of'>));
  return { problems: unknownOnce(renames(kept)), notes };
}
