/**
 * Checks that need only the built files, run over every page of dist/ (after `npm run build`).
 * What needs a browser (console errors, layout at 320 px, axe) stays in tests/e2e, once per
 * template, so the browser suite does not grow with the content.
 */
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import {
  BASE_LOCALE,
  LOCALES,
  localeOfPath,
  localePath,
  localeTable,
  ROUTES,
  twinPath,
} from '../../src/i18n/index.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { evidenceRuns } from '../../src/lib/content/evidence-links.ts';
import { ARTICLE_VERDICT_ID } from '../../src/schemas/transparency.ts';
import { builtRoutes, dist, distFile } from './built.ts';

const routes = builtRoutes();
// The editions below the root build their not-found page as a folder; the root's is 404.html, no route.
const NOT_FOUND = new Set(
  LOCALES.filter((locale) => localeTable(locale).prefix).map(
    (locale) => `/${localeTable(locale).prefix}/404/`,
  ),
);
const pages = routes.filter((route) => !NOT_FOUND.has(route));
/** The only pages with a script of their own; reading pages ship none but the citation kit's. */
const SCRIPTED = new Set(
  LOCALES.flatMap((locale) => [`/${localePath(locale, 'search')}`, `/${localePath(locale, 'quotes')}`]),
);

function parse(route: string): Root {
  return fromHtml(readFileSync(distFile(route), 'utf8'));
}
const attr = (node: Element, name: string): string => {
  const value = node.properties[name];
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
};

test('the build has every route of the design, in every language', () => {
  for (const locale of LOCALES)
    for (const route of ROUTES.filter((r) => r !== 'share'))
      expect(routes).toContain(`/${localePath(locale, route)}`);
});

test('every page has its twin in every other language, and the twins are the same pages both ways', () => {
  for (const route of pages) {
    const path = route.slice(1);
    for (const other of LOCALES) {
      const twin = `/${twinPath(path, other)}`;
      expect(routes, `${route} → ${twin}`).toContain(twin);
      expect(`/${twinPath(twin.slice(1), localeOfPath(path))}`).toBe(route);
    }
  }
  const perLocale = LOCALES.map((locale) => pages.filter((r) => localeOfPath(r.slice(1)) === locale).length);
  expect(new Set(perLocale).size, `pages per locale: ${perLocale.join(', ')}`).toBe(1);
});

describe.each(routes)('%s', (route) => {
  const locale = localeOfPath(route.slice(1));
  const { lang } = localeTable(locale);
  const tree = parse(route);

  test('is in its language and has one h1', () => {
    const [html] = selectAll('html', tree);
    expect(html && attr(html, 'lang')).toBe(lang);
    expect(selectAll('h1', tree)).toHaveLength(1);
  });

  test('links within its own edition; only the language switch leads to another', () => {
    const own = selectAll('a[href^="/"]:not([hreflang])', tree).map((a) => attr(a, 'href'));
    expect(own.filter((href) => localeOfPath(href.slice(1)) !== locale)).toEqual([]);
  });

  test(`runs ${SCRIPTED.has(route) ? 'its one script' : 'no script'}, and the citation kit's only where it cites`, () => {
    // Structured data is not a script that runs, so it does not count.
    const scripts = selectAll('script', tree).filter((s) => attr(s, 'type') !== 'application/ld+json');
    const cites = selectAll('.cite', tree).length > 0;
    expect(scripts).toHaveLength((SCRIPTED.has(route) ? 1 : 0) + (cites ? 1 : 0));
  });

  test.runIf(SCRIPTED.has(route))('ships no work of the build in its scripts', () => {
    // The modules a page's script loads, preloaded or not: a sentence segmenter made at their top
    // level (the article's, reached through the search records) cost a phone some 50 ms before
    // the search box took keys, and the browser never splits the article.
    const files = selectAll('script[src], link[rel="modulepreload"]', tree)
      .map((node) => attr(node, 'src') || attr(node, 'href'))
      .filter((path) => path.startsWith('/_astro/'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect(readFileSync(`${dist}${file.slice(1)}`, 'utf8'), file).not.toContain('Segmenter');
  });

  test('asks nothing of another host', () => {
    // What a browser fetches by itself: scripts, styles, pictures, frames, preloads, icons.
    const fetched = selectAll('script[src], img[src], iframe[src], source[srcset], link[href]', tree)
      .filter(
        (node) =>
          node.tagName !== 'link' ||
          /\b(stylesheet|preload|modulepreload|icon|manifest)\b/.test(attr(node, 'rel')),
      )
      .map((node) => attr(node, 'src') || attr(node, 'href') || attr(node, 'srcset'));
    expect(fetched.filter((address) => /^(https?:)?\/\//.test(address))).toEqual([]);
  });
});

const claimEvidence = new Map(
  readContent(new URL('../../', import.meta.url).pathname).claims.map((c) => [
    c.id,
    (c.data as { evidence?: unknown[] }).evidence ?? [],
  ]),
);

describe.each(LOCALES)('the verdicts’ index, %s', (locale) => {
  const index = `/${localePath(locale, 'analysis')}`;
  const cards = selectAll('article.claim:not(.omission)', parse(index));

  test('sends every rated claim to its evidence, on its entry’s page, in the card with the same id', () => {
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const id = attr(card, 'id');
      // A card without evidence of its own (an opinion) still names where it is analysed.
      const [link] = selectAll('.claim__evidence-link a', card);
      expect(link, `${index}#${id} has no link to its evidence`).toBeDefined();
      const [page, anchor] = attr(link as Element, 'href').split('#');
      expect(anchor).toBe(id);
      const [target] = selectAll(`article.claim[id="${id}"]`, parse(page ?? ''));
      expect(target, `${page} has no card #${id}`).toBeDefined();
      // The verdict on both is the same label, and the entry's card holds the evidence.
      expect(selectAll('.verdict', card)).toHaveLength(1);
      expect(selectAll('.verdict', target as Element).map((v) => attr(v, 'className'))).toEqual(
        selectAll('.verdict', card).map((v) => attr(v, 'className')),
      );
      const evidence = claimEvidence.get(id) ?? [];
      expect(selectAll('.claim__evidence > ul > li', target as Element)).toHaveLength(evidence.length);
    }
  });
});

describe.each(LOCALES)('the front page, %s', (locale) => {
  const raw = readContent(new URL('../../', import.meta.url).pathname);
  const file =
    locale === BASE_LOCALE
      ? raw.verdicts.find((v) => v.id === ARTICLE_VERDICT_ID)
      : raw.translations.find((t) => t.collection === 'verdicts' && t.locale === locale);
  const text = (file?.data as { text?: string } | undefined)?.text;

  test.runIf(text !== undefined)(
    'opens with the site’s verdict on the article, each of its words that rest on a check linked to it',
    () => {
      const home = parse(`/${localePath(locale, 'home')}`);
      const [box] = selectAll('.story__verdict', home);
      expect(box, 'no verdict on the front page').toBeDefined();
      const expected = evidenceRuns(text ?? '').flatMap((run) => (run.evidence ? [run] : []));
      const links = selectAll('p a', box as Element);
      expect(links.map((a) => attr(a, 'href'))).toEqual(
        expected.map((run) =>
          run.evidence === 'provenance'
            ? `/${localePath(locale, 'provenance')}`
            : `/${localePath(locale, 'analysis')}#${run.evidence ?? ''}`,
        ),
      );
      // The verdict comes before the counts and the findings.
      const order = selectAll('.story__verdict, .verdict-counts, .findings', home).map((n) =>
        attr(n, 'className'),
      );
      expect(order[0]).toBe('story__verdict');
    },
  );
});
