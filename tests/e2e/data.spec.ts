import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/content/files.ts';
import { parseCsv } from '../../src/lib/site/csv.ts';
import { CLAIM_FIELDS, STATEMENT_FIELDS, TIMELINE_FIELDS } from '../../src/lib/content/open-data.ts';
import { isTimelineEvent } from '../../src/lib/timeline/timeline.ts';

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
  test(`donnees/${name}.json and .csv hold one record per item of the content, no more, and agree`, async ({
    request,
  }) => {
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

test('the claims data carries each claim’s label and sentence as the content has them', async ({
  request,
}) => {
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

test('/donnees/ links every file, counts its records from the content, and documents every field', async ({
  page,
}) => {
  await page.goto('/donnees/');
  for (const { name, fields, ids } of files) {
    const section = page.locator(`section#${name}`);
    for (const format of ['json', 'csv']) {
      const link = section.locator(`a[href="/donnees/${name}.${format}"]`);
      await expect(link).toHaveCount(1);
      await expect(link.locator('xpath=..')).toContainText(`${ids.length} lignes`);
    }
    await expect(section.locator('dt')).toHaveText([...fields]);
    for (const dd of await section.locator('dd').all()) await expect(dd).not.toBeEmpty();
  }
});
