/**
 * Screenshots of the built site at phone and desktop widths, light and dark,
 * for looking at a change and for the README. Run with `npm run screenshots`
 * after `npm run build`; the pictures land beside this file, or in SCREENSHOT_DIR when it is set
 * (to compare a change's before and after outside the repository).
 */
import { chromium } from '@playwright/test';
import config from '../../playwright.config.ts';
import { withPreview } from '../support/preview.ts';

const outDir = process.env['SCREENSHOT_DIR'] ? `${process.env['SCREENSHOT_DIR']}/` : import.meta.url;
const paths = process.argv.length > 2 ? process.argv.slice(2) : ['/', '/source/'];

await withPreview({ port: Number(process.env['SCREENSHOT_PORT'] ?? 4329) }, async (origin) => {
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    for (const path of paths) {
      for (const [width, scheme] of [
        [390, 'light'],
        [390, 'dark'],
        [1280, 'light'],
        [1280, 'dark'],
      ] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        // networkidle: pages with a script (search) are shot once it has drawn its results.
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({
          path: new URL(name, outDir.startsWith('/') ? `file://${outDir}` : outDir).pathname,
        });
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
});
