import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { headlineVerdict, headlineWithVerdict } from '../../src/lib/content/headline.ts';
import { atomFeed, urnFor, type AtomEntry } from '../../src/lib/site/atom.ts';
import { readPublisher } from '../../src/lib/site/publisher.ts';
import type { ClaimLabel } from '../../src/schemas/claim.ts';
import { removeTempDirs, tempDir } from '../support/temp-content.ts';
import { parseAtom } from '../support/atom.ts';

afterAll(removeTempDirs);

const claim = (id: string, entry: string, label: ClaimLabel) => ({ id, data: { entry, label, ref: '§1.1' } });

describe('an entry’s headline with its verdict', () => {
  it('leads with the most severe false or misleading verdict of the entry’s claims, and leaves the rest alone', () => {
    const claims = [
      claim('c1', 'mixte', 'exact'),
      claim('c2', 'mixte', 'misleading'),
      claim('c3', 'mixte', 'wrong'),
      claim('c4', 'trompeur', 'misleading'),
      claim('c5', 'juste', 'exact'),
      claim('c6', 'juste', 'unverifiable'),
      claim('c7', 'avis', 'opinion'),
    ];
    expect(headlineVerdict('mixte', claims)).toBe('wrong');
    expect(headlineVerdict('trompeur', claims)).toBe('misleading');
    expect(headlineVerdict('juste', claims)).toBeUndefined();
    expect(headlineVerdict('avis', claims)).toBeUndefined();
    expect(headlineVerdict('sans-verification', claims)).toBeUndefined();
  });

  it('says the verdict in each edition’s words, before the title', () => {
    const claims = [claim('c1', 'x', 'misleading'), claim('c2', 'y', 'wrong')];
    const fr = useTranslations('fr');
    const en = useTranslations('en');
    expect(headlineWithVerdict({ slug: 'x', title: 'Un titre' }, claims, 'fr')).toBe(
      `${fr('label.misleading')}\u00a0: Un titre`,
    );
    expect(headlineWithVerdict({ slug: 'y', title: 'A title' }, claims, 'en')).toBe(
      `${en('label.wrong')}: A title`,
    );
    expect(headlineWithVerdict({ slug: 'z', title: 'Sans verdict' }, claims, 'fr')).toBe('Sans verdict');
  });
});

describe('the publisher file', () => {
  const folder = (yaml?: string) => {
    const dir = tempDir('minsk-publisher-');
    const content = join(dir, 'content');
    mkdirSync(content);
    if (yaml !== undefined) writeFileSync(join(content, 'publisher.yaml'), yaml);
    return { dir, content };
  };

  it('is optional: without it there is no publisher and no problem', () => {
    const { dir, content } = folder();
    expect(readPublisher(content, dir)).toEqual({ publisher: undefined, problems: [] });
  });

  it('names the file, each field and its fix when a field is missing, wrong or unknown', () => {
    const { dir, content } = folder(
      [
        "name: 'Rédaction Fictive'",
        "url: 'http://publisher.example/'",
        "email: 'pas-une-adresse'",
        "funding: 'Fictional.'",
        "licence: 'CC BY 4.0'",
        "editor: 'Ada'",
      ].join('\n'),
    );
    const { publisher, problems } = readPublisher(content, dir);
    expect(publisher).toBeUndefined();
    for (const problem of problems) expect(problem.file).toBe('content/publisher.yaml');
    expect(problems.map((p) => p.field).sort()).toEqual(['corrections', 'editor', 'email', 'url']);
    expect(problems.find((p) => p.field === 'corrections')).toMatchObject({
      message: 'missing required field',
      fix: expect.stringContaining('add "corrections:"'),
    });
    expect(problems.find((p) => p.field === 'url')?.message).toContain('https://');
    expect(problems.find((p) => p.field === 'editor')?.fix).toContain('editors');
  });

  it('reports YAML that does not parse with its line, not a stack trace', () => {
    const { dir, content } = folder("name: 'Rédaction\nurl: [");
    const [problem] = readPublisher(content, dir).problems;
    expect(problem?.file).toBe('content/publisher.yaml');
    expect(problem?.message).toMatch(/^YAML does not parse/);
    expect(problem?.field).toMatch(/^\(line \d+\)$/);
  });
});

describe('the Atom feed', () => {
  const entry = (over: Partial<AtomEntry> = {}): AtomEntry => ({
    key: '2026-01-02-01-x',
    title: 'Correction : <script>alert(1)</script> & "R&D"',
    date: '2026-01-02',
    category: 'Correction',
    text: 'Le texte <img src=x onerror=alert(1)> & la suite',
    link: '/methode/#modification-2026-01-02-01-x',
    related: [{ href: '/declarations/x/?a=1&b=2', title: 'La page <b>touchée</b>' }],
    ...over,
  });
  const feed = (entries: AtomEntry[]) =>
    atomFeed({
      key: 'changes:fr',
      title: 'Journal & corrections',
      lang: 'fr',
      self: '/corrections.xml',
      alternate: '/methode/#journal',
      author: { name: 'Rédaction <Fictive>', email: 'corrections@publisher.example' },
      entries,
    });
  it('is well-formed XML with the elements Atom requires, and keeps hostile text as text', () => {
    const xml = feed([entry(), entry({ key: '2026-01-01-01-y', date: '2026-01-01', title: 'Ajout' })]);
    const parsed = parseAtom(xml);
    expect(parsed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(parsed.title).toBe('Journal & corrections');
    expect(parsed.updated).toBe('2026-01-02T00:00:00Z');
    expect(parsed.author.name).toBe('Rédaction <Fictive>');
    expect(parsed.links.map((l) => l.rel)).toEqual(['self', 'alternate']);
    const [first, second] = parsed.entries;
    expect(first?.title).toBe('Correction : <script>alert(1)</script> & "R&D"');
    expect(first?.id).toMatch(/^urn:uuid:/);
    expect(first?.id).not.toBe(second?.id);
    expect(first?.updated).toBe('2026-01-02T00:00:00Z');
    expect(first?.links.map((l) => [l.rel, l.href])).toEqual([
      ['alternate', '/methode/#modification-2026-01-02-01-x'],
      ['related', '/declarations/x/?a=1&b=2'],
    ]);
    // type="html": once decoded by the XML parser, the HTML holds the hostile text escaped, never as markup.
    expect(first?.contentType).toBe('html');
    expect(first?.content).not.toMatch(/<(script|img|b)\b/);
    expect(first?.content).toMatch(
      /^<p>Le texte &#60;img src=x onerror=alert\(1\)&#62; &#38; la suite<\/p><ul><li><a href=/,
    );
  });

  it('is refused by the parser when it is not well-formed', () => {
    expect(() => parseAtom(feed([entry()]).replace('</title>', ''))).toThrow();
  });

  it('keeps an entry’s id whatever the site’s address, and tells entries and editions apart', () => {
    expect(urnFor('changes:fr:a')).toBe(urnFor('changes:fr:a'));
    expect(urnFor('changes:fr:a')).not.toBe(urnFor('changes:en:a'));
    expect(urnFor('changes:fr:a')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
