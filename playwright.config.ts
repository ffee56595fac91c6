import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium: Playwright's own browser downloads are not reachable here.
const chromiumPath = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => existsSync(p));
const isCI = !!process.env.CI;
const PORT = 3200;
const EMBEDDED_PORT = 3201;
// Point the suite at a server you already run (e.g. `next dev`) instead of starting its own.
const externalBaseUrl = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/artifacts/results",
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { outputFolder: "tests/artifacts/report", open: "never" }]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromiumPath },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, baseURL: externalBaseUrl ?? `http://127.0.0.1:${PORT}` },
      testIgnore: /embedded\.spec\.ts/,
    },
    {
      name: "phone",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
        baseURL: externalBaseUrl ?? `http://127.0.0.1:${PORT}`,
      },
      grep: /@phone/,
      testIgnore: /embedded\.spec\.ts/,
    },
    {
      name: "embedded",
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${EMBEDDED_PORT}` },
      testMatch: /embedded\.spec\.ts/,
    },
  ],
  webServer: externalBaseUrl
    ? undefined
    : [
    {
      command: "npx tsx tests/support/e2e-server.ts",
      url: `http://127.0.0.1:${PORT}/sign-in`,
      env: { PORT: String(PORT), E2E_DATABASE: "postgres", NEXT_DIST_DIR: ".next-e2e" },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    {
      command: "npx tsx tests/support/e2e-server.ts",
      url: `http://127.0.0.1:${EMBEDDED_PORT}/sign-in`,
      env: {
        PORT: String(EMBEDDED_PORT),
        E2E_DATABASE: "embedded",
        EMBEDDED_DB_PORT: "54339",
        NEXT_DIST_DIR: ".next-e2e",
      },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
