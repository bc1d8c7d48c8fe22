// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefind from './src/integrations/pagefind.ts';
import notFoundPages from './src/integrations/not-found-pages.ts';
import precompress from './src/integrations/precompress.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { LOCALES, localePath, localeTable, twinPath } from './src/i18n/index.ts';
import siteAddressNotice from './src/integrations/site-address.ts';
import sitemap from '@astrojs/sitemap';
import remarkTypography from './src/lib/markdown/remark-typography.ts';
import rehypeArticleWords from './src/lib/markdown/rehype-article-words.ts';
import rehypeSentenceRefs from './src/lib/markdown/rehype-sentence-refs.ts';
import { sharedContent } from './src/lib/content/shared.ts';
import { parseArticle } from './src/lib/article/article.ts';
import { siteAddress } from './src/lib/site/address.ts';

const base = process.env.BASE_PATH ?? '/';
// No default address: a build without SITE_URL must not point at the machine that built it.
const site = siteAddress(process.env.SITE_URL);
/**
 * The article's sentence ids, from the content as the rules read it
 * (contentIntegrity, when the build starts), taken when the first entry is
 * rendered: this file loads before that read, and a missing article is said
 * by the rules, as one problem.
 */
// Kept with the text it was parsed from: in dev, a save shares a new read.
let sentenceIds = { text: '', ids: new Set() };
const articleSentenceIds = () => {
  const text = sharedContent()?.articleText;
  if (!text) return undefined;
  if (text !== sentenceIds.text)
    sentenceIds = { text, ids: new Set(parseArticle(text).sentences.map((s) => s.id)) };
  return sentenceIds.ids;
};

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // Lossless: the JSX default drops spaces between inline elements and glues words together.
  compressHTML: true,
  integrations: [
    siteAddressNotice(),
    // Reads content/, the build's one read of it, checks it and shares it with the
    // collections' loader (src/content.config.ts) and the search records (pagefind below).
    contentIntegrity(),
    mdx(),
    // A sitemap lists absolute addresses: only a site with an address has one.
    // Each page lists its twins in every language, as hreflang does in the page.
    ...(site
      ? [
          sitemap({
            // The not-found pages are no one's destination.
            filter: (page) => !/\/404\/?$/.test(page),
            serialize(item) {
              const path = new URL(item.url).pathname.slice(base.replace(/\/?$/, '/').length);
              const links = LOCALES.map((locale) => ({
                lang: localeTable(locale).lang,
                url: new URL(`${base.replace(/\/?$/, '/')}${twinPath(path, locale)}`, site).href,
              }));
              return { ...item, links };
            },
          }),
        ]
      : []),
    pagefind(),
    notFoundPages(),
    precompress(),
    securityHeaders(),
  ],
  markdown: {
    // The entries have no code blocks; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkTypography],
      rehypePlugins: [
        rehypeArticleWords,
        [
          rehypeSentenceRefs,
          {
            sentenceIds: articleSentenceIds,
            articleUrl: (/** @type {import('./src/i18n/index.ts').Locale} */ locale) =>
              `${base.replace(/\/?$/, '/')}${localePath(locale, 'article')}`,
          },
        ],
      ],
    }),
  },
  // No `security.csp`: every page carries the site's one policy in a meta tag (src/layouts/Base.astro,
  // src/lib/site/security.ts), the same as the header less what a meta tag cannot hold.
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Every script as a file of its own: the host's header policy allows 'self', not inline hashes.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX output starts with "use astro:head-inject", a marker its
          // renderer reads, not a directive for the bundler: nothing to fix on our side.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
