import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { checkContent } from '../../src/lib/integrity.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { fixtureContent, removeTempDirs } from '../support/temp-content.ts';

afterAll(removeTempDirs);

/** The valid fixture with one broken case laid over it, checked as the build checks it. */
function checkCase(name?: string) {
  const { root, content } = fixtureContent(name);
  return checkContent(readContent(root, content)).problems;
}

describe('the content rules', () => {
  it('accept the valid fixture', () => {
    expect(checkCase()).toEqual([]);
  });

  it('accept the real content of the site', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const problems = checkContent(readContent(root)).problems;
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  // Each broken fixture must fail with a message naming its file and field, and a fix.
  it.each([
    [
      'missing-field',
      'content/visit-facts/fr/legende.mdx',
      'title',
      /missing required field/,
      /add "title:"/,
    ],
    [
      'wrong-type',
      'content/visit-facts/fr/legende.mdx',
      'covers',
      /expected array/,
      /src\/schemas\/entry.ts/,
    ],
    [
      'unknown-field',
      'content/visit-facts/fr/legende.mdx',
      'sentences',
      /unknown field/,
      /correct its spelling/,
    ],
    ['invalid-date', 'content/visit-facts/fr/legende.mdx', 'date', /not a real ISO date/, /entry.ts/],
    ['unquoted-date', 'content/visit-facts/fr/legende.mdx', 'date', /in quotes/, /entry.ts/],
    [
      'precision-mismatch',
      'content/visit-facts/fr/legende.mdx',
      'datePrecision',
      /does not match/,
      /entry.ts/,
    ],
    [
      'quote-not-verbatim',
      'content/statements/fr/bonjour.mdx',
      'quote.text',
      /not found verbatim in §2.1/,
      /copy the words exactly/,
    ],
    [
      'excerpt-not-verbatim',
      'content/commentary/fr/avis.mdx',
      'covers[0].text',
      /not found verbatim in §2.2/,
      /Il est reparti le soir/,
    ],
    [
      'unknown-speaker',
      'content/statements/fr/bonjour.mdx',
      'speakers[1]',
      /no entity "lavrov"/,
      /content\/entities\/lavrov.yaml/,
    ],
    [
      'unknown-entity',
      'content/visit-facts/fr/legende.mdx',
      'entities[1]',
      /no entity "moscou"/,
      /content\/entities/,
    ],
    [
      'unknown-sentence',
      'content/visit-facts/fr/legende.mdx',
      'covers[2].ref',
      /§3.1 is not a sentence/,
      /listed on \/source\//,
    ],
    [
      'uncovered-sentence',
      'content/source/article.fr.txt',
      '§1.2',
      /no entry covers §1.2/,
      /add \{ ref: "§1.2" \}/,
    ],
    [
      'duplicate-id',
      'content/commentary/fr/legende.mdx',
      '(id)',
      /already used by content\/visit-facts\/fr\/legende.mdx/,
      /rename/,
    ],
    [
      'unknown-context-source',
      'content/energy-dispute/fr/depart.mdx',
      '(body) <Context source>',
      /no source "reuters"/,
      /content\/sources/,
    ],
    [
      'unknown-date-source',
      'content/energy-dispute/fr/depart.mdx',
      'dateSource',
      /no source "afp"/,
      /content\/sources/,
    ],
    [
      'direct-without-quote',
      'content/statements/fr/bonjour.mdx',
      'quote',
      /direct statement needs its quote/,
      /entry.ts/,
    ],
    [
      'guillemets-dropped',
      'content/source/article.fr.txt',
      '§2.1',
      /« bonjour Minsk » is not kept/,
      /quote it verbatim/,
    ],
    [
      'bad-entity',
      'content/entities/minsk.yaml',
      'kind',
      /expected one of: person, place, institution, media/,
      /entity.ts/,
    ],
    ['bad-source', 'content/sources/agence.yaml', 'url', /full address/, /source.ts/],
    [
      'event-without-source',
      'content/events/fr/veille.yaml',
      'sources',
      /missing required field/,
      /add "sources:" \(list the sources of this event/,
    ],
    ['event-invalid-date', 'content/events/fr/veille.yaml', 'date', /not a real ISO date/, /event.ts/],
    [
      'event-unknown-entry',
      'content/events/fr/veille.yaml',
      'entries[0]',
      /no entry "la-veille-au-soir"/,
      /content\/<section>\/fr/,
    ],
    [
      'claim-unknown-source',
      'content/claims/fr/c01.yaml',
      'evidence[0].source',
      /no source "tass"/,
      /content\/sources/,
    ],
    [
      'claim-unknown-ref',
      'content/claims/fr/c01.yaml',
      'ref',
      /§7.1 is not a sentence/,
      /listed on \/source\//,
    ],
    [
      'claim-bad-label',
      'content/claims/fr/c01.yaml',
      'label',
      /expected one of: exact, imprecise/,
      /claim.ts/,
    ],
    [
      'claim-without-evidence',
      'content/claims/fr/c01.yaml',
      'evidence',
      /a rated claim needs evidence/,
      /claim.ts/,
    ],
    [
      'claim-opinion-rated',
      'content/claims/fr/c02.yaml',
      'label',
      /an opinion is labelled "opinion"/,
      /claim.ts/,
    ],
    [
      'claim-span-not-verbatim',
      'content/claims/fr/c01.yaml',
      'span',
      /not found verbatim in §2.1/,
      /copy the words exactly/,
    ],
    [
      'claim-unknown-entry',
      'content/claims/fr/c01.yaml',
      'entry',
      /no entry "salut"/,
      /content\/<section>\/fr/,
    ],
    ['claim-too-long', 'content/claims/fr/c01.yaml', 'claim', /under 75 characters/, /claim.ts/],
    [
      'omission-without-evidence',
      'content/omissions/fr/oubli.yaml',
      'evidence',
      /needs evidence/,
      /claim.ts/,
    ],
    [
      'attribution-missing',
      'content/statements/fr/bonjour.mdx',
      'attribution',
      /missing required field/,
      /add "attribution:"/,
    ],
    [
      'attribution-unknown-speaker',
      'content/statements/fr/bonjour.mdx',
      'attribution.spokenBy[0]',
      /no entity "lavrov"/,
      /content\/entities\/lavrov.yaml/,
    ],
    [
      'date-without-source',
      'content/visit-facts/fr/legende.mdx',
      'date',
      /no sentence it covers \(§1.1, §1.2\) states "2019-12-31", and it names no dateSource/,
      /add "dateSource:" with the id of a source in content\/sources\/.*or date it "2020-02-01" \(the article's own date\)/,
    ],
    [
      'conclusion-other-verdict',
      'content/claims/fr/c01.yaml',
      'conclusion',
      /opens with "En partie vérifié", a verdict of "imprecise", but the claim is labelled "unverifiable"/,
      /open the conclusion with the verdict of its label \("unverifiable"\)/,
    ],
    [
      'departure-uncited',
      'content/claims/fr/c02.yaml',
      'departsFrom',
      /departs from "agence" but its evidence does not cite it/,
      /add \{ kind: external, source: agence, note \} to evidence/,
    ],
    [
      'translation-unmarked',
      'content/claims/fr/c01.yaml',
      'conclusion',
      /« salué chaleureusement » is neither the article's words nor the source's own/,
      /write \(trad\. du site\) right after the closing guillemet/,
    ],
  ])('reject %s', (name, file, field, message, fix) => {
    const problems = checkCase(name);
    const problem = problems.find((p) => p.file === file && p.field === field);
    expect(problem, formatProblems(problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
    expect(problem?.fix).toMatch(fix);
  });

  it('report every problem at once, each with its file, field and fix', () => {
    const text = formatProblems(checkCase('unknown-speaker'));
    expect(text).toContain('✗ content/statements/fr/bonjour.mdx');
    expect(text).toContain('field: speakers[1]');
    expect(text).toContain('fix: use an id from content/entities/');
  });
});
