import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";

// Nothing with history is deleted: the author deletes a course that never went live (after a
// second, explicit click), while a published course offers only Archive — out of the catalogue
// until restored.

test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 60_000, navigationTimeout: 60_000 });

// A seeded published course of the demo provider (ISTM) that no other journey relies on.
const PUBLISHED_TITLE = "Establishment Rules for Section Officers";

const courseIdFrom = (page: Page) => /\/studio\/courses\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";

// Seeded drafts of the demo provider that never went live and that no other journey relies on.
const DRAFT_TO_DELETE = "Grievance Redressal on CPGRAMS";
const DRAFT_TO_VIEW = "Drafting GST Audit Reports";

async function openVersionsTab(page: Page, title: string): Promise<string> {
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page).toHaveURL(/\/studio\/courses\/[0-9a-f-]{36}/);
  const courseId = courseIdFrom(page);
  await page.goto(`/studio/courses/${courseId}/versions`);
  return courseId;
}

test("an author deletes a course that never went live, after a second click", async ({ page }, testInfo) => {
  await signIn(page, "provider", "/studio");
  const courseId = await openVersionsTab(page, DRAFT_TO_DELETE);
  const panel = page.getByRole("region", { name: "The course in the catalogue" });
  await expect(panel).toContainText("never been published");
  await expect(panel.getByRole("button", { name: "Archive course" })).toHaveCount(0);

  await panel.getByRole("button", { name: "Delete course" }).click();
  await expect(panel).toContainText("It cannot be undone.");
  await panel.getByRole("button", { name: "Keep the course" }).click();
  await expect(panel.getByRole("button", { name: "Delete for good" })).toHaveCount(0);
  await panel.getByRole("button", { name: "Delete course" }).click();
  await snap(page, testInfo, "delete-confirmation");
  await expectNoAxeViolations(page);
  await panel.getByRole("button", { name: "Delete for good" }).click();

  await expect(page).toHaveURL(/\/studio$/);
  await expect(page.getByRole("link", { name: DRAFT_TO_DELETE, exact: true })).toHaveCount(0);
  // The studio's loading boundary streams the shell first, so the page says it rather than the status.
  await page.goto(`/studio/courses/${courseId}/versions`);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
});

test("@phone the course panel of a draft reads and works at 375 px", async ({ page }, testInfo) => {
  await signIn(page, "provider", "/studio");
  await openVersionsTab(page, DRAFT_TO_VIEW);
  const panel = page.getByRole("region", { name: "The course in the catalogue" });
  await expect(panel.getByRole("button", { name: "Delete course" })).toBeVisible();
  await panel.getByRole("button", { name: "Delete course" }).click();
  await expect(panel.getByRole("button", { name: "Delete for good" })).toBeVisible();
  await snap(page, testInfo, "draft-panel");
  await expectNoAxeViolations(page);
  // Keyboard: the second step is reachable and cancellable without a pointer.
  await panel.getByRole("button", { name: "Keep the course" }).focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("button", { name: "Delete for good" })).toHaveCount(0);
});

test("a published course is archived, not deleted, and restored to the catalogue", async ({ page, browser }, testInfo) => {
  await signIn(page, "provider", "/studio");
  await openVersionsTab(page, PUBLISHED_TITLE);
  const panel = page.getByRole("region", { name: "The course in the catalogue" });
  await expect(panel.getByRole("button", { name: "Delete course" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await signIn(learner, "learner");
  const searchCatalogue = () => learner.goto(`/learn/catalogue?q=${encodeURIComponent("Establishment Rules for Section Officers")}`);
  const resultLink = learner.getByRole("link", { name: PUBLISHED_TITLE, exact: true });
  await searchCatalogue();
  await expect(resultLink).toBeVisible();

  await panel.getByRole("button", { name: "Archive course" }).click();
  await expect(panel).toContainText("The course is archived");
  await expect(panel.getByRole("button", { name: "Restore to the catalogue" })).toBeVisible();
  await snap(page, testInfo, "archived");
  await searchCatalogue();
  await expect(resultLink).toHaveCount(0);

  await panel.getByRole("button", { name: "Restore to the catalogue" }).click();
  await expect(panel).toContainText("The course is back in the catalogue.");
  await expect(panel.getByRole("button", { name: "Archive course" })).toBeVisible();
  await searchCatalogue();
  await expect(resultLink).toBeVisible();
  await learnerContext.close();
});
