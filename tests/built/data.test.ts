/**
 * The open data says what the pages say: each file of /donnees/ and /en/data/, and the
 * timeline data, read from the built site and compared with the content files themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { expect, test } from 'vitest';
import { dist } from './built.ts';
import { load as parseYaml } from 'js-yaml';
import { readContent } from '../../src/lib/content/files.ts';
import { parseCsv } from '../../src/lib/site/csv.ts';
import { escapeMarkup } from '../../src/lib/site/escape.ts';
import { CLAIM_FIELDS, STATEMENT_FIELDS, TIMELINE_FIELDS } from '../../src/lib/content/open-data.ts';
import { isTimelineEvent } from '../../src/lib/timeline/timeline.ts';

/** A built file as a static host serves it: its bytes, read as JSON or text. */
const request = {
  get: async (path: string) => {
    const file = join(dist, path);
    return {
      ok: () => existsSync(file),
      json: async (): Promise<unknown> => JSON.parse(readFileSync(file, 'utf8')),
      body: async () => readFileSync(file),
    };
  },
};

const root = new URL('../../', import.meta.url).pathname;
const raw = readContent(root);
const statementIds = raw.entries.filter((e) => e.collection === 'statements').map((e) => e.id);
const claimIds = raw.claims.map((c) => c.id);
const eventIds = readdirSync(join(root, 'content/events/fr')).map((f) => f.replace(/\.yaml$/, ''));

const files = [
  { name: 'verifications', fields: CLAIM_FIELDS, ids: claimIds },
  { name: 'citations', fields: STATEMENT_FIELDS, ids: statementIds },
  // The timeline holds every entry that reports an event (not the commentary) and every context event.
  {
    name: 'chronologie',
    fields: TIMELINE_FIELDS,
    ids: [...raw.entries.filter(isTimelineEvent).map((e) => e.id), ...eventIds],
  },
] as const;

for (const { name, fields, ids } of files) {
  test(`donnees/${name}.json and .csv hold one record per item of the content, no more, and agree`, async () => {
    const json = await request.get(`/donnees/${name}.json`);
    expect(json.ok()).toBe(true);
    const records = (await json.json()) as Record<string, unknown>[];
    expect(records.map((r) => r['id']).sort()).toEqual([...ids].sort());
    for (const record of records) expect(Object.keys(record)).toEqual([...fields]);

    const csv = await request.get(`/donnees/${name}.csv`);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await csv.body());
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...fields]);
    expect(rows.map((r) => r[0])).toEqual(records.map((r) => r['id']));
    for (const row of rows) expect(row).toHaveLength(fields.length);
  });
}

test('the claims data carries each claim’s label and sentence as the content has them', async () => {
  const records = (await (await request.get('/donnees/verifications.json')).json()) as {
    id: string;
    label: string;
    sentence: string;
  }[];
  for (const claim of raw.claims) {
    const data = claim.data as { label: string; ref: string };
    expect(records.find((r) => r.id === claim.id)).toMatchObject({ label: data.label, sentence: data.ref });
  }
});

test('/donnees/ links every file, counts its records from the content, and documents every field', () => {
  const tree = fromHtml(readFileSync(join(dist, 'donnees/index.html'), 'utf8'));
  for (const { name, fields, ids } of files) {
    const section = select(`section#${name}`, tree);
    expect(section, name).toBeDefined();
    if (!section) continue;
    for (const format of ['json', 'csv']) {
      const href = `/donnees/${name}.${format}`;
      const items = selectAll('li', section).filter((li) => select(`a[href="${href}"]`, li));
      expect(items, href).toHaveLength(1);
      expect(items.map((li) => toText(li))[0]).toContain(`${ids.length} lignes`);
    }
    expect(selectAll('dt', section).map((dt) => toText(dt).trim())).toEqual([...fields]);
    for (const dd of selectAll('dd', section)) expect(toText(dd).trim()).not.toBe('');
  }
});

/**
 * What each data file must say, read from the content files themselves (not from the code that
 * writes the data): a field dropped or filled from the wrong place fails here.
 */
const sourceUrl = new Map(raw.sources.map((s) => [s.id, (s.data as { url: string }).url]));
const eventSources = new Map(
  eventIds.map((id) => [
    id,
    (parseYaml(readFileSync(join(root, 'content/events/fr', `${id}.yaml`), 'utf8')) as { sources: string[] })
      .sources,
  ]),
);
type Evidence = { kind: string; source?: string };
const externalSources = (evidence: readonly Evidence[] = []) =>
  evidence.flatMap((e) => (e.kind === 'external' && e.source ? [e.source] : []));
const claimsOf = (entry: string) =>
  raw.claims.filter((c) => (c.data as { entry: string }).entry === entry) as {
    id: string;
    data: { entry: string; label: string; evidence: Evidence[] };
  }[];
