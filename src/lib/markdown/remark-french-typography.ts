/**
 * Applies French typography (src/lib/typography.ts) to the prose of entries.
 * Blockquotes are skipped because they may hold the article's verbatim words.
 */
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { frenchTypography } from '../typography.ts';

export default function remarkFrenchTypography() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (node.type === 'blockquote' || node.type === 'code' || node.type === 'inlineCode') {
        return SKIP;
      }
      if (node.type === 'text') {
        const text = node as Text;
        text.value = frenchTypography(text.value);
      }
      return undefined;
    });
  };
}
