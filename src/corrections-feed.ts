/** Each edition's changelog as an Atom feed (src/lib/site/atom.ts), from content/changes/. */
import { contentFor } from './content.ts';
import { feedPath, fill, localePath, localeTable, useTranslations, type Locale } from './i18n/index.ts';
import { entryPath } from './lib/content/entries.ts';
import { headlineWithVerdict } from './lib/content/headline.ts';
import { atomFeed, type AtomLink } from './lib/site/atom.ts';
import { PUBLISHER, siteInfo } from './site.ts';

/** A short title for a change: its kind and its first words, cut at a word. */
function changeTitle(kind: string, text: string, colon: string, max = 90): string {
  const words = text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max))}…`;
  return `${kind}${colon} ${words}`;
}

export function correctionsFeed(site: URL | undefined, locale: Locale): string {
  const t = useTranslations(locale);
  const { absolute, name } = siteInfo(site, locale);
  const { changes, claims, entries, events, omissions } = contentFor(locale);
  // Every id a change may name (checked by the content rules), with the page that shows it.
  const pages = new Map<string, AtomLink>([
    // A verdict travels with the words it judges, into the feed too.
    ...entries.map((e): [string, AtomLink] => [
      e.slug,
      {
        href: absolute(entryPath(e, locale)),
        title: headlineWithVerdict({ slug: e.slug, title: e.data.title }, claims, locale),
      },
    ]),
    ...claims.map((c): [string, AtomLink] => [
      c.id,
      {
        href: absolute(localePath(locale, 'analysis', `#${c.id}`)),
        title: fill(t('cite.claim'), { claim: c.data.claim, label: t(`label.${c.data.label}`) }),
      },
    ]),
    ...omissions.map((o): [string, AtomLink] => [
      o.id,
      { href: absolute(localePath(locale, 'analysis', `#${o.id}`)), title: o.data.title },
    ]),
    ...events.map((e): [string, AtomLink] => [
      e.id,
      { href: absolute(localePath(locale, 'timeline', `#${e.id}`)), title: e.data.title },
    ]),
  ]);
  const home: AtomLink = { href: absolute(localePath(locale, 'home')), title: t('feed.allPages') };
  return atomFeed({
    key: `changes:${locale}`,
    title: fill(t('feed.title'), { site: name }),
    subtitle: t('feed.subtitle'),
    lang: localeTable(locale).lang,
    self: absolute(feedPath(locale)),
    alternate: absolute(localePath(locale, 'method', '#journal')),
    // Atom needs an author: the declared publisher, or else the site itself by its name, nothing more.
    author: PUBLISHER ? { name: PUBLISHER.name, uri: PUBLISHER.url, email: PUBLISHER.email } : { name },
    rights: PUBLISHER ? fill(t('publisher.licenceText'), { licence: PUBLISHER.licence }) : undefined,
    entries: changes.map((change) => ({
      key: change.id,
      title: changeTitle(t(`change.${change.data.kind}`), change.data.text, t('punct.colon')),
      date: change.data.date,
      category: t(`change.${change.data.kind}`),
      text: change.data.text,
      link: absolute(localePath(locale, 'method', `#modification-${change.id}`)),
      related:
        change.data.affects.length === 0 ? [home] : change.data.affects.flatMap((id) => pages.get(id) ?? []),
    })),
  });
}
