import { readFile } from "node:fs/promises";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";

// A provider reads how a live course is doing — enrolments over time, completion, drop-off by
// lesson, ratings — downloads the figures, and answers a review in public; a learner then sees
// the reply on the course page. Downloads with a bad address are refused, not failed.

const COURSE = { slug: "e-office-for-secretariat-staff", title: "e-Office: Paperless Working in the Secretariat" };

test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 60_000, navigationTimeout: 60_000 });
const STEP = { timeout: 60_000 };

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: `tests/artifacts/studio-insights/${testInfo.project.name}-${name}.png`, fullPage: true });
}


async function openInsights(page: Page): Promise<string> {
  await signIn(page, "provider", "/studio");
  const href = await page.getByRole("link", { name: COURSE.title, exact: true }).first().getAttribute("href", STEP);
  expect(href).toMatch(/^\/studio\/courses\/[0-9a-f-]{36}$/);
  await page.goto(`${href}/insights`);
  await expect(page.getByRole("heading", { level: 2, name: "Insights" })).toBeVisible(STEP);
  return href!;
}

test("a provider reads a live course's insights, downloads them and answers a review in public", async ({ page, browser }, testInfo) => {
  const courseHref = await openInsights(page);
  await expect(page.getByRole("navigation", { name: "Course" }).getByRole("link", { name: "Insights" })).toHaveAttribute("aria-current", "page");

  // The seeded course has learners, completions and written reviews.
  const figures = page.getByLabel("Course figures");
  await expect(figures).toContainText("Enrolled");
  const enrolled = Number((await figures.locator("dd").first().innerText()).replace(/[^0-9]/g, ""));
  expect(enrolled).toBeGreaterThan(0);
  await expect(figures).toContainText(/Completion rate\s*\d+(\.\d+)?\s*%/);
  for (const section of ["Enrolments over time", "Drop-off by lesson", "Ratings", "Reviews"]) {
    await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
  }
  // Weekly figures, or — when the last six months were quiet — when learners last came.
  await expect(page.getByRole("region", { name: "Enrolments over time" })).toContainText(/Enrolments and completions per week|The most recent enrolment was on \d/);
  await expectNoAxeViolations(page);
  await shot(page, testInfo, "1-insights");

  // The CSV holds the same figures.
  const [download] = await Promise.all([page.waitForEvent("download", STEP), page.getByRole("link", { name: "Download CSV" }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(COURSE.title);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  // A public reply to the first review: a stamp keeps runs apart on a reused database.
  const reply = `Thank you — the movement chapter now has a worked example (${testInfo.project.name} ${Date.now().toString(36)}).`;
  const reviews = page.getByRole("region", { name: "Reviews", exact: true });
  const review = reviews.getByRole("listitem").first();
  await review.getByRole("textbox").fill(reply);
  await review.getByRole("button", { name: /Post reply|Update reply/ }).click();
  await expect(review.getByText("Reply posted. Learners see it under the review.")).toBeVisible(STEP);
  await page.reload();
  await expect(reviews).toContainText(reply, STEP);
  await shot(page, testInfo, "2-replied");

  // The learner sees the reply under the review on the course page.
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await signIn(learner, "learner", `/learn/courses/${COURSE.slug}`);
  await expect(learner.getByRole("heading", { level: 1, name: COURSE.title })).toBeVisible(STEP);
  await expect(learner.getByText(reply)).toBeVisible(STEP);
  await expect(learner.getByText("Reply from Institute of Secretariat Training and Management").first()).toBeVisible();
  await learnerContext.close();

  // Bad addresses are a plain "not found", never a server error.
  for (const path of [`/studio/courses/not-a-course/insights/export`, `${courseHref}/questions/export/passwords.csv`, `/studio/courses/not-a-course/questions/export/questions.csv`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test("@phone course insights read at 375 px without sideways scrolling", async ({ page }, testInfo) => {
  await openInsights(page);
  await expect(page.getByRole("heading", { level: 2, name: "Drop-off by lesson" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await shot(page, testInfo, "phone-insights");
});
