/** Reads a built dist/ into the shape link-check.ts takes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { BuiltPage } from './link-check.ts';
import { withTrailingSlash } from './paths.ts';

/** Every file below a folder, at any depth. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function pageOf(tree: Root, path: string): BuiltPage {
  const ids = new Set<string>();
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const { id, href, src } = node.properties;
    if (typeof id === 'string') ids.add(id);
    for (const value of [href, src]) if (typeof value === 'string') links.push(value);
  });
  return { path, ids, links };
}

/** The pages of a dist/ folder served under `base`, and every file path it holds. */
export function readBuiltSite(dist: string, base = '/'): { pages: BuiltPage[]; files: Set<string> } {
  const prefix = withTrailingSlash(base);
  const files = filesUnder(dist).map((path) => ({
    path,
    url: prefix + relative(dist, path).split(sep).join('/'),
  }));
  const pages = files
    .filter((f) => f.path.endsWith('.html'))
    .map((f) => {
      const url = f.url.endsWith('/index.html') ? f.url.slice(0, -'index.html'.length) : f.url;
      return pageOf(fromHtml(readFileSync(f.path, 'utf8')), url);
    });
  return { pages, files: new Set(files.map((f) => f.url)) };
}
