/**
 * Runs the content rules (src/lib/integrity.ts) before Astro builds, so a
 * broken entry stops `astro build` with a message naming file, field and fix.
 * In `astro dev` the same problems are logged, keeping the server up while
 * the author fixes them.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirectory } from '../lib/content-dir.ts';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { ContentIntegrityError, formatProblems } from '../lib/problems.ts';

export default function contentIntegrity(): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, article } = checkContent(readContent(root, contentDirectory(root)));
        if (problems.length === 0) {
          logger.info(`content checked: ${article.sentences.length} sentences, all covered`);
          return;
        }
        if (command === 'dev') logger.error(formatProblems(problems));
        else throw new ContentIntegrityError(problems);
      },
    },
  };
}
