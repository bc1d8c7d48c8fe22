import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/article.ts';
import { countByLabel, lastUpdated, sortChanges } from '../../src/lib/content/transparency.ts';
import { checkChanges, checkFindings, checkSourceMatches } from '../../src/lib/content/rules/transparency.ts';
import { claimReview } from '../../src/lib/site/structured-data.ts';
import { claimSchema } from '../../src/schemas/claim.ts';
import { changeSchema, findingSchema, sourceMatchSchema } from '../../src/schemas/transparency.ts';

const content = new URL('../../content/', import.meta.url).pathname;
const article = parseArticle(readFileSync(join(content, 'article/article.fr.txt'), 'utf8'));
const yamlFiles = (folder: string) =>
  readdirSync(join(content, folder)).map((name) => ({
    file: `content/${folder}/${name}`,
    id: name.replace(/\.yaml$/, ''),
    raw: parseYaml(readFileSync(join(content, folder, name), 'utf8')),
  }));

const change = (id: string, date: string, affects: string[] = []) => ({
  id,
  data: changeSchema.parse({ date, kind: 'addition', text: 'Un changement de dix lettres.', affects }),
});

describe('last updated', () => {
  const changes = [
    change('a', '2026-01-01'),
    change('b', '2026-03-01', ['c04']),
    change('c', '2026-02-01', ['c05']),
  ];

  it('is the latest change to the whole site or to what the page shows', () => {
    expect(lastUpdated(changes, ['premier-secretaire-d-etat', 'c04'])).toBe('2026-03-01');
    expect(lastUpdated(changes, ['c05'])).toBe('2026-02-01');
    expect(lastUpdated(changes, ['autre'])).toBe('2026-01-01');
    expect(lastUpdated(changes, 'everything')).toBe('2026-03-01');
  });

  it('is unknown without a changelog', () => {
    expect(lastUpdated([], 'everything')).toBeUndefined();
  });

  it('lists the newest change first', () => {
    expect(sortChanges(changes).map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('changes and findings', () => {
  it('refuse a change dated to the month, and a finding with two kinds of evidence', () => {
    expect(
      changeSchema.safeParse({ date: '2026-11', kind: 'addition', text: 'Dix lettres et plus.' }).success,
    ).toBe(false);
    expect(
      findingSchema.safeParse({
        order: 1,
        text: 'Une constatation de plus de dix lettres.',
        claim: 'c04',
        page: 'provenance',
      }).success,
    ).toBe(false);
  });

  it('name the file and field of an unknown id', () => {
    const problems = checkChanges(
      [{ file: 'x.yaml', data: change('x', '2026-01-01', ['nulle-part']).data }],
      new Set(['c04']),
    );
    expect(problems).toEqual([expect.objectContaining({ file: 'x.yaml', field: 'affects[0]' })]);
    const finding = findingSchema.parse({
      order: 1,
      text: 'Une constatation de plus de dix lettres.',
      claim: 'c99',
    });
    expect(checkFindings([{ file: 'f.yaml', data: finding }], new Set(['c04']), new Set())).toEqual([
      expect.objectContaining({ file: 'f.yaml', field: 'claim' }),
    ]);
  });

  it('counts the claims of each label in the order of the scale', () => {
    const claims = [
      { data: { label: 'wrong' } },
      { data: { label: 'exact' } },
      { data: { label: 'wrong' } },
    ] as const;
    expect(countByLabel(['exact', 'wrong', 'opinion'], claims)).toEqual([
      { label: 'exact', count: 1 },
      { label: 'wrong', count: 2 },
      { label: 'opinion', count: 0 },
    ]);
  });
});

describe('the article against its English near-source', () => {
  const matches = yamlFiles('provenance/fr').map((f) => ({
    file: f.file,
    data: sourceMatchSchema.parse(f.raw),
  }));
  const sourceIds = new Set(readdirSync(join(content, 'sources')).map((n) => n.replace(/\.yaml$/, '')));

  it('marks only words found verbatim on both sides', () => {
    expect(matches.length).toBeGreaterThan(0);
    expect(checkSourceMatches(matches, article, sourceIds)).toEqual([]);
  });

  it('refuses French words the article does not have, naming the file and the fix', () => {
    const [first] = matches;
    if (!first) throw new Error('no match in content/provenance/fr/');
    const broken = {
      file: first.file,
      data: {
        ...first.data,
        changes: [{ en: first.data.english.slice(0, 12), fr: 'anéantir', note: 'inventé' }],
      },
    };
    expect(checkSourceMatches([broken], article, sourceIds)).toEqual([
      expect.objectContaining({
        file: first.file,
        field: 'changes[0].fr',
        fix: expect.stringContaining('copy the words exactly'),
      }),
    ]);
  });

  it('refuses a sentence the article does not have', () => {
    const [first] = matches;
    if (!first) throw new Error('no match in content/provenance/fr/');
    const broken = { file: first.file, data: { ...first.data, refs: ['§40.1'] } };
    expect(checkSourceMatches([broken], article, sourceIds).map((p) => p.field)).toContain('refs[0]');
  });
});

describe('the publisher in structured data', () => {
  const claim = {
    id: 'c04',
    data: claimSchema.parse({
      ref: '§2.1',
      type: 'fact',
      label: 'wrong',
      entry: 'premier',
      claim: 'Pompeo est le premier à venir',
      conclusion: 'Faux : James Baker est venu en 1991, selon la source.',
      evidence: [{ kind: 'internal', refs: ['§3.1'], note: 'L’article se contredit.' }],
    }),
  };
  const site = { name: 'Minsk, 1er février 2020', absolute: (path: string) => `https://example.org/${path}` };

  it('names the declared publisher as the review’s author and publisher, and nobody when none is declared', () => {
    const options = { labelText: 'Faux', pagePath: 'visite/premier/', lang: 'fr' };
    const publisher = { name: 'Éditions X', url: 'https://editions-x.example/' };
    const declared = claimReview(claim, { ...options, site: { ...site, publisher } });
    expect(declared?.['author']).toEqual({ '@type': 'Organization', ...publisher });
    expect(declared?.['publisher']).toEqual({ '@type': 'Organization', ...publisher });
    const undeclared = claimReview(claim, { ...options, site });
    expect(undeclared?.['author']).toBeUndefined();
    expect(undeclared?.['publisher']).toBeUndefined();
  });
});
