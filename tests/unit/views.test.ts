/**
 * The views (src/lib/views/): what each page renders besides its markup, built from the real
 * content in every locale. Expectations are derived from the edition itself, never counted by
 * hand, so that a view that drops, repeats or misfiles an item fails here.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, fill, localeTable, useTranslations } from '../../src/i18n/index.ts';
import { quoteAttribution } from '../../src/lib/search/content.ts';
import { formatSentenceRef, sentenceOf } from '../../src/lib/article/article.ts';
import { recordedSpeakers } from '../../src/lib/content/attribution.ts';
import { entryPath, isStatement, withNeighbours } from '../../src/lib/content/entries.ts';
import { SECTIONS } from '../../src/lib/content/sections.ts';
import { answeringPages } from '../../src/lib/search/site-pages.ts';
import { answeredQuestions } from '../../src/lib/views/search.ts';
import { url } from '../../src/urls.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { mentionsAny } from '../../src/lib/search/aliases.ts';
import { allFilters } from '../../src/lib/timeline/timeline.ts';
import { evidencePlainText } from '../../src/lib/content/evidence-links.ts';
import { analysisView } from '../../src/lib/views/analysis.ts';
import { articleView } from '../../src/lib/views/article.ts';
import { entitiesView, entityView } from '../../src/lib/views/entity.ts';
import { entryView } from '../../src/lib/views/entry.ts';
import { homeView } from '../../src/lib/views/home.ts';
import { methodView } from '../../src/lib/views/method.ts';
import { provenanceView } from '../../src/lib/views/provenance.ts';
import { quotesView } from '../../src/lib/views/quotes.ts';
import { sourcesView } from '../../src/lib/views/sources.ts';
import { timelineView } from '../../src/lib/views/timeline.ts';
import { CLAIM_LABELS } from '../../src/schemas/claim.ts';
import { pageDataFromFiles } from '../support/page-data.ts';

const root = new URL('../../', import.meta.url).pathname;
const raw = readContent(root);

describe.each(LOCALES)('views in the "%s" edition', (locale) => {
  const page = pageDataFromFiles(raw, locale);
  const { claims, entries, entities, omissions, sourceMatches, sources, timeline } = page.edition;
  const t = useTranslations(locale);
  /** Speakers' names as a sentence writes them ("le ministère…"), as the attribution puts them. */
  const inSentence = (ids: readonly string[]) => ids.map(page.edition.entityInSentence);

  it('has content to check', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(claims.length).toBeGreaterThan(0);
  });

  describe('front page', () => {
    const view = homeView(page);

    it('leads with the verdict on the article, described as read, else with where it comes from', () => {
      const { verdict } = page.edition;
      expect(view.verdict).toEqual(verdict);
      expect(view.description).toBe(verdict && evidencePlainText(verdict.text));
      expect(view.origin.length > 0).toBe(verdict === undefined);
    });

    it('counts every claim under its verdict once, and lists every quote and featured entry', () => {
      expect(view.counts.reduce((sum, c) => sum + c.count, 0)).toBe(view.claimCount);
      expect(view.claimCount).toBe(claims.length);
      expect(view.quotes.map((q) => q.entry.slug)).toEqual(
        entries.filter((e) => isStatement(e) && e.data.quote).map((e) => e.slug),
      );
      for (const entry of view.featured) expect(entry.data.featured).toBe(true);
    });

    it('sends each finding to its evidence, with the verdict of the claim it rests on', () => {
      expect(view.findings).toHaveLength(page.edition.findings.length);
      page.edition.findings.forEach(({ data }, i) => {
        const finding = view.findings[i];
        const claim = claims.find((c) => c.id === data.claim);
        expect(finding?.label).toBe(claim?.data.label);
        if (data.claim || data.omission)
          expect(finding?.href).toMatch(new RegExp(`#${data.claim ?? data.omission}$`));
      });
    });
  });

  describe('entry page', () => {
    const views = withNeighbours(entries).map((route) => ({ route, view: entryView(page, route) }));

    it('gives every rated claim of an entry one ClaimReview with its verdict word, and an opinion none', () => {
      for (const { route, view } of views) {
        const own = claims.filter((c) => c.data.entry === route.entry.slug);
        const rated = own.filter((c) => c.data.label !== 'opinion');
        expect(view.ownClaims.map((c) => c.id)).toEqual(own.map((c) => c.id));
        expect(view.reviews).toHaveLength(rated.length);
        rated.forEach((claim, i) => {
          expect(view.reviews[i]).toMatchObject({
            '@type': 'ClaimReview',
            inLanguage: localeTable(locale).lang,
            claimReviewed: claim.data.claim,
            reviewRating: { alternateName: t(`label.${claim.data.label}`) },
            headline: view.headline,
          });
        });
      }
    });

    it('shows each sentence the entry covers once, with every span and claim of that sentence', () => {
      for (const { route, view } of views) {
        const { data } = route.entry;
        const refs = new Set(data.covers.map((c) => c.ref));
        expect(view.sentences.map((s) => s.ref)).toEqual([...refs]);
        for (const sentence of view.sentences) {
          expect(sentenceOf(sentence.ref, page.article)).toBeDefined();
          for (const cover of data.covers.filter((c) => c.ref === sentence.ref && c.text !== undefined))
            expect(sentence.spans).toContain(cover.text);
          expect(sentence.claims).toEqual(
            claims
              .filter((c) => c.data.entry === route.entry.slug && c.data.ref === sentence.ref)
              .map((c) => c.data),
          );
        }
      }
    });

    it('searches a statement by its speakers, and every page by its date', () => {
      for (const { route, view } of views) {
        expect(view.search.meta.date).toBe(route.entry.data.date);
        if (isStatement(route.entry)) {
          expect(view.statement?.speakers).toBe(
            route.entry.data.speakers.map(page.edition.entityName).join(', '),
          );
          // In the words of its quote record and copied citation: each name as a sentence writes it.
          expect(view.search.meta.attribution).toBe(
            quoteAttribution(
              inSentence(route.entry.data.speakers),
              route.entry.data.attribution.status,
              locale,
            ),
          );
        } else expect(view.statement).toBeUndefined();
      }
    });

    it('links each entry to its neighbours in the edition’s order', () => {
      views.forEach(({ view }, i) => {
        expect(view.previous?.title).toBe(entries[i - 1]?.data.title);
        expect(view.next?.title).toBe(entries[i + 1]?.data.title);
      });
    });
  });

  describe('verdicts index', () => {
    it('shows on each label’s page exactly the claims with that label, and all of them on the index', () => {
      for (const label of [undefined, ...CLAIM_LABELS]) {
        const view = analysisView(page, label);
        const expected = claims.filter((c) => label === undefined || c.data.label === label);
        expect(view.shown.map((s) => s.claim.id)).toEqual(expected.map((c) => c.id));
        for (const { claim, entry } of view.shown)
          expect(entry?.title).toBe(entries.find((e) => e.slug === claim.data.entry)?.data.title);
        expect(view.filters.filter((f) => f.current)).toHaveLength(1);
        expect(view.filters.map((f) => f.count)).toEqual([
          claims.length,
          ...CLAIM_LABELS.map((l) => claims.filter((c) => c.data.label === l).length),
        ]);
      }
    });

    it('gives the omissions, framing and shifts, and the Article, on the whole index only', () => {
      const index = analysisView(page, undefined);
      expect(index.jsonLd).toMatchObject({ '@type': 'Article', headline: t('analysis.title') });
      expect(index.omissions.map((o) => o.omission.id)).toEqual(omissions.map((o) => o.id));
      expect(index.groups.map((g) => g.list.length)).toEqual([
        claims.filter((c) => c.data.type === 'framing').length,
        claims.filter((c) => c.data.departsFrom !== undefined).length,
      ]);
      for (const label of CLAIM_LABELS) {
        const view = analysisView(page, label);
        expect(view.jsonLd).toBeUndefined();
        expect(view.omissions).toEqual([]);
        expect(view.groups).toEqual([]);
      }
    });
  });

  describe('timeline', () => {
    it.each(allFilters().map((filter) => [filter.section ?? 'all', filter.origin ?? 'all', filter] as const))(
      'holds exactly the items the filter (%s, %s) allows, each once, by year and month',
      (_section, _origin, filter) => {
        const view = timelineView(page, filter);
        const allowed = timeline.filter(
          (item) =>
            (filter.section === undefined || item.section === filter.section) &&
            (filter.origin === undefined || item.origin === filter.origin),
        );
        expect(view.items).toEqual(allowed);
        const grouped = view.years.flatMap((year) => year.parts.flatMap((part) => part.items));
        expect(grouped).toEqual(allowed);
        for (const year of view.years)
          for (const item of year.parts.flatMap((p) => p.items))
            expect(item.date.iso.startsWith(String(year.year))).toBe(true);
        // Each filter link counts what the page it leads to holds.
        for (const link of view.filters.flatMap((g) => g.links))
          expect(link.count).toBe(
            allFilters()
              .map((f) => timelineView(page, f))
              .find((v) => v.filters.flatMap((g) => g.links).find((l) => l.href === link.href && l.current))
              ?.items.length,
          );
      },
    );
  });

  describe('quotes page', () => {
    const view = quotesView(page);
    const statements = entries.filter(isStatement);
    const listed = view.groups.flatMap((g) => g.items.map((i) => i.statement.slug));

    it('groups every statement once, a statement with a quote included', () => {
      expect([...listed].sort()).toEqual(statements.map((s) => s.slug).sort());
      for (const s of statements.filter((s) => s.data.quote))
        expect(listed.filter((slug) => slug === s.slug)).toHaveLength(1);
    });

    it('puts each statement under the speakers the record shows', () => {
      for (const group of view.groups)
        for (const { statement } of group.items)
          for (const id of recordedSpeakers(statement.data))
            expect(group.label).toContain(page.edition.entityName(id));
    });

    it('gives machines a Quotation only for quotes the record bears out', () => {
      const confirmed = statements.filter((s) => s.data.quote && s.data.attribution.status === 'confirmed');
      expect(view.quotations.map((q) => q.text)).toEqual(confirmed.map((s) => s.data.quote?.text));
    });

    it('cites each statement with its verdicts', () => {
      for (const item of view.groups.flatMap((g) => g.items)) {
        const own = claims.filter((c) => c.data.entry === item.statement.slug);
        expect(item.cite.shows).toEqual([item.statement.slug, ...own.map((c) => c.id)]);
        for (const claim of own) expect(item.cite.title).toContain(t(`label.${claim.data.label}`));
      }
    });
  });

  describe('entities', () => {
    it('lists every entity once, under its kind', () => {
      const kinds = entitiesView(page);
      expect(kinds.flatMap((k) => k.entities.map((e) => e.name)).sort()).toEqual(
        [...entities.values()].map((e) => e.name).sort(),
      );
    });

    it('gives an entity the entries about it, its quotes and the sentences naming it', () => {
      for (const [id, data] of entities) {
        const view = entityView(page, id, data);
        const speaks = (e: (typeof entries)[number]) =>
          isStatement(e) && (e.data.speakers.includes(id) || recordedSpeakers(e.data).includes(id));
        expect(view.entries.map((e) => e.slug)).toEqual(
          entries.filter((e) => e.data.entities.includes(id) || speaks(e)).map((e) => e.slug),
        );
        expect(view.quotes.map((q) => q.slug)).toEqual(entries.filter(speaks).map((e) => e.slug));
        // Whom the article credits each quote to, said as the entry page says it.
        for (const [i, quote] of entries.filter(speaks).entries())
          expect(view.quotes[i]?.attribution).toBe(
            fill(t('statement.attributedBy'), {
              to: localeTable(locale).attributedTo(inSentence(isStatement(quote) ? quote.data.speakers : [])),
            }),
          );
        expect(view.sentences.map((s) => s.ref)).toEqual(
          page.article.sentences
            .filter((s) => mentionsAny(s.text, data.spellings))
            .map((s) => formatSentenceRef(s.id)),
        );
        expect(view.jsonLd).toMatchObject({ name: data.name });
      }
    });
  });

  describe('the other pages', () => {
    it('article: every sentence once, its notes its claims and the entries that analyse it', () => {
      const view = articleView(page);
      const sentences = view.paragraphs.flatMap((p) => p.sentences);
      expect(sentences.map((s) => s.text)).toEqual(page.article.sentences.map((s) => s.text));
      for (const [i, sentence] of sentences.entries()) {
        const id = page.article.sentences[i]?.id ?? '';
        const checked = claims.filter((c) => c.data.ref === sentence.ref);
        expect(sentence.notes).toHaveLength(checked.length + (page.edition.coverage.get(id)?.length ?? 0));
        expect(sentence.translation).toBe(page.sentenceTranslations.get(sentence.ref));
      }
    });

    it('sources: every source once', () => {
      expect(
        sourcesView(page)
          .map((s) => s.id)
          .sort(),
      ).toEqual([...sources.keys()].sort());
    });

    it('provenance: every matched passage once', () => {
      expect(provenanceView(page).rows.map((r) => r.id)).toEqual(sourceMatches.map((m) => m.id));
    });

    it('search: each entry’s first question, linked to it, by section in the site’s order, then the site’s pages', () => {
      const groups = answeredQuestions(page);
      const asked = entries.filter((e) => (e.data.questions ?? []).length > 0);
      expect(asked.length).toBeGreaterThan(0);
      const listed = groups.flatMap((g) => g.questions);
      const expected = SECTIONS.flatMap((s) => asked.filter((e) => e.collection === s.collection)).map(
        (e) => ({
          question: e.data.questions?.[0],
          href: url(entryPath(e, locale)),
        }),
      );
      const site = answeringPages(locale).map((p) => ({ question: p.questions[0], href: url(p.path) }));
      expect(listed).toEqual([...expected, ...site]);
      expect(groups.map((g) => g.heading)).toEqual([
        ...SECTIONS.filter((s) => asked.some((e) => e.collection === s.collection)).map((s) =>
          t(`section.${s.collection}`),
        ),
        t('search.questions.site'),
      ]);
    });

    it('method: each label counts its claims', () => {
      const view = methodView(page);
      expect(view.labels.map((l) => l.count)).toEqual(
        CLAIM_LABELS.map((label) => claims.filter((c) => c.data.label === label).length),
      );
      expect(view.labels.reduce((sum, l) => sum + l.count, 0)).toBe(claims.length);
    });
  });
});
