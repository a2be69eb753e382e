import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium (or CHROME_PATH); downloads of Playwright's own browsers are blocked here.
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  throw new Error(
    `No Chromium at ${chromePath}. Install one with "apt-get install -y chromium" ` +
      '(or set CHROME_PATH to a Chromium/Chrome binary). The e2e tests do not skip without it.',
  );
}

const PORT = Number(process.env.E2E_PORT || 4317);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    launchOptions: {
      executablePath: chromePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    // The app registers a service worker (offline use). Tests opt in where it is under test
    // (reliability-offline, reliability-privacy), so the others never depend on its cache.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
