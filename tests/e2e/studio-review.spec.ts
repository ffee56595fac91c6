import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, type AccountName } from "./accounts";
import { expectNoAxeViolations } from "./axe";

// Several sign-ins, decisions and a publish on a loaded machine: generous waits, not a speed target.
const expect = baseExpect.configure({ timeout: 120_000 });

// The routed, two-stage review of a course the demo provider wrote for the Department of Revenue
// (seeded in review at the subject-expert stage): the demo reviewer requests changes on one
// lesson; the provider sees the comment beside that lesson, fixes it and resubmits; the subject
// expert approves, the demo MDO admin gives the MDO approval, and the course is live. It changes
// the seeded course, so it runs once per fresh database (the desktop project only).

const COURSE = "Customs Valuation Essentials";
const COURSE_SLUG = "studio-demo-customs-valuation";
const LESSON = "When a declared value may be rejected";
const COMMENT = "Quote rule 12 in full and give one worked example of a rejection.";
const ARTIFACTS = "tests/artifacts/studio-review";

test.describe.configure({ timeout: 900_000 });
test.setTimeout(900_000);

async function signInAs(browser: Browser, account: AccountName, path: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.setDefaultTimeout(120_000);
  page.setDefaultNavigationTimeout(180_000);
  const { email, password } = ACCOUNTS[account];
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

/** axe and a full-page screenshot at desktop width and at 375 px, then back to desktop. */
async function checkPage(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${ARTIFACTS}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${ARTIFACTS}/${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function openReviewOf(page: Page, title: string): Promise<void> {
  await page.goto("/studio/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("a course passes a requested change, the subject expert and the MDO approval, and goes live", async ({ browser }) => {
  // Desktop only (not tagged @phone): it changes the seeded course, so one run per database.

  // 1. The subject expert's queue lists the course at its stage, with how long it has waited.
  const reviewer = await signInAs(browser, "reviewer", "/studio/reviews");
  await reviewer.goto("/studio/reviews");
  const card = reviewer.getByRole("listitem").filter({ has: reviewer.getByRole("link", { name: COURSE }) });
  await expect(card).toContainText("Subject-expert review");
  await expect(card).toContainText(/waiting/);
  await checkPage(reviewer, "01-queue");

  // Filters live in the URL: the MDO stage holds nothing for a subject expert.
  await reviewer.getByLabel("Stage").selectOption("SUBJECT_EXPERT");
  await reviewer.getByRole("button", { name: "Apply filters" }).click();
  await expect(reviewer).toHaveURL(/stage=SUBJECT_EXPERT/);
  await expect(reviewer.getByRole("link", { name: COURSE })).toBeVisible();

  // 2. Request changes with a comment on one lesson.
  await openReviewOf(reviewer, COURSE);
  await expect(reviewer.getByRole("link", { name: "Preview as a learner" })).toHaveAttribute("href", /\/preview\?revision=/);
  await checkPage(reviewer, "02-review");
  const lesson = reviewer.getByRole("listitem").filter({ has: reviewer.getByRole("heading", { name: LESSON }) });
  await lesson.getByText("Comment on this lesson").click();
  await lesson.getByLabel(`Your comment on “${LESSON}”`).fill(COMMENT);
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Changes requested by" })).toBeVisible();
  await expect(reviewer.getByRole("region", { name: "Decisions so far" })).toContainText(COMMENT);
  await checkPage(reviewer, "03-review-decided");

  // 3. The provider sees the comment beside the lesson, fixes it and resubmits.
  const previewHref = (await reviewer.getByRole("link", { name: "Preview as a learner" }).getAttribute("href")) ?? "";
  const courseId = previewHref.split("/")[3] ?? "";
  const provider = await signInAs(browser, "provider", "/studio");
  await fixAndResubmit(provider, courseId);

  // 4. The subject expert approves round 2; it moves to the MDO approval.
  await openReviewOf(reviewer, COURSE);
  await expect(reviewer.getByText("Round 2", { exact: false }).first()).toBeVisible();
  await reviewer.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Approved by" })).toBeVisible();

  // 5. The MDO admin approves the second stage, and the course is published at once.
  const admin = await signInAs(browser, "mdoAdmin", "/studio/reviews");
  await openReviewOf(admin, COURSE);
  await expect(admin.getByText("MDO approval · round 2")).toBeVisible();
  await checkPage(admin, "05-mdo-review");
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "published: version 1 is live" })).toBeVisible();

  // 6. Live: the provider's versions tab says so, and learners can open the course page.
  await provider.goto(`/studio/courses/${courseId}/versions`);
  await expect(provider.getByRole("heading", { name: /Version 1/ })).toBeVisible();
  await expect(provider.getByText("Published").first()).toBeVisible();
  await checkPage(provider, "06-versions");
  const response = await provider.goto(`/learn/courses/${COURSE_SLUG}`);
  expect(response?.status()).toBe(200);
  await expect(provider.getByRole("heading", { level: 1, name: COURSE })).toBeVisible();
});

async function fixAndResubmit(provider: Page, courseId: string): Promise<void> {
  // In the editor, the comment sits on the lesson it is about.
  await provider.goto(`/studio/courses/${courseId}`);
  const lessonCard = provider.getByRole("listitem").filter({ has: provider.getByRole("button", { name: new RegExp(LESSON) }) }).last();
  await expect(lessonCard.getByRole("complementary", { name: "Reviewer comments on this lesson" })).toContainText(COMMENT);
  await checkPage(provider, "04-editor-with-comment");

  // The fix: the lesson's text quotes the rule; autosave keeps it.
  // The card's toggle, "1.2 <title>", not its drag handle.
  await lessonCard.getByRole("button", { name: new RegExp(`^\\d+\\.\\d+ ${LESSON}`) }).click();
  await lessonCard.getByLabel("Text", { exact: true }).fill(
    "Rule 12: where the proper officer has reason to doubt the declared value, he may ask the importer for further information. Example: an invoice at half the contemporaneous price.",
  );
  await expect(provider.getByTestId("save-status")).toContainText(/Saved/);

  // The Versions & review tab keeps the history; the revision bar resubmits.
  await provider.goto(`/studio/courses/${courseId}/versions`);
  const versions = provider.getByRole("region", { name: "Versions and review" });
  await expect(versions).toContainText(COMMENT);
  await expect(versions).toContainText(`On “${LESSON}”`);
  const bar = provider.getByRole("region", { name: "Review status" });
  await expect(bar).toContainText("Changes requested");
  await checkPage(provider, "04-versions-changes-requested");
  await bar.getByRole("button", { name: "Resubmit for review" }).click();
  await expect(bar.getByText(/Submitted for review \(round 2\)/)).toBeVisible();
}
