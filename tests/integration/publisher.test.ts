/**
 * A declared publisher reaches every place that names who answers for the site, in both
 * editions; a wrong publisher file stops the build with its own message; the changelog's feed
 * is valid Atom and keeps a hostile change's text as text. Built from the valid fixture with a
 * fictional publisher (tests/fixtures/publisher/) laid over it.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { load as parseYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedPath, fill, LOCALES, localePath, useTranslations } from '../../src/i18n/index.ts';
import { publisherSchema, type PublisherData } from '../../src/schemas/publisher.ts';
import { astroBuild } from '../support/astro-build.ts';
import { parseAtom } from '../support/atom.ts';
import { fixtureContent, removeTempDirs } from '../support/temp-content.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const SITE = 'https://example.org';
const publisher: PublisherData = publisherSchema.parse(
  parseYaml(readFileSync(join(fixtures, 'publisher/publisher.yaml'), 'utf8')),
);
afterAll(removeTempDirs);

/** The valid fixture with a fixture folder laid over it. */
function contentWith(overlay: string): string {
  const { content } = fixtureContent();
  cpSync(join(fixtures, overlay), content, { recursive: true });
  return content;
}

const jsonLd = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap(
    ([, json = '']) => JSON.parse(json) as Record<string, unknown>[],
  );

/** Spaces of every kind as one, so a no-break space in a title compares with the page's text. */
const spaced = (words: string) => words.replace(/[\u00a0\u202f\s]+/g, ' ');
/** Text as a page shows it: tags dropped, entities decoded, no-break spaces flattened. */
const text = (html: string) => spaced(decodeHTML(html.replace(/<[^>]+>/g, ' ')));

describe('a declared publisher', () => {
  let outDir = '';
  const page = (path: string) =>
    readFileSync(join(outDir, path, path.endsWith('.xml') ? '' : 'index.html'), 'utf8');

  beforeAll(() => {
    const build = astroBuild({ CONTENT_DIR: contentWith('publisher'), SITE_URL: SITE }, { fresh: true });
    expect(build.status, build.output).toBe(0);
    outDir = build.outDir;
  }, 200_000);

  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    describe(`in the ${locale} edition`, () => {
      it('is named in the masthead and the footer, with its contact and licence', () => {
        const home = text(page(localePath(locale, 'home')));
        expect(home).toContain(fill(t('masthead.publisher'), { name: publisher.name }).replace(/\s+/g, ' '));
        expect(home).toContain(publisher.email);
        expect(home).toContain(publisher.licence);
        expect(home).not.toContain(t('publisher.none'));
      });

      it('is on the method page with who pays, the licence, the contact and how to report an error', () => {
        const html = page(localePath(locale, 'method'));
        expect(html).toContain(`href="${publisher.url}"`);
        expect(html).toContain(`href="mailto:${publisher.email}"`);
        expect(html).toContain(`href="${publisher.corrections}"`);
        const shown = text(html);
        for (const words of [publisher.name, publisher.funding, ...(publisher.editors ?? [])])
          expect(shown).toContain(words);
        // The licence covers the analysis and the data, never the article's own text.
        expect(shown).toContain(text(fill(t('publisher.licenceText'), { licence: publisher.licence })));
        expect(html).toContain(`href="/${feedPath(locale)}"`);
      });

      it('is credited in the citations and as the reviews’ author and publisher', () => {
        const html = page(localePath(locale, 'statements', 'bonjour/'));
        const shown = text(html);
        expect(shown).toContain(spaced(`${t('site.title')} (${publisher.name})`));
        expect(shown).toContain(`organization = {${publisher.name}}`);
        const reviews = jsonLd(html).filter((d) => d['@type'] === 'ClaimReview');
        expect(reviews.length).toBeGreaterThan(0);
        const organization = { '@type': 'Organization', name: publisher.name, url: publisher.url };
        for (const review of reviews) {
          expect(review['author']).toEqual(organization);
          expect(review['publisher']).toEqual(organization);
          expect(review['url']).toBe(`${SITE}/${localePath(locale, 'statements', 'bonjour/')}`);
        }
        // The quotes page's "copy" text is built in the browser from this credit.
        expect(text(page(localePath(locale, 'quotes')))).toContain(
          spaced(`${t('site.title')} (${publisher.name})`),
        );
      });

      it('signs a valid Atom feed of the changelog, whose hostile text stays text', () => {
        const xml = page(feedPath(locale));
        const feed = parseAtom(xml);
        for (const field of ['id', 'title', 'updated'] as const) expect(feed[field], field).not.toBe('');
        expect(feed.author).toEqual({ name: publisher.name, uri: publisher.url, email: publisher.email });
        expect(feed.entries.length).toBeGreaterThan(1);
        for (const entry of feed.entries) {
          for (const field of ['id', 'title', 'updated'] as const) expect(entry[field], field).not.toBe('');
          expect(entry.links.some((l) => l.rel === 'alternate' && l.href !== '')).toBe(true);
          expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
        }
        const hostile = feed.entries.find((e) => e.title.includes('<script>'));
        expect(hostile, 'the hostile change is in the feed, its <script> as text').toBeDefined();
        // type="html": the reader sees the characters "<script>", never a script element.
        expect(hostile?.content).not.toMatch(/<script/i);
        expect(text(hostile?.content ?? '')).toContain('<script>alert(1)</script> &');
        // The page it affects, linked.
        expect(hostile?.links.map((l) => l.href)).toContain(
          `${SITE}/${localePath(locale, 'statements', 'bonjour/')}`,
        );
      });
    });
  }
});

describe('a wrong publisher file', () => {
  it('stops the build naming content/publisher.yaml, each field and its fix, without a stack trace', () => {
    const { status, output } = astroBuild({ CONTENT_DIR: contentWith('publisher-broken') });
    expect(status).toBe(1);
    expect(output).toMatch(/✗ \S*content\/publisher\.yaml\n\s+field: url\n[^\n]*https[^\n]*\n\s+fix: /);
    expect(output).toMatch(
      /✗ \S*content\/publisher\.yaml\n\s+field: email\n\s+missing required field\n\s+fix: add "email:"/,
    );
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/Hint:|\[ERROR\]/);
  }, 200_000);
});
