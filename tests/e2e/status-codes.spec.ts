import { expect, test, type Page } from "@playwright/test";
import { DEMO_LEARNER_ENROLMENTS } from "../../prisma/seed-data/demo-learner-history";
import { signIn, type AccountName } from "./accounts";

// Regression: a page that refused (forbidden()) or found nothing (notFound()) below a loading.tsx
// answered HTTP 200 with the fallback streamed in, because the skeleton had already sent the
// headers. Monitoring, crawlers and scripts saw success. Every refusal must carry its status.

// A browser's own user agent: Next sends bots a fully rendered page, so only a browser sees the
// streamed one this test is about.
const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36";
const UNKNOWN_ID = "0195f3a2-7c4e-7b1d-9a0f-3c2d1e0f4a5b";

async function statusOf(page: Page, path: string): Promise<number> {
  const response = await page.request.get(path, { maxRedirects: 0, headers: { "user-agent": BROWSER_UA, accept: "text/html" } });
  return response.status();
}

async function expectStatuses(page: Page, expected: Record<string, number>): Promise<void> {
  const actual: Record<string, number> = {};
  for (const path of Object.keys(expected)) actual[path] = await statusOf(page, path);
  expect(actual).toEqual(expected);
}

const CASES: { account: AccountName; statuses: Record<string, number> }[] = [
  {
    account: "learner",
    statuses: {
      "/admin": 403,
      "/admin/officials": 403,
      [`/admin/officials/${UNKNOWN_ID}`]: 403,
      "/admin/integrity": 403,
      "/studio": 403,
      "/studio/batches": 403,
      [`/studio/batches/${UNKNOWN_ID}`]: 403,
      [`/studio/courses/${UNKNOWN_ID}`]: 403,
      "/reports": 403,
      "/framework": 403,
      "/learn/courses/no-such-course": 404,
      [`/learn/courses/no-such-course/learn/${UNKNOWN_ID}`]: 404,
      "/learn/certificates/KSH-0000-0000-0000": 404,
      [`/learn/assessments/${UNKNOWN_ID}/attempts/${UNKNOWN_ID}`]: 404,
      "/learn/catalogue": 200,
    },
  },
  {
    account: "mdoAdmin",
    statuses: {
      "/admin": 200,
      [`/admin/officials/${UNKNOWN_ID}`]: 404,
      "/admin/officials/not-an-id": 404,
      [`/admin/onboarding/${UNKNOWN_ID}`]: 404,
    },
  },
  {
    account: "provider",
    statuses: {
      "/studio": 200,
      "/studio/batches": 200,
      [`/studio/courses/${UNKNOWN_ID}`]: 404,
      [`/studio/batches/${UNKNOWN_ID}`]: 404,
      "/admin": 403,
    },
  },
];

for (const { account, statuses } of CASES) {
  test(`${account}: refusals and unknown ids answer with their status code`, async ({ page }) => {
    await signIn(page, account);
    await expectStatuses(page, statuses);
  });
}

test("another official's certificate and attempt pages are 404 for a colleague", async ({ browser }) => {
  const completed = DEMO_LEARNER_ENROLMENTS.find((entry) => entry.status === "COMPLETED");
  if (!completed) throw new Error("The demo learner has no completed course");

  // The demo learner's own certificate and a past attempt of the completed course's assessment.
  const owner = await browser.newPage();
  await signIn(owner, "learner", "/learn/certificates");
  const certificate = await owner.locator('main a[href^="/learn/certificates/"]').first().getAttribute("href");
  await owner.goto(`/learn/courses/${completed.slug}`);
  await owner.getByRole("link", { name: "Revisit the lessons" }).click();
  const lesson = await owner.locator(`a[href^="/learn/courses/${completed.slug}/learn/"]`).filter({ hasText: /^Final assessment/ }).first().getAttribute("href");
  await owner.goto(lesson ?? "/");
  await owner.locator('main a[href^="/learn/assessments/"]').first().click();
  const attempt = await owner.locator('main a[href*="/attempts/"]').first().getAttribute("href");
  expect(certificate).toBeTruthy();
  expect(attempt).toMatch(/\/attempts\/[0-9a-f-]{36}/);
  expect(await statusOf(owner, certificate ?? "")).toBe(200);
  expect(await statusOf(owner, attempt ?? "")).toBe(200);
  await owner.close();

  const colleague = await browser.newPage();
  await signIn(colleague, "hindiLearner");
  await expectStatuses(colleague, { [certificate ?? ""]: 404, [attempt ?? ""]: 404 });
  await colleague.close();
});
