import { expect, test } from '@playwright/test';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import { brokenLinks } from '../../src/lib/link-check.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;

test('every internal link and #anchor of the built site resolves', () => {
  const { pages, files } = readBuiltSite(dist);
  expect(pages.length).toBeGreaterThan(80);
  expect(brokenLinks(pages, files)).toEqual([]);
});
