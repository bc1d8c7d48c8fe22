import type { Element, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeArticleWords from '../../src/lib/markdown/rehype-article-words.ts';
import rehypeSentenceRefs from '../../src/lib/markdown/rehype-sentence-refs.ts';
import remarkTypography from '../../src/lib/markdown/remark-typography.ts';
import { openingWords, typesetFields } from '../../src/lib/site/typography.ts';
import { frenchTypography, guillemets } from '../../src/i18n/typography.ts';

const options = {
  sentenceIds: () => new Set(['2.1', '4.2']),
  articleUrl: (locale: string) => (locale === 'fr' ? '/source/' : `/${locale}/article/`),
};

function paragraph(text: string): Root {
  return {
    type: 'root',
    children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }],
  };
}

describe('frenchTypography', () => {
  it('uses no-break spaces around guillemets and before high punctuation', () => {
    expect(frenchTypography('Il dit « oui » : vraiment ? Oui !')).toBe(
      'Il dit «\u202Foui\u202F»\u00A0: vraiment\u202F? Oui\u202F!',
    );
  });
  it('turns straight apostrophes into typographic ones between letters only', () => {
    expect(frenchTypography("l'échange d'ambassadeurs, 'code'")).toBe("l’échange d’ambassadeurs, 'code'");
  });
  it('leaves addresses alone', () => {
    expect(frenchTypography('voir https://example.org:8080/a?b')).toBe('voir https://example.org:8080/a?b');
  });
  it('wraps quoted words without touching them', () => {
    expect(guillemets('pour« l’échange')).toBe('«\u202Fpour« l’échange\u202F»');
  });

  it('nests a whole quotation inside the quoted words as “ ”, as French does', () => {
    expect(guillemets('convenus pour« l’échange d’ambassadeurs » avec')).toBe(
      '«\u202Fconvenus pour“l’échange d’ambassadeurs” avec\u202F»',
    );
  });
});

describe('typesetFields', () => {
  it('typesets the named fields only and leaves the data it was given alone', () => {
    const data = { title: "l'échange : oui", url: "https://example.org/l'article" };
    expect(typesetFields(data, ['title'], frenchTypography)).toEqual({
      title: 'l’échange\u00A0: oui',
      url: "https://example.org/l'article",
    });
    expect(data.title).toBe("l'échange : oui");
  });
});

describe('openingWords', () => {
  it('keeps a short text whole', () => {
    expect(openingWords('Pompeo à Minsk.', 60)).toBe('Pompeo à Minsk.');
  });
  it('cuts a long text at a word boundary, without a dangling comma or guillemet', () => {
    const text = 'Les États-Unis, la Russie et « régimes autoritaires » dans une phrase longue';
    expect(openingWords(text, 16)).toBe('Les États-Unis…');
    expect(openingWords(text, 38)).toBe('Les États-Unis, la Russie et…');
    expect(openingWords(text, 32)).toBe('Les États-Unis, la Russie et…');
    expect(openingWords(text, 60).length).toBeLessThanOrEqual(61);
    expect(openingWords(text, 16, '\u00a0[…]')).toBe('Les États-Unis\u00a0[…]');
  });
});

describe('remarkTypography', () => {
  it('typesets an English file’s prose without French spacing', () => {
    const tree: MdastRoot = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: "the article's word : « x »" }] }],
    };
    remarkTypography()(tree, new VFile({ path: '/site/content/statements/en/x.mdx' }));
    // Guillemets held to the article's words, and no space added before the colon.
    expect(JSON.stringify(tree)).toContain('the article’s word : «\u202Fx\u202F»');
    expect(JSON.stringify(tree)).not.toContain('\u00A0:');
  });

  it('typesets prose but not blockquotes or code', () => {
    const tree: MdastRoot = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: "l'avis : « non »" }] },
        {
          type: 'blockquote',
          children: [{ type: 'paragraph', children: [{ type: 'text', value: "l'article : « x »" }] }],
        },
        { type: 'paragraph', children: [{ type: 'inlineCode', value: "a 'b' ?" }] },
      ],
    };
    remarkTypography()(tree, new VFile({ path: '/site/content/statements/fr/x.mdx' }));
    expect(JSON.stringify(tree)).toContain('l’avis\u00A0: «\u202Fnon\u202F»');
    expect(JSON.stringify(tree)).toContain("l'article : « x »");
    expect(JSON.stringify(tree)).toContain("a 'b' ?");
  });
});

describe('rehypeSentenceRefs', () => {
  it('links an English file’s references to the English article page', () => {
    const tree = paragraph('See §2.1.');
    rehypeSentenceRefs(options)(tree, new VFile({ path: '/site/content/commentary/en/x.mdx' }));
    expect(JSON.stringify(tree)).toContain('"href":"/en/article/#s2-1"');
  });

  it('links each § reference to its sentence on the source page', () => {
    const tree = paragraph('Voir §2.1 et §4.2.');
    rehypeSentenceRefs(options)(tree, new VFile());
    const p = tree.children[0] as Element;
    expect(p.children).toEqual([
      { type: 'text', value: 'Voir ' },
      {
        type: 'element',
        tagName: 'a',
        properties: { href: '/source/#s2-1', className: ['sentence-ref'] },
        children: [{ type: 'text', value: '§2.1' }],
      },
      { type: 'text', value: ' et ' },
      {
        type: 'element',
        tagName: 'a',
        properties: { href: '/source/#s4-2', className: ['sentence-ref'] },
        children: [{ type: 'text', value: '§4.2' }],
      },
      { type: 'text', value: '.' },
    ]);
  });

  it('leaves references inside links alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: '#' },
          children: [{ type: 'text', value: '§2.1' }],
        },
      ],
    };
    rehypeSentenceRefs(options)(tree, new VFile());
    expect((tree.children[0] as Element).children).toEqual([{ type: 'text', value: '§2.1' }]);
  });

  it('fails the file on a sentence that does not exist', () => {
    const file = new VFile({ path: 'content/x.mdx' });
    expect(() => rehypeSentenceRefs(options)(paragraph('Voir §9.9.'), file)).toThrow(
      /§9.9 is not a sentence/,
    );
  });
});

describe('rehypeArticleWords', () => {
  it('marks the article’s words in « » as French in an English file, and nothing in a French one', () => {
    const english = paragraph('The article says « changement de cap » (“change of course”).');
    rehypeArticleWords()(english, new VFile({ path: '/site/content/commentary/en/x.mdx' }));
    expect(english.children[0]).toMatchObject({
      children: [
        { type: 'text', value: 'The article says ' },
        { tagName: 'span', properties: { lang: 'fr' }, children: [{ value: '« changement de cap »' }] },
        { type: 'text', value: ' (“change of course”).' },
      ],
    });
    const french = paragraph('L’article dit « changement de cap ».');
    rehypeArticleWords()(french, new VFile({ path: '/site/content/commentary/fr/x.mdx' }));
    expect(JSON.stringify(french)).not.toContain('"lang"');
  });
});
