import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // Debian's Chromium: this machine never downloads a browser build.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // The full browser's headless mode loads the address bar's popup, a page of its own
        // (chrome://omnibox-popup.top-chrome/), with every new window: about 450 ms of script on
        // another process for each test's and each measured visit's context, competing with the page
        // for this machine's two cores. The page under test never sees it.
        '--disable-features=WebUIOmniboxAimPopup,WebUIOmniboxPopup',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // Serves the built dist/ as a static host would (`npm test` builds it first); --ignore-lock lets it
    // run beside a preview the developer already has open.
    command: `astro preview --port ${port} --ignore-lock`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
