import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium: Playwright's own browser download cannot work on these machines.
const executablePath = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
].find((p): p is string => typeof p === 'string' && existsSync(p));

// PW_PORT runs a second suite beside one already serving on the default port.
const PORT = Number(process.env.PW_PORT ?? 4173);
if (!Number.isInteger(PORT) || PORT < 1024 || PORT > 65535)
  throw new Error(`PW_PORT must be a port number 1024–65535; got '${process.env.PW_PORT}'`);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // Screenshots of the app are committed next to the tests that take them.
  snapshotPathTemplate: '{testDir}/snapshots/{arg}{ext}',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled' } },
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The e2e tests run against the built app: what a user gets.
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
