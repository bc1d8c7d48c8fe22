/**
 * An Atom feed (RFC 4287) of the changelog, written as text. Every value goes through the
 * site's one escape (escapeMarkup), so a change's text is always text: a `<script>` in it reaches
 * a reader's feed as the characters `<script>`, never as markup. Ids are `urn:uuid:` names derived
 * from the edition and the change's file name, so they stay the same wherever the site is hosted.
 */
import { createHash } from 'node:crypto';
import { escapeMarkup } from './escape.ts';

export interface AtomPerson {
  readonly name: string;
  readonly uri?: string | undefined;
  readonly email?: string | undefined;
}

export interface AtomLink {
  readonly href: string;
  readonly title: string;
}

export interface AtomEntry {
  /** Stable, unique in the feed: the change's file name. */
  readonly key: string;
  readonly title: string;
  /** The day of the change, YYYY-MM-DD. */
  readonly date: string;
  /** What kind of change, in the feed's language ("Correction"). */
  readonly category: string;
  readonly text: string;
  /** Where the change is described (the changelog's anchor). */
  readonly link: string;
  /** The pages the change affects. */
  readonly related: readonly AtomLink[];
}

export interface AtomFeed {
  /** Stable, unique among the site's feeds: e.g. the edition's language. */
  readonly key: string;
  readonly title: string;
  readonly subtitle?: string | undefined;
  readonly lang: string;
  /** The feed's own address and the page it follows (the changelog). */
  readonly self: string;
  readonly alternate: string;
  /** Who answers for the feed; the feed is invalid without one, so the caller always gives one. */
  readonly author: AtomPerson;
  readonly rights?: string | undefined;
  readonly entries: readonly AtomEntry[];
}

/** A name-based UUID (version 5 layout over SHA-1) as a URN: stable, and an IRI wherever the site lives. */
export function urnFor(name: string): string {
  const hex = createHash('sha1').update(`minsk-2020-atom:${name}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A day as Atom's date-time: the change is dated to the day, so midnight UTC. */
const dateTime = (day: string) => `${day}T00:00:00Z`;

const element = (name: string, text: string, attributes = '') =>
  `<${name}${attributes}>${escapeMarkup(text)}</${name}>`;

const attribute = (name: string, value: string) => ` ${name}="${escapeMarkup(value)}"`;

function person(tag: 'author', who: AtomPerson, indent: string): string {
  const parts = [
    element('name', who.name),
    who.uri ? element('uri', who.uri) : '',
    who.email ? element('email', who.email) : '',
  ].filter(Boolean);
  return `${indent}<${tag}>${parts.join('')}</${tag}>`;
}

/** The entry's text, with the pages it affects as a list of links, as HTML for feed readers. */
function entryHtml(entry: AtomEntry): string {
  const links = entry.related
    .map((l) => `<li><a href="${escapeMarkup(l.href)}">${escapeMarkup(l.title)}</a></li>`)
    .join('');
  return `<p>${escapeMarkup(entry.text)}</p>${links ? `<ul>${links}</ul>` : ''}`;
}

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries
    .map((e) => e.date)
    .sort()
    .at(-1);
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    ${element('id', urnFor(`${feed.key}:${entry.key}`))}`,
      `    ${element('title', entry.title)}`,
      `    ${element('published', dateTime(entry.date))}`,
      `    ${element('updated', dateTime(entry.date))}`,
      `    <category${attribute('term', entry.category)} />`,
      `    <link rel="alternate"${attribute('type', 'text/html')}${attribute('href', entry.link)} />`,
      ...entry.related.map(
        (l) => `    <link rel="related"${attribute('href', l.href)}${attribute('title', l.title)} />`,
      ),
      // Escaped HTML, as type="html" requires: the text itself was escaped once already.
      `    ${element('content', entryHtml(entry), ' type="html"')}`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${attribute('xml:lang', feed.lang)}>`,
    `  ${element('id', urnFor(feed.key))}`,
    `  ${element('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${element('subtitle', feed.subtitle)}`] : []),
    // A feed with no change yet is dated by nothing: the epoch says so rather than inventing a day.
    `  ${element('updated', updated ? dateTime(updated) : '1970-01-01T00:00:00Z')}`,
    `  <link rel="self"${attribute('type', 'application/atom+xml')}${attribute('href', feed.self)} />`,
    `  <link rel="alternate"${attribute('type', 'text/html')}${attribute('href', feed.alternate)} />`,
    person('author', feed.author, '  '),
    ...(feed.rights ? [`  ${element('rights', feed.rights)}`] : []),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
