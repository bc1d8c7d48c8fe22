/**
 * Reads content/ and runs the content rules (src/lib/content/rules/integrity.ts)
 * before Astro builds, so a broken entry stops `astro build` with a clean list
 * naming file, field and fix, and a non-zero exit: no stack trace, no hint of
 * Astro's that has nothing to do with the content. That read is the build's
 * only one: it is shared (src/lib/content/shared.ts) with the collections'
 * loader and the search records. In `astro dev` the content is read and checked
 * again on every change under content/: the problems go to the terminal and to
 * the browser's error overlay, which clears once they are fixed, and a clean
 * read goes to the collections, so the pages show it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDirectory } from '../lib/content/dir.ts';
import { readContent, type RawContent } from '../lib/content/files.ts';
import { LOADER_NAME } from '../lib/content/loader.ts';
import { shareContent } from '../lib/content/shared.ts';
import { checkContent } from '../lib/content/rules/integrity.ts';
import { formatProblems } from '../lib/content/rules/problems.ts';
import { escapeMarkup } from '../lib/site/escape.ts';

/**
 * The content folder as read, and its problems as text, or '' when there are
 * none (which is logged).
 */
function check(root: string, logger?: AstroIntegrationLogger): { raw: RawContent; report: string } {
  const raw = readContent(root, contentDirectory(root));
  const { problems: contentProblems, notes, article } = checkContent(raw);
  // The publisher's file is optional, but one that is there must be right.
  const problems = [...contentProblems, ...raw.publisher.problems];
  if (problems.length > 0) return { raw, report: formatProblems(problems, notes) };
  logger?.info(`content checked: ${article.sentences.length} sentences, all covered`);
  return { raw, report: '' };
}

export default function contentIntegrity(): AstroIntegration {
  let root = '';
  let report = '';
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const checked = check(root, logger);
        report = checked.report;
        // Shared even with problems: a build stops below, and `astro dev` starts
        // from it as it is, under the overlay, until a save puts it right.
        shareContent(checked.raw);
        if (!report) return;
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        // Thrown, the list would come wrapped in a stack trace and Astro's guesses at its cause.
        process.stderr.write(`\n${report}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const contentDir = contentDirectory(root);
        // The overlay takes the list as its message; the stack would only show this file.
        // It sets message and hint as HTML: escaped, a problem's "<Context>" or a
        // quote's "<img onerror=…>" shows as written and never becomes markup.
        const overlay = () => ({
          type: 'error' as const,
          err: {
            message: escapeMarkup(report),
            hint: escapeMarkup('Fix the files named and save: this page reloads once the content is right.'),
            stack: '',
            plugin: 'content-integrity',
          },
        });
        server.watcher.add(contentDir);
        /** The collections loaded again from the read just shared; the pages then show it. */
        const reload = () =>
          refreshContent?.({ loaders: [LOADER_NAME] }).catch((error: unknown) =>
            logger.error(`the collections could not be loaded again: ${String(error)}`),
          );
        server.watcher.on('all', async (_event, path) => {
          if (!path.startsWith(contentDir)) return;
          const { raw, report: next } = check(root);
          const previous = report;
          report = next;
          // A read with problems is not shared: the pages keep the fields as last
          // checked, under the overlay, until the problems are fixed (an entry's
          // MDX body is compiled from its file, so it shows as saved).
          if (!report) {
            shareContent(raw);
            await reload();
          }
          if (report === previous) return;
          if (report) {
            logger.error(report);
            server.ws.send(overlay());
          } else {
            logger.info('content problems fixed: content checked again, all covered');
            server.ws.send({ type: 'full-reload', path: '*' });
          }
        });
        // A page opened (or reloaded) while the problems remain shows them too.
        server.ws.on('vite:client:connect', (_data: unknown, client: { send: (p: unknown) => void }) => {
          if (report) client.send(overlay());
        });
      },
    },
  };
}
