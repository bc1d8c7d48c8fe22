/**
 * An Atom feed read with a real XML parser (@xmldom/xmldom, stopping at the first warning, so a
 * feed that is not well-formed fails), as plain values for the tests.
 */
import { DOMParser, onWarningStopParsing, type Element } from '@xmldom/xmldom';

const ATOM = 'http://www.w3.org/2005/Atom';

export interface ParsedLink {
  readonly rel: string;
  readonly href: string;
  readonly title: string;
}

export interface ParsedEntry {
  readonly id: string;
  readonly title: string;
  readonly updated: string;
  readonly links: readonly ParsedLink[];
  readonly content: string;
  readonly contentType: string;
}

export interface ParsedFeed {
  readonly id: string;
  readonly title: string;
  readonly updated: string;
  readonly author: { readonly name: string; readonly uri: string; readonly email: string };
  readonly links: readonly ParsedLink[];
  readonly entries: readonly ParsedEntry[];
}

/** The direct children of an element with an Atom name. */
const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 && (node as Element).namespaceURI === ATOM && (node as Element).localName === name,
  );
const text = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? '';
const links = (parent: Element): ParsedLink[] =>
  children(parent, 'link').map((l) => ({
    rel: l.getAttribute('rel') ?? 'alternate',
    href: l.getAttribute('href') ?? '',
    title: l.getAttribute('title') ?? '',
  }));

export function parseAtom(xml: string): ParsedFeed {
  const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'application/xml');
  const feed = doc.documentElement;
  if (!feed || feed.namespaceURI !== ATOM || feed.localName !== 'feed') throw new Error('not an Atom feed');
  const author = children(feed, 'author')[0];
  return {
    id: text(feed, 'id'),
    title: text(feed, 'title'),
    updated: text(feed, 'updated'),
    author: {
      name: author ? text(author, 'name') : '',
      uri: author ? text(author, 'uri') : '',
      email: author ? text(author, 'email') : '',
    },
    links: links(feed),
    entries: children(feed, 'entry').map((entry) => ({
      id: text(entry, 'id'),
      title: text(entry, 'title'),
      updated: text(entry, 'updated'),
      links: links(entry),
      content: text(entry, 'content'),
      contentType: children(entry, 'content')[0]?.getAttribute('type') ?? 'text',
    })),
  };
}
