import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";

// Every studio page, as the people who use it: each passes axe (WCAG 2.1 AA) and, on a 375 px
// phone, never makes the whole page scroll sideways (wide tables scroll inside their own box).
// Read-only visits: nothing here changes the demo data the journeys rely on.

test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 60_000, navigationTimeout: 60_000 });
const STEP = { timeout: 60_000 };

// A seeded draft of the demo provider that no journey edits.
const DRAFT_TITLE = "Drafting GST Audit Reports";


async function expectPageReads(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible(STEP);
  // The layout viewport of a phone grows with the content, so compare against the screen's width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

test("@phone a content provider's studio pages pass axe and fit a phone", async ({ page }) => {
  await signIn(page, "provider", "/studio");
  const courseHref = await page.getByRole("link", { name: DRAFT_TITLE, exact: true }).first().getAttribute("href", STEP);
  expect(courseHref).toMatch(/^\/studio\/courses\/[0-9a-f-]{36}$/);
  const pages = [
    "/studio",
    "/studio/courses/new",
    courseHref!,
    `${courseHref}/questions`,
    `${courseHref}/questions/new`,
    `${courseHref}/questions/import`,
    `${courseHref}/batches`,
    `${courseHref}/insights`,
    `${courseHref}/versions`,
    `${courseHref}/preview`,
    "/studio/batches",
    "/studio/programmes",
    "/studio/programmes/new",
    "/studio/requests",
  ];
  for (const path of pages) await test.step(path, () => expectPageReads(page, path));
});

test("@phone a reviewer's and an MDO admin's studio pages pass axe and fit a phone", async ({ page, browser }) => {
  await signIn(page, "reviewer", "/studio/reviews");
  await test.step("/studio/reviews (reviewer)", () => expectPageReads(page, "/studio/reviews"));
  // The seed leaves courses waiting for the reviewer's group, but the review journeys decide them
  // as the suite runs: open one while any waits (studio-review.spec.ts checks a review page too).
  const waiting = page.locator('main a[href^="/studio/reviews/0"]');
  if ((await waiting.count()) > 0) {
    const reviewHref = await waiting.first().getAttribute("href");
    await test.step("a review (reviewer)", () => expectPageReads(page, reviewHref!));
  }

  const adminContext = await browser.newContext({ viewport: page.viewportSize() ?? undefined, isMobile: (page.viewportSize()?.width ?? 1280) < 500 });
  const admin = await adminContext.newPage();
  await signIn(admin, "mdoAdmin", "/studio/reviews");
  for (const path of ["/studio/reviews", "/studio/reviews/groups", "/admin/content-requests"]) await test.step(`${path} (MDO admin)`, () => expectPageReads(admin, path));
  await adminContext.close();
});
