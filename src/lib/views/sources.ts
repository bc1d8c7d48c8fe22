/** The sources' page (/sources/): every outside source once, by publication, with what it supports. */
import { localePath, localeTable, useTranslations } from '../../i18n/index.ts';
import { entryPath } from '../content/entries.ts';
import { sourceUsage } from '../content/source-usage.ts';
import { sourceLabel } from '../site/typography.ts';
import { url } from '../../urls.ts';
import type { PageData } from './page.ts';

export function sourcesView<R>(page: PageData<R>) {
  const { locale } = page;
  const { claims, entries, events, omissions, sources } = page.edition;
  const t = useTranslations(locale);
  const { lang, quote, typeset } = localeTable(locale);
  const usage = sourceUsage({
    paths: {
      timeline: (id) => localePath(locale, 'timeline', `#${id}`),
      analysis: (id) => localePath(locale, 'analysis', `#${id}`),
    },
    entries: entries.map((e) => ({
      id: e.slug,
      title: e.data.title,
      path: entryPath(e, locale),
      body: page.bodyText(e),
      dateSource: e.data.dateSource,
    })),
    events: events.map((e) => ({ id: e.id, title: e.data.title, sources: e.data.sources })),
    claims: claims.map((c) => ({ id: c.id, title: c.data.claim, evidence: c.data.evidence })),
    omissions: omissions.map((o) => ({ id: o.id, title: o.data.title, evidence: o.data.evidence })),
  });
  const kindLabel = {
    context: t('sources.context'),
    date: t('sources.dateOf'),
    event: t('sources.event'),
    claim: t('sources.claim'),
    omission: t('sources.omission'),
  } as const;
  return [...sources]
    .sort(([, a], [, b]) => a.publication.localeCompare(b.publication, lang))
    .map(([id, source]) => ({
      id,
      href: source.url,
      lang: source.lang,
      label: sourceLabel(source, quote),
      date: source.date,
      host: new URL(source.url).hostname.replace(/^www\./, ''),
      httpReason: source.httpReason && typeset(source.httpReason),
      uses: (usage.get(id) ?? []).map((use) => ({
        kind: kindLabel[use.kind],
        href: url(use.path),
        title: use.title,
      })),
    }));
}
