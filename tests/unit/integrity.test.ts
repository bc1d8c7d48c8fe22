import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleProblems } from '../../src/lib/article/guard.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/rules/integrity.ts';
import { formatProblems } from '../../src/lib/content/rules/problems.ts';
import { missingStrings } from '../../src/lib/content/rules/locale-tables.ts';
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
      'content/article/article.fr.txt',
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
      '(body, line 10) <Context source>',
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
      'content/article/article.fr.txt',
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
    ['bad-source', 'content/sources/agence.yaml', 'url', /full https:\/\/ address/, /source.ts/],
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
      'source-javascript-url',
      'content/sources/agence.yaml',
      'url',
      /expected a full https:\/\/ address .*javascript: and data: are never accepted/,
      /source.ts/,
    ],
    [
      'source-data-url',
      'content/sources/agence.yaml',
      'url',
      /expected a full https:\/\/ address/,
      /source.ts/,
    ],
    [
      'source-http-without-reason',
      'content/sources/agence.yaml',
      'url',
      /an http:\/\/ address is not encrypted: use the https:\/\/ address, or say why there is none in httpReason/,
      /source.ts/,
    ],
    [
      'unsafe-value-anywhere',
      'content/entities/pompeo.yaml',
      'role',
      /"javascript:alert\(1\)" is an address that runs code/,
      /remove it/,
    ],
    [
      'body-script',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /raw <script> is not allowed/,
      /prose and <Context> blocks only/,
    ],
    [
      'body-event-handler',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /the event-handler attribute onerror is not allowed/,
      /runs no script/,
    ],
    [
      'body-javascript-link',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /the link "javascript:alert\(1\)" uses a scheme that runs code/,
      /link to a page of the site/,
    ],
    [
      'body-import',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 11)',
      /an MDX "import" statement runs code when the site is built/,
      /provided by the entry page/,
    ],
    [
      'body-broken-link',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /the link \/declarations\/nexiste-pas\/ leads nowhere: no entry "nexiste-pas" in \/declarations\//,
      /link to an existing page/,
    ],
    [
      'body-broken-anchor',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /the link \/source\/#s99-1 leads nowhere: #s99-1 is not a sentence of the article/,
      /link to an existing page/,
    ],
    [
      'body-external-link',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /a link to another site in the body: https:\/\/example.org\/depeche/,
      /cite it as a source/,
    ],
    [
      'body-reference-link',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 15)',
      /a link definition to another site in the body: https:\/\/example.com\/depeche/,
      /cite it as a source/,
    ],
    [
      'body-expression',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /\{sic\} in the prose is read by MDX as code to run, not as words/,
      /write \\\{sic\\\}; to mark the article's own wording, write \[sic\]/,
    ],
    [
      'body-unknown-sentence',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 11)',
      /§9.9 is not a sentence of the article/,
      /listed on \/source\//,
    ],
    [
      'context-single-quotes',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 11) <Context source>',
      /no source "reuters"/,
      /content\/sources/,
    ],
    [
      'context-without-source',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 11) <Context source>',
      /<Context> without a source/,
      /write <Context source="id">/,
    ],
    [
      'unknown-component',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /unknown component <Aside>/,
      /components that exist: <Context>/,
    ],
    ['title-too-long', 'content/visit-facts/fr/legende.mdx', 'title', /at most 120 characters/, /entry.ts/],
    [
      'summary-too-long',
      'content/visit-facts/fr/legende.mdx',
      'summary',
      /at most 200 characters/,
      /entry.ts/,
    ],
    [
      'yml-entity',
      'content/entities/lavrov.yml',
      '(file name)',
      /the site reads only .yaml files here, so this file would be ignored/,
      /rename it to lavrov.yaml/,
    ],
    [
      'misnamed-file',
      'content/visit-facts/fr/Légende Bis.mdx',
      '(file name)',
      /"Légende Bis" is not an id/,
      /rename it to legende-bis.mdx/,
    ],
    [
      'unpublished-language',
      'content/statements/de/',
      '(language)',
      /the site does not publish a "de" edition yet/,
      /add src\/i18n\/de.ts and list it in src\/i18n\/index.ts, or move the files out of content\//,
    ],
    ['bom', 'content/visit-facts/fr/legende.mdx', '(encoding)', /byte-order mark/, /UTF-8" without BOM/],
    [
      'latin1',
      'content/visit-facts/fr/legende.mdx',
      '(encoding)',
      /not UTF-8 \(byte 0xe9 on line 2/,
      /UTF-8/,
    ],
    [
      'source-reason-without-http',
      'content/sources/agence.yaml',
      'httpReason',
      /httpReason is only for an http:\/\/ address/,
      /source.ts/,
    ],
    [
      'context-expression-source',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 11) <Context source>',
      /the source is written as \{agence\}, which is not an id/,
      /write <Context source="id">/,
    ],
    [
      'body-broken-entity-link',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /the link \/entites\/lavrov\/ leads nowhere: no entity "lavrov"/,
      /link to an existing page/,
    ],
    [
      'body-broken-timeline-anchor',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /#nulle-part is not an event or entry of the timeline/,
      /link to an existing page/,
    ],
    [
      'stray-folder',
      'content/entities/anciens/',
      '(folder)',
      /a folder where the site expects only files/,
      /move its files up into content\/entities\//,
    ],
    [
      'file-outside-language-folder',
      'content/statements/salut.mdx',
      '(folder)',
      /a file outside a language folder, which the site does not read/,
      /move it into content\/statements\/fr\//,
    ],
    [
      'mdx-syntax-error',
      'content/energy-dispute/fr/depart.mdx',
      '(body, line 13)',
      /MDX does not parse: .*closing brace/,
      /close every tag you open .* as "\\{"/,
    ],
    [
      'yaml-syntax-error',
      'content/entities/pompeo.yaml',
      '(line 3)',
      /YAML does not parse: bad indentation/,
      /check the indentation .* put in quotes a value that contains ": "/,
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
      'attribution-spoken-by-not-found',
      'content/statements/fr/bonjour.mdx',
      'attribution.spokenBy',
      /names who the record shows said these words, but the status says they were not found/,
      /src\/schemas\/entry.ts/,
    ],
    [
      'attribution-recorded-words-unknown',
      'content/statements/fr/bonjour.mdx',
      'attribution.recordedWords.speaker',
      /no entity "lavrov"/,
      /content\/entities\/lavrov.yaml/,
    ],
    [
      'attribution-recorded-words-unknown',
      'content/statements/fr/bonjour.mdx',
      'attribution.recordedWords.source',
      /no source "tass"/,
      /content\/sources\/tass.yaml/,
    ],
    [
      'attribution-unknown-evidence',
      'content/statements/fr/bonjour.mdx',
      'attribution.evidence[0].source',
      /no source "tass"/,
      /content\/sources\/tass.yaml/,
    ],
    [
      'attribution-unknown-evidence',
      'content/statements/fr/bonjour.mdx',
      'attribution.evidence[1].refs[0]',
      /§9.9 is not a sentence of the article/,
      /use an id listed on \/source\//,
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
      /opens with "En partie vérifié", a verdict of "imprecise" \(Imprécis\), but the claim is labelled "unverifiable"/,
      /open the conclusion with the verdict of its label \("unverifiable": Invérifiable\)/,
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
    [
      'translation-unmarked-finding',
      'content/findings/fr/premier.yaml',
      'text',
      /« salué chaleureusement » is neither the article's words nor the source's own/,
      /write \(trad\. du site\) right after the closing guillemet/,
    ],
    [
      'translation-unmarked-change',
      'content/changes/fr/2026-01-01-01-mise-en-ligne.yaml',
      'text',
      /« salué chaleureusement » is neither the article's words nor the source's own/,
      /write \(trad\. du site\) right after the closing guillemet/,
    ],
    [
      'translation-unmarked-provenance',
      'content/provenance/fr/p02.yaml',
      'changes[0].note',
      /« salué chaleureusement » is neither the article's words nor the source's own/,
      /write \(trad\. du site\) right after the closing guillemet/,
    ],
    [
      'conclusion-other-verdict-en',
      'content/claims/en/c01.yaml',
      'conclusion',
      /opens with "False", a verdict of "wrong" \(False\), but the claim is labelled "exact" \(Accurate\)/,
      /open the conclusion with the verdict of its label \("exact": Accurate\), or change the label in content\/claims\/fr\/c01.yaml/,
    ],
    [
      'translation-number-changed',
      'content/claims/en/c01.yaml',
      'conclusion',
      /the translation leaves out the number 26 of the French it translates/,
      /keeping its numbers, dates and names: "Exact, selon la dépêche, 26 ans après."/,
    ],
    [
      'article-translation-date-changed',
      'content/article/article.en.yaml',
      '§1.1',
      /leaves out the month "février" \(february; it names march instead\)/,
      /keeping its numbers, dates and names: "Légende de la photo, le 1er février 2020."/,
    ],
    [
      'twin-with-fact',
      'content/events/en/veille.yaml',
      'date',
      /a translation holds only prose; this field is a fact or unknown/,
      /facts are written once, in content\/events\/fr\/veille.yaml/,
    ],
    [
      'twin-list-mismatch',
      'content/claims/en/c01.yaml',
      'evidence',
      /1 items where content\/claims\/fr\/c01.yaml has 2/,
      /one item per item of the base file/,
    ],
    [
      'twin-not-verbatim',
      'content/visit-facts/en/legende.mdx',
      'summary',
      /« dit bonjour à Minsk » is not the article's words/,
      /copy the words exactly from the article, or quote in “ ”/,
    ],
    [
      'twin-context-mismatch',
      'content/energy-dispute/en/depart.mdx',
      '(body) <Context source>',
      /cites context from \[\] where content\/energy-dispute\/fr\/depart.mdx cites \[agence\]/,
      /same source, in the same order/,
    ],
    [
      'twin-quote-both',
      'content/statements/en/bonjour.mdx',
      'quoteTranslation',
      /reported in English is in content\/statements\/fr\/bonjour.mdx/,
      /remove quoteTranslation/,
    ],
    [
      'twin-quote-neither',
      'content/statements/en/bonjour.mdx',
      'quoteTranslation',
      /the quote has no wording in this language/,
      /add reportedInEnglish: \{ text, source \} to content\/statements\/fr\/bonjour.mdx .* or quoteTranslation/,
    ],
    [
      'twin-article-incomplete',
      'content/article/article.en.yaml',
      '§2.2',
      /no translation of this sentence/,
      /add '§2.2': '…'/,
    ],
    [
      'twin-article-incomplete',
      'content/article/article.en.yaml',
      '§3.1',
      /not a sentence of the article/,
      /remove it/,
    ],
    [
      'twin-orphan',
      'content/events/en/lendemain.yaml',
      '(file)',
      /no base file for this translation \(events\/lendemain is not in content\/ in fr\)/,
      /rename it after its base file, or remove it/,
    ],
    [
      'claim-numbering-gap',
      'content/claims/fr/c03.yaml',
      '(file)',
      /missing: the claims are numbered c01 to c04, and c03 is not there/,
      /write c03.yaml, or renumber the claims after it/,
    ],
    [
      'source-uncited',
      'content/sources/agence-bis.yaml',
      '(file)',
      /no page cites the source "agence-bis"/,
      /cite it where the site uses it .* or remove the file/,
    ],
    [
      'reported-wording-french-source',
      'content/statements/fr/bonjour.mdx',
      'reportedInEnglish.source',
      /"agence" published in "fr"/,
      /name the English-language source/,
    ],
  ])('reject %s', (name, file, field, message, fix) => {
    const problems = checkCase(name);
    const problem = problems.find((p) => p.file === file && p.field === field);
    expect(problem, formatProblems(problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
    expect(problem?.fix).toMatch(fix);
  });

  it.each([
    ['content/statements/en/bonjour.mdx', 'content/statements/fr/bonjour.mdx'],
    ['content/entities/en/minsk.yaml', 'content/entities/minsk.yaml'],
    ['content/article/article.en.yaml', undefined],
  ])('name a file of the English edition that is missing (%s), with its fix', (missing, base) => {
    const { root, content } = fixtureContent();
    rmSync(join(root, missing));
    const problems = checkContent(readContent(root, content)).problems;
    expect(problems, formatProblems(problems)).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toBe(missing);
    expect(problem?.field).toBe('(file)');
    if (base) {
      expect(problem?.message).toBe(`missing: the English edition has no twin of ${base}`);
      expect(problem?.fix).toMatch(/write it with the prose fields .* translated/);
    } else {
      expect(problem?.message).toBe('the English edition has no translation of the article');
    }
  });

  it('name a missing or unknown interface string by its key and file', () => {
    const problems = missingStrings({ fr: { 'a.b': 'x', 'c.d': 'y' }, en: { 'a.b': 'x', 'e.f': 'z' } }, 'fr');
    expect(problems).toEqual([
      {
        file: 'src/i18n/en.ts',
        field: "'c.d'",
        message: "the interface string 'c.d' is missing",
        fix: "add 'c.d': '…' to src/i18n/en.ts, translated from src/i18n/fr.ts, in the same place",
      },
      expect.objectContaining({ file: 'src/i18n/en.ts', field: "'e.f'" }),
    ]);
  });

  it('report every problem at once, each with its file, field and fix', () => {
    const { root, content } = fixtureContent('unknown-speaker');
    // A second broken case laid over the first: two files, two kinds of problem.
    cpSync(new URL('../fixtures/broken/claim-unknown-source/', import.meta.url).pathname, content, {
      recursive: true,
    });
    const problems = checkContent(readContent(root, content)).problems;
    const text = formatProblems(problems);
    expect(problems).toHaveLength(2);
    expect(text).toContain('The content has 2 problems:');
    expect(text).toContain('✗ content/statements/fr/bonjour.mdx\n  field: speakers[1]');
    expect(text).toContain('fix: use an id from content/entities/');
    expect(text).toContain('✗ content/claims/fr/c01.yaml\n  field: evidence[0].source');
  });

  it.each(['article-edited', 'article-edited-in-quote'])(
    'stop at a changed article (%s), blaming it alone and never suggesting its words',
    (name) => {
      const problems = checkCase(name);
      expect(problems, formatProblems(problems)).toHaveLength(1);
      const [problem] = problems;
      expect(problem?.file).toBe('content/article/article.fr.txt');
      expect(problem?.message).toMatch(/the article has been changed/);
      expect(problem?.fix).toMatch(
        /never edited: restore it with "git checkout -- content\/article\/article.fr.txt"/,
      );
      expect(problem?.fix).toMatch(/recorded as a claim in content\/claims\/fr\//);
      expect(problem?.fix).not.toMatch(/copy/);
    },
  );

  it('stop when the record of the article is missing, and never rebuild it from the article', () => {
    const [problem, ...rest] = articleProblems(
      'content/article/article.fr.txt',
      new TextEncoder().encode('x'),
      undefined,
    );
    expect(rest).toEqual([]);
    expect(problem?.file).toBe('content/article/article.fr.txt.sha256');
    expect(problem?.message).toMatch(/recorded SHA-256 is missing or unreadable/);
    expect(problem?.fix).toMatch(
      /git checkout -- content\/article\/article.fr.txt.sha256.*never regenerated/,
    );
    expect(articleProblems('content/article/article.fr.txt', undefined, undefined)[0]?.message).toMatch(
      /missing or empty/,
    );
  });

  it('record the real article as received', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const hashFile = readFileSync(join(root, 'content/article/article.fr.txt.sha256'), 'utf8');
    // The same digest tests/unit/source.test.ts pins: the record beside the article is not a second opinion.
    expect(hashFile).toMatch(
      /^b133d4d108745c16bf5ee85744874bb577760a5aae10f1a6545b6144706d7d22 {2}article\.fr\.txt$/m,
    );
  });

  it.each(['title-too-long', 'wrong-type', 'bom'])(
    'never blame the article for the sentences of an entry left out for its own problems (%s)',
    (name) => {
      const { root, content } = fixtureContent(name);
      const { problems, notes } = checkContent(readContent(root, content));
      expect(problems.filter((p) => p.file.startsWith('content/source/'))).toEqual([]);
      expect(notes.join('\n')).toMatch(
        /content\/visit-facts\/fr\/legende.mdx is left out until its problems are fixed; the sentences it covers.* will be checked for coverage then/,
      );
    },
  );

  it('name an encoding or syntax problem alone, without the missing fields it implies', () => {
    for (const name of ['bom', 'latin1', 'yaml-syntax-error']) {
      const problems = checkCase(name);
      expect(problems, formatProblems(problems)).toHaveLength(1);
    }
  });
});
