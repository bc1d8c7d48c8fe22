/**
 * Turns every "§4.2" written in the site's prose into a link to that sentence
 * on the source page, so analysis and article stay one click apart. A
 * reference to a sentence that does not exist fails the build.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localeOfContentFile, type Locale } from '../../i18n/index.ts';
import { parseSentenceRef, sentenceAnchor, SENTENCE_REFS_IN_TEXT } from '../article/article.ts';

export interface SentenceRefOptions {
  /**
   * The sentence ids of the article ("4.2"), asked for when the first file is
   * rendered; undefined when the article cannot be read, which the content
   * rules report (src/lib/article/guard.ts) before any page is built.
   */
  readonly sentenceIds: () => ReadonlySet<string> | undefined;
  /** The URL of the article page in a locale, e.g. "/source/", "/en/article/": a file links within its edition. */
  readonly articleUrl: (locale: Locale) => string;
}

export function linkSentenceRefs(
  value: string,
  options: { sentenceIds: ReadonlySet<string>; sourceUrl: string },
  onUnknown: (ref: string) => void,
): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(SENTENCE_REFS_IN_TEXT)) {
    const ref = match[0];
    const id = parseSentenceRef(ref);
    if (!id || !options.sentenceIds.has(id)) {
      onUnknown(ref);
      continue;
    }
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: `${options.sourceUrl}#${sentenceAnchor(id)}`, className: ['sentence-ref'] },
      children: [{ type: 'text', value: ref }],
    });
    last = match.index + ref.length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

export default function rehypeSentenceRefs(options: SentenceRefOptions) {
  return (tree: Root, file: VFile): void => {
    const sentenceIds = options.sentenceIds();
    if (!sentenceIds) return;
    const linking = {
      sentenceIds,
      sourceUrl: options.articleUrl(localeOfContentFile(file.path)),
    };
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && ['a', 'code', 'pre'].includes((node as Element).tagName)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const value = (node as Text).value;
      if (!value.includes('§')) return undefined;
      const replacement = linkSentenceRefs(value, linking, (ref) => {
        file.fail(`${ref} is not a sentence of the article: use an id listed on /source/`);
      });
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}
