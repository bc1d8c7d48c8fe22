/**
 * The environment `npm run build` or `npm run dev` would have: vitest adds its
 * own (NODE_ENV=test, and Vite's BASE_URL, MODE…), which a child Astro process
 * would otherwise take for its own settings.
 */
const VITEST_ONLY = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);

export const buildEnv: Record<string, string | undefined> = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !VITEST_ONLY.has(key) && !key.startsWith('VITEST')),
);
