import { expect, test, type Page } from "@playwright/test";
import { DEMO_LEARNER_ENROLMENTS } from "../../prisma/seed-data/demo-learner-history";
import { signIn, type AccountName } from "./accounts";

// Regression: pages had no Content-Security-Policy at all, so one markup injection anywhere could
// run script as the signed-in official. Every page now carries a nonce policy and must work under
// it: no violation on any page, Next's own scripts run, lesson media and report charts still show.

test.describe.configure({ timeout: 180_000 });

type WatchedWindow = Window & { cspViolations?: string[] };

/** Collects CSP violations two ways: the DOM event, and the console messages Chromium prints. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|frame|connect)/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      ((window as WatchedWindow).cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return async () => [...fromConsole, ...((await page.evaluate(() => (window as WatchedWindow).cspViolations ?? []).catch(() => [])) as string[])];
}

/** Opens a page, checks its headers, waits for the app to hydrate, and returns what it found. */
async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp, path).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, path).toContain("object-src 'none'");
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-content-type-options"], path).toBe("nosniff");
  // Every <script> in the HTML carries this response's nonce (Next's own, and any of the app's).
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  const scriptTags = (await response?.text())?.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length, path).toBeGreaterThan(0);
  expect(scriptTags.filter((tag) => !tag.includes(`nonce="${nonce}"`)), path).toEqual([]);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
}

const PAGES: { account: AccountName | null; paths: string[] }[] = [
  { account: null, paths: ["/sign-in", "/verify", "/verify/KSH-0000-0000-0000", "/register/no-such-link", "/no-such-page"] },
  {
    account: "learner",
    paths: [
      "/learn",
      "/learn/catalogue",
      "/learn/catalogue?q=procurment",
      "/learn/courses/gfr-2017-public-procurement",
      "/learn/passbook",
      "/learn/leaderboard",
      "/learn/record",
      "/learn/certificates",
      "/learn/profile",
      "/learn?tab=completed",
      "/admin",
    ],
  },
  { account: "provider", paths: ["/studio", "/studio/batches", "/studio/reviews"] },
  { account: "mdoAdmin", paths: ["/admin", "/admin/officials", "/admin/integrity", "/admin/integrity/reviewed", "/reports"] },
  { account: "analyst", paths: ["/reports", "/framework"] },
];

for (const { account, paths } of PAGES) {
  test(`${account ?? "signed out"}: every page loads under the CSP with no violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    if (account) await signIn(page, account);
    for (const path of paths) await visit(page, path);
    expect(await violations()).toEqual([]);
  });
}

test("a lesson's video plays and its PDF shows under the CSP", async ({ page }) => {
  const violations = await watchViolations(page);
  const completed = DEMO_LEARNER_ENROLMENTS.find((entry) => entry.status === "COMPLETED");
  if (!completed) throw new Error("The demo learner has no completed course");
  await signIn(page, "learner", `/learn/courses/${completed.slug}`);
  await page.getByRole("link", { name: "Revisit the lessons" }).click();
  const lessonLinks = page.locator(`a[href^="/learn/courses/${completed.slug}/learn/"]`);
  const videoLesson = await lessonLinks.filter({ hasText: /^Orientation video/ }).first().getAttribute("href");
  const pdfLesson = await lessonLinks.filter({ hasText: /^Reading:/ }).first().getAttribute("href");

  await visit(page, videoLesson ?? "");
  const video = page.locator("video");
  await video.evaluate(async (element: HTMLVideoElement) => {
    element.muted = true;
    await element.play();
  });
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 60_000 }).toBeGreaterThan(0);

  const pdfResponse = page.waitForResponse((response) => /^\/media\/.+/.test(new URL(response.url()).pathname) && response.request().resourceType() === "document");
  await visit(page, pdfLesson ?? "");
  const frame = page.locator("main iframe");
  await expect(frame).toHaveAttribute("src", /^\/media\/.+\.pdf$|^\/media\/[0-9a-f-]{36}$/);
  const pdf = await pdfResponse;
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  // The portal may frame its own media, nothing else may.
  expect(pdf.headers()["content-security-policy"]).toBe("frame-ancestors 'self'");

  expect(await violations()).toEqual([]);
});

test("the report charts draw under the CSP", async ({ page }) => {
  const violations = await watchViolations(page);
  await signIn(page, "analyst", "/reports");
  await visit(page, "/reports");
  // The chart's own drawing surface (legend icons are small recharts-surface SVGs too).
  const chart = page.locator(".recharts-wrapper > svg.recharts-surface").first();
  await expect(chart).toBeVisible({ timeout: 30_000 });
  const box = await chart.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(100);
  expect(box?.height ?? 0).toBeGreaterThan(50);
  await expect(page.locator(".recharts-bar-rectangle, .recharts-line-curve").first()).toBeAttached();
  expect(await violations()).toEqual([]);
});

test("headers that hold on every response, the proxy's or not", async ({ request }) => {
  for (const path of ["/sign-in", "/api/auth/csrf", "/favicon.ico"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(response.headers()["x-frame-options"], path).toBe("SAMEORIGIN");
  }
  // The suite's server runs on http: no HSTS (it is sent only when NEXTAUTH_URL is https).
  expect((await request.get("/sign-in")).headers()["strict-transport-security"]).toBeUndefined();
  // A fresh nonce on every response.
  const nonces = await Promise.all([1, 2].map(async () => /'nonce-([^']+)'/.exec((await request.get("/sign-in")).headers()["content-security-policy"] ?? "")?.[1]));
  expect(nonces[0]).toBeTruthy();
  expect(nonces[0]).not.toBe(nonces[1]);
});
