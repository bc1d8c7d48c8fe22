/**
 * Applies the typography of an entry's language (src/i18n, `typeset`) to its
 * prose: French spacing in French files only. Blockquotes are skipped because
 * they may hold the article's verbatim words.
 */
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localeOfContentFile, localeTable } from '../../i18n/index.ts';

export default function remarkTypography() {
  return (tree: Root, file: VFile): void => {
    const { typeset } = localeTable(localeOfContentFile(file.path));
    visit(tree, (node) => {
      if (node.type === 'blockquote' || node.type === 'code' || node.type === 'inlineCode') {
        return SKIP;
      }
      if (node.type === 'text') {
        const text = node as Text;
        text.value = typeset(text.value);
      }
      return undefined;
    });
  };
}
