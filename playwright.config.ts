import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { feedbackServerEnv } from './tests/e2e/site';

const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;

// Playwright cannot download its own browsers here: use Debian's Chromium when present,
// CHROMIUM_PATH when set, and Playwright's own browser otherwise.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Tests run against the production build, as readers get it.
  webServer: {
    command: `npm run build && npx next start -p ${port} -H 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    // Canonical and preview URLs are built from SITE_URL: point them at the test server.
    env: { SITE_URL: baseURL, NEXT_TELEMETRY_DISABLED: '1', ...feedbackServerEnv },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
