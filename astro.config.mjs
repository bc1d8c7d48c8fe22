// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import sitemap from '@astrojs/sitemap';
import remarkFrenchTypography from './src/lib/markdown/remark-french-typography.ts';
import rehypeSentenceRefs from './src/lib/markdown/rehype-sentence-refs.ts';
import { contentDirectory } from './src/lib/content-dir.ts';
import { ARTICLE_FILE } from './src/lib/content-files.ts';
import { parseArticle } from './src/lib/source.ts';
import { contentSecurityDirectives, scriptSources } from './src/lib/security.ts';

const base = process.env.BASE_PATH ?? '/';
const article = parseArticle(readFileSync(join(contentDirectory(), ARTICLE_FILE), 'utf8'));

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // Lossless: the JSX default drops spaces between inline elements and glues words together.
  compressHTML: true,
  integrations: [contentIntegrity(), mdx(), sitemap(), pagefind(), securityHeaders()],
  markdown: {
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
  // Every script as a file of its own: the host's header policy allows 'self', not inline hashes.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
