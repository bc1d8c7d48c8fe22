import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPath } from '../../src/lib/content/entries.ts';
import { buildEnv } from '../support/build-env.ts';
import { fixtureContent, removeTempDirs } from '../support/temp-content.ts';

const root = new URL('../../', import.meta.url).pathname;
// DEV_PORT lets two checkouts run this test side by side.
const port = Number(process.env['DEV_PORT'] ?? 4323);

let server: ChildProcess | undefined;
afterAll(async () => {
  // The server runs in its own process group, so its children go with it.
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  removeTempDirs();
});

/** Resolves once `predicate` holds for the text seen so far, or rejects after `ms`. */
function waitFor(read: () => string, predicate: (text: string) => boolean, what: string, ms = 60_000) {
  return new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (predicate(read())) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(timer);
        reject(new Error(`${what} did not come; the server said:\n${read()}`));
      }
    }, 100);
  });
}

const { root: fixtureRoot, content } = fixtureContent();
let log = '';

/**
 * Saves a content file whole: written beside the content folder, then moved into place. Written in
 * place, the server's watcher may read it half-written (empty, "no frontmatter block") and report
 * that first.
 */
function save(file: string, text: string): void {
  const draft = join(fixtureRoot, '.saving');
  writeFileSync(draft, text);
  renameSync(draft, file);
}

/** The dev server over the valid fixture, started once for the tests below. */
async function startServer(): Promise<void> {
  if (server) return;
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--ignore-lock'],
    {
      cwd: root,
      env: { ...buildEnv, CONTENT_DIR: content },
      detached: true,
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitFor(
    () => log,
    (text) => text.includes(`localhost:${port}`),
    'the server',
  );
}

describe('astro dev', () => {
  it('shows a problem saved while it runs, in the terminal and the overlay, and clears it once fixed', async () => {
    await startServer();
    expect(log).toContain('content checked');

    // Listen as the browser's client does: Vite's socket, with the token its client script carries.
    const client = await (await fetch(`http://localhost:${port}/@vite/client`)).text();
    const token = /const wsToken = "([^"]+)"/.exec(client)?.[1];
    const messages: { type: string; err?: { message: string } }[] = [];
    const socket = new WebSocket(`ws://localhost:${port}/?token=${token}`, 'vite-hmr');
    socket.addEventListener('message', (event) => messages.push(JSON.parse(String(event.data))));
    await new Promise((resolve) => socket.addEventListener('open', resolve));
    const sent = () => JSON.stringify(messages);

    const file = join(content, 'statements/fr/bonjour.mdx');
    const valid = readFileSync(file, 'utf8');
    const logBefore = log.length;
    save(file, valid.replace("text: 'bonjour Minsk'", "text: 'bonsoir Minsk'"));
    try {
      await waitFor(sent, (text) => text.includes('not found verbatim in §2.1'), 'the overlay');
      const overlay = messages.find((m) => m.type === 'error');
      expect(overlay?.err?.message).toMatch(/✗ \S*content\/statements\/fr\/bonjour.mdx/);
      expect(overlay?.err?.message).toContain('field: quote.text');
      await waitFor(
        () => log.slice(logBefore),
        (text) => text.includes('field: quote.text'),
        'the terminal',
      );

      // A page opened while the problem remains gets the overlay too.
      const late: string[] = [];
      const second = new WebSocket(`ws://localhost:${port}/?token=${token}`, 'vite-hmr');
      second.addEventListener('message', (event) => late.push(String(event.data)));
      await waitFor(
        () => late.join(),
        (text) => text.includes('not found verbatim'),
        'the overlay on a new page',
      );
      second.close();

      const count = messages.length;
      save(file, valid);
      await waitFor(
        () => JSON.stringify(messages.slice(count)),
        (text) => text.includes('"full-reload"'),
        'the reload that clears the overlay',
      );
      await waitFor(
        () => log.slice(logBefore),
        (text) => text.includes('content problems fixed'),
        'the terminal',
      );
    } finally {
      // Left broken by a failure, the file would fail the tests after this one too.
      if (readFileSync(file, 'utf8') !== valid) save(file, valid);
      socket.close();
    }
  });

  it('shows a hostile quote and a tag in a message as text in the overlay, never as markup', async () => {
    await startServer();
    const file = join(content, 'statements/fr/bonjour.mdx');
    const valid = readFileSync(file, 'utf8');
    const hostile = '<img src=x onerror=alert(document.domain)>bonjour';
    save(
      file,
      valid
        .replace("text: 'bonjour Minsk'", `text: '${hostile}'`)
        .replace('Une salutation.', '<Context>Une salutation.</Context>'),
    );
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`http://localhost:${port}/`);
      const message = page.locator('vite-error-overlay #message-content');
      await message.waitFor({ timeout: 60_000 });
      await expect.poll(() => message.textContent(), { timeout: 60_000 }).toContain(hostile);
      const text = (await message.textContent()) ?? '';
      expect(text).toContain('<Context> without a source');
      expect(text).toContain('write <Context source="id">');
      expect(await page.locator('vite-error-overlay img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      save(file, valid);
    }
  });

  it('shows a file saved while it runs on its page: its fields and its body', async () => {
    await startServer();
    const file = join(content, 'statements/fr/bonjour.mdx');
    const valid = readFileSync(file, 'utf8');
    const page = `http://localhost:${port}/${entryPath({ collection: 'statements', slug: 'bonjour' })}`;
    const html = async () => (await fetch(page)).text();
    const poll = { timeout: 60_000, interval: 250 };
    await expect.poll(html, poll).toContain('Une salutation.');
    // The dev server styles its pages inline: the built pages' policy, which forbids that, stays out.
    expect(await html()).not.toContain('http-equiv="content-security-policy"');
    try {
      save(
        file,
        valid
          .replace('title: Pompeo dit bonjour', 'title: Pompeo dit bonsoir')
          .replace('Une salutation.', 'Un salut du soir.'),
      );
      await expect.poll(html, poll).toContain('Pompeo dit bonsoir');
      await expect.poll(html, poll).toContain('Un salut du soir.');
    } finally {
      save(file, valid);
    }
  });
});
