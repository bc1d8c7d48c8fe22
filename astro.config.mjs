// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import siteAddressNotice from './src/integrations/site-address.ts';
import sitemap from '@astrojs/sitemap';
import remarkFrenchTypography from './src/lib/markdown/remark-french-typography.ts';
import rehypeSentenceRefs from './src/lib/markdown/rehype-sentence-refs.ts';
import { contentDirectory } from './src/lib/content-dir.ts';
import { ARTICLE_FILE } from './src/lib/content-files.ts';
import { parseArticle } from './src/lib/source.ts';
import { contentSecurityDirectives, scriptSources } from './src/lib/security.ts';
import { siteAddress } from './src/lib/site-address.ts';

const base = process.env.BASE_PATH ?? '/';
// No default address: a build without SITE_URL must not point at the machine that built it.
const site = siteAddress(process.env.SITE_URL);
const article = parseArticle(readFileSync(join(contentDirectory(), ARTICLE_FILE), 'utf8'));

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // Lossless: the JSX default drops spaces between inline elements and glues words together.
  compressHTML: true,
  integrations: [
    siteAddressNotice(),
    contentIntegrity(),
    mdx(),
    // A sitemap lists absolute addresses: only a site with an address has one.
    ...(site ? [sitemap()] : []),
    pagefind(),
    securityHeaders(),
  ],
  markdown: {
    // The entries have no code blocks; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkFrenchTypography],
      rehypePlugins: [
        [
          rehypeSentenceRefs,
          {
            sentenceIds: new Set(article.sentences.map((s) => s.id)),
            sourceUrl: `${base.replace(/\/$/, '')}/source/`,
          },
        ],
      ],
    }),
  },
  security: {
    csp: {
      directives: [...contentSecurityDirectives],
      scriptDirective: { resources: [...scriptSources] },
    },
  },
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