const expectedVerdicts = (entry: string) =>
  claimsOf(entry)
    .filter((c) => c.data.label !== 'opinion')
    .map((c) => `${c.data.label} (${c.id})`)
    .sort();
/** An entry's own sources as its page cites them: its <Context> blocks, its claims' and its attribution's evidence. */
const ownSources = (entry: (typeof raw.entries)[number]) => {
  const data = entry.data as { attribution?: { evidence: Evidence[] } };
  return new Set([
    ...[...entry.body.matchAll(/<Context\b[^>]*\bsource=["'{]+([^"'}]+)/g)].map((m) => m[1] ?? ''),
    ...claimsOf(entry.id).flatMap((c) => externalSources(c.data.evidence)),
    ...externalSources(data.attribution?.evidence),
  ]);
};
const urls = (records: unknown) => new Set((records as { url: string }[]).map((s) => s.url));

for (const { prefix, data } of [
  { prefix: '', data: 'donnees' },
  { prefix: '/en', data: 'data' },
]) {
  test(`${prefix}/${data}/chronologie.json gives each event of the article its verdicts, attribution and own sources`, async () => {
    const records = (await (await request.get(`${prefix}/${data}/chronologie.json`)).json()) as Record<
      string,
      unknown
    >[];
    const events = raw.entries.filter(isTimelineEvent);
    expect(events.some((e) => expectedVerdicts(e.id).length > 0)).toBe(true);
    for (const entry of events) {
      const record = records.find((r) => r['id'] === entry.id);
      const data = entry.data as { attribution?: { status: string }; dateSource?: string };
      expect([...((record?.['verdicts'] as string[] | undefined) ?? [])].sort(), entry.id).toEqual(
        expectedVerdicts(entry.id),
      );
      expect(record?.['attribution'], entry.id).toBe(data.attribution?.status ?? '');
      expect(urls(record?.['sources']), entry.id).toEqual(
        new Set([...ownSources(entry)].map((id) => sourceUrl.get(id))),
      );
      expect(urls(record?.['date_source']), entry.id).toEqual(
        new Set(data.dateSource ? [sourceUrl.get(data.dateSource)] : []),
      );
    }
    for (const [id, sources] of eventSources) {
      const record = records.find((r) => r['id'] === id);
      expect(record?.['verdicts'], id).toEqual([]);
      expect(urls(record?.['sources']), id).toEqual(new Set(sources.map((s) => sourceUrl.get(s))));
    }
  });

  test(`${prefix}/${data}/citations.json says who spoke according to the sources, with what it rests on`, async () => {
    const records = (await (await request.get(`${prefix}/${data}/citations.json`)).json()) as Record<
      string,
      unknown
    >[];
    for (const entry of raw.entries.filter((e) => e.collection === 'statements')) {
      const data = entry.data as {
        speakers: string[];
        attribution: { status: string; spokenBy?: string[]; evidence: Evidence[] };
      };
      const record = records.find((r) => r['id'] === entry.id);
      expect(record?.['attribution'], entry.id).toBe(data.attribution.status);
      expect(record?.['spoken_by_ids'], entry.id).toEqual(data.attribution.spokenBy ?? data.speakers);
      expect((record?.['spoken_by'] as string[]).length, entry.id).toBe(
        (data.attribution.spokenBy ?? data.speakers).length,
      );
      expect(
        (record?.['attribution_evidence'] as { source?: { url: string } }[]).flatMap((e) =>
          e.source ? [e.source.url] : [],
        ),
        entry.id,
      ).toEqual(externalSources(data.attribution.evidence).map((id) => sourceUrl.get(id)));
      expect([...((record?.['verdicts'] as string[] | undefined) ?? [])].sort(), entry.id).toEqual(
        expectedVerdicts(entry.id),
      );
    }
  });
}

test('/chronologie.json and /en/timeline.json link every event to its own sources', async () => {
  for (const path of ['/chronologie.json', '/en/timeline.json']) {
    const { events } = (await (await request.get(path)).json()) as {
      events: { unique_id: string; text: { text: string } }[];
    };
    for (const entry of raw.entries.filter(isTimelineEvent)) {
      const text = events.find((e) => e.unique_id === entry.id)?.text.text ?? '';
      for (const id of ownSources(entry))
        expect(text, `${path} ${entry.id}`).toContain(`href="${escapeMarkup(sourceUrl.get(id) ?? '')}"`);
    }
    for (const [id, sources] of eventSources) {
      const text = events.find((e) => e.unique_id === id)?.text.text ?? '';
      for (const source of sources)
        expect(text, `${path} ${id}`).toContain(`href="${escapeMarkup(sourceUrl.get(source) ?? '')}"`);
    }
  }
});
