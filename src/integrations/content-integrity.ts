/**
 * Runs the content rules (src/lib/content/rules/integrity.ts) before Astro builds, so a
 * broken entry stops `astro build` with a clean list naming file, field and
 * fix, and a non-zero exit: no stack trace, no hint of Astro's that has
 * nothing to do with the content. In `astro dev` the rules run again on every
 * change under content/: the problems go to the terminal and to the browser's
 * error overlay, which clears once they are fixed.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDirectory } from '../lib/content/dir.ts';
import { readContent } from '../lib/content/files.ts';
import { checkContent } from '../lib/content/rules/integrity.ts';
import { formatProblems } from '../lib/content/rules/problems.ts';
import { readPublisher } from '../lib/site/publisher.ts';
import { escapeMarkup } from '../lib/site/escape.ts';

/** The problems of the content folder as text, or '' when there are none (which is logged). */
function check(root: string, logger?: AstroIntegrationLogger): string {
  const {
    problems: contentProblems,
    notes,
    article,
  } = checkContent(readContent(root, contentDirectory(root)));
  // The publisher's file is optional, but one that is there must be right.
  const problems = [...contentProblems, ...readPublisher(contentDirectory(root), root).problems];
  if (problems.length > 0) return formatProblems(problems, notes);
  logger?.info(`content checked: ${article.sentences.length} sentences, all covered`);
  return '';
}

export default function contentIntegrity(): AstroIntegration {
  let root = '';
  let report = '';
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        report = check(root, logger);
        if (!report) return;
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        // Thrown, the list would come wrapped in a stack trace and Astro's guesses at its cause.
        process.stderr.write(`\n${report}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
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
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir)) return;
          const next = check(root);
          if (next === report) return;
          report = next;
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
