/**
 * Checks that every internal link and #anchor of a built site resolves:
 * to a page, or to a file the build wrote, and to an element with that id.
 * Pure: the pages come in as data (see built-site.ts for reading a dist/).
 */
import { withTrailingSlash } from './paths.ts';

export interface BuiltPage {
  /** The URL path the page is served at, base included: "/minsk-2020/visite/". */
  readonly path: string;
  /** Every id on the page. */
  readonly ids: ReadonlySet<string>;
  /** Every href and src on the page, as written. */
  readonly links: readonly string[];
}

export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

const ORIGIN = 'http://site.invalid';

export function brokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      if (/^(mailto|tel|data):/i.test(href)) continue;
      const target = new URL(href, ORIGIN + page.path);
      if (target.origin !== ORIGIN) continue;
      const path = decodeURIComponent(target.pathname);
      const targetPage = byPath.get(path) ?? byPath.get(withTrailingSlash(path));
      if (!targetPage && !files.has(path)) {
        broken.push({ page: page.path, href, reason: `nothing is built at ${path}` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment || fragment.startsWith(':~:')) continue;
      const id = fragment.split(':~:')[0] ?? '';
      if (!targetPage?.ids.has(id))
        broken.push({ page: page.path, href, reason: `no element with id "${id}" on ${path}` });
    }
  }
  return broken;
}
