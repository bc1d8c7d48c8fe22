import { describe, expect, it } from 'vitest';
import { brokenLinks, type BuiltPage } from '../../src/lib/site/link-check.ts';

const page = (path: string, ids: string[], links: string[]): BuiltPage => ({
  path,
  ids: new Set(ids),
  links,
});

describe('brokenLinks', () => {
  const pages = [
    page(
      '/',
      ['contenu'],
      ['/source/#s4-2', 'source/', '/visite/x/', '/favicon.svg', 'https://example.org/', '#contenu'],
    ),
    page(
      '/source/',
      ['s4-2'],
      ['/#nulle-part', '/absent/', '../', '#:~:text=x', '/source/#s4-2:~:text=bien'],
    ),
    page('/visite/x/', [], ['/source', 'mailto:a@b.c', '/chronologie.json']),
  ];
  it('finds links to missing pages and missing anchors, and nothing else', () => {
    expect(brokenLinks(pages, new Set(['/favicon.svg']))).toEqual([
      { page: '/source/', href: '/#nulle-part', reason: 'no element with id "nulle-part" on /' },
      { page: '/source/', href: '/absent/', reason: 'nothing is built at /absent/' },
      { page: '/visite/x/', href: '/chronologie.json', reason: 'nothing is built at /chronologie.json' },
    ]);
  });
  it('accepts files the build wrote', () => {
    expect(brokenLinks(pages, new Set(['/favicon.svg', '/chronologie.json'])).map((b) => b.href)).toEqual([
      '/#nulle-part',
      '/absent/',
    ]);
  });
});
