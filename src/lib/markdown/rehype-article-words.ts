/**
 * In a file of another language than the article's, marks the article's words
 * quoted in « » with the article's language, so that they are read as French.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localeOfContentFile, localeTable } from '../../i18n/index.ts';
import { ARTICLE_LANG } from '../article/article.ts';
import { quotedRuns } from '../site/typography.ts';

export default function rehypeArticleWords() {
  return (tree: Root, file: VFile): void => {
    if (localeTable(localeOfContentFile(file.path)).lang === ARTICLE_LANG) return;
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && (node as Element).properties?.['lang'] !== undefined) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const runs = quotedRuns((node as Text).value);
      if (!runs.some((run) => run.quoted)) return undefined;
      const replacement: ElementContent[] = runs.map((run) =>
        run.quoted
          ? {
              type: 'element',
              tagName: 'span',
              properties: { lang: ARTICLE_LANG },
              children: [{ type: 'text', value: run.text }],
            }
          : { type: 'text', value: run.text },
      );
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}
