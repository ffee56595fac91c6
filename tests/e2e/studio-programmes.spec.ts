import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, type AccountName } from "./accounts";
import { expectNoAxeViolations } from "./axe";

// A provider builds a programme from two seeded published courses and publishes it; the demo
// learner enrols and sees the programme's progress; an MDO admin asks for content from a row of
// the gap report and the provider finds the request in the studio. The database persists
// between runs, so every run names its programme and its request afresh.

// Three sign-ins and two viewports in one journey: five minutes on a loaded two-core machine.
test.describe.configure({ timeout: 300_000 });
const STEP = { timeout: 60_000 };
const ARTIFACTS = "tests/artifacts/studio-programmes";

async function as(browser: Browser, account: AccountName, path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(60_000);
  await signIn(page, account, path);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}

test("a provider publishes a programme and a learner enrols and sees progress", async ({ browser }) => {
  const title = `Public service essentials ${Date.now().toString(36)}`;
  const provider = await as(browser, "provider", "/studio/programmes/new");
  await expect(provider.getByRole("heading", { level: 1, name: "New programme" })).toBeVisible(STEP);
  await provider.getByLabel("Title").fill(title);
  await provider.getByLabel("Summary").fill("Two published courses every new officer should take in their first year.");
  await provider.getByLabel("Course 1", { exact: true }).selectOption({ index: 1 });
  await provider.getByLabel("Course 2", { exact: true }).selectOption({ index: 2 });
  await provider.getByLabel("Competency 1", { exact: true }).selectOption({ index: 1 });
  await provider.getByLabel("Level for competency 1").selectOption("2");
  await expectNoAxeViolations(provider);
  await shoot(provider, "studio-new-programme");
  await provider.getByRole("button", { name: "Save draft" }).click();

  await expect(provider.getByRole("status")).toHaveText("Programme saved.", STEP);
  await expect(provider.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await provider.getByRole("button", { name: "Publish programme" }).click();
  const learnerLink = provider.getByRole("link", { name: "View as a learner" });
  await expect(learnerLink).toBeVisible(STEP);
  await expectNoAxeViolations(provider);
  await shoot(provider, "studio-programme-published");
  const href = await learnerLink.getAttribute("href");
  expect(href).toMatch(/^\/learn\/programmes\//);

  await provider.goto("/studio/programmes");
  await expect(provider.getByRole("link", { name: title })).toBeVisible(STEP);
  await provider.context().close();

  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
    const learner = await as(browser, "learner", "/learn/catalogue", viewport);
    await expect(learner.getByRole("link", { name: title })).toBeVisible(STEP);
    if (viewport.width === 375) {
      await learner.goto(href!);
      await expect(learner.getByText(/of 2 courses completed/)).toBeVisible(STEP);
      await expectNoAxeViolations(learner);
      await shoot(learner, "learner-programme-phone");
      await learner.context().close();
      continue;
    }
    await learner.getByRole("link", { name: title }).click();
    await expect(learner.getByRole("heading", { level: 1, name: title })).toBeVisible(STEP);
    await expectNoAxeViolations(learner);
    await learner.getByRole("button", { name: "Enrol in the programme" }).click();
    await expect(learner.getByRole("status")).toContainText("You are enrolled.", STEP);
    await expect(learner.getByText(/of 2 courses completed/)).toBeVisible();
    await expect(learner.getByRole("progressbar", { name: `Progress through ${title}` })).toBeVisible();
    await expect(learner.getByRole("button", { name: "Enrol in the programme" })).toHaveCount(0);
    await expectNoAxeViolations(learner);
    await shoot(learner, "learner-programme-enrolled");
    await learner.context().close();
  }
});

test("an MDO admin requests content from the gap report and the provider sees it", async ({ browser }) => {
  const note = `Needed for the district rollout ${Date.now().toString(36)}`;
  const admin = await as(browser, "mdoAdmin", "/reports/gaps");
  const request = admin.getByRole("link", { name: /^Request content:/ }).first();
  await expect(request).toBeVisible(STEP);
  const competency = ((await request.getAttribute("aria-label")) ?? "").replace(/^Request content: /, "").replace(/, level \d$/, "");
  await request.click();

  await expect(admin.getByRole("heading", { level: 1, name: "Request content" })).toBeVisible(STEP);
  // Pre-filled from the report's row.
  await expect(admin.getByLabel("Competency")).toHaveValue(/.+/);
  await expect(admin.getByLabel("Officials in need")).not.toHaveValue("");
  await admin.getByLabel("Note for providers").fill(note);
  await expectNoAxeViolations(admin);
  await shoot(admin, "admin-request-form");
  await admin.getByRole("button", { name: "Send request" }).click();
  await expect(admin.getByRole("status")).toContainText("Request sent.", STEP);
  await expect(admin.getByText(note)).toBeVisible();
  await expectNoAxeViolations(admin);
  await shoot(admin, "admin-requests");
  await admin.context().close();

  const provider = await as(browser, "provider", "/studio/requests");
  const card = provider.locator("li", { hasText: note });
  await expect(card).toBeVisible(STEP);
  await expect(card.getByRole("heading", { name: new RegExp(competency.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();
  await expectNoAxeViolations(provider);
  await card.getByRole("button", { name: "Accept" }).click();
  await expect(provider.getByRole("region", { name: /Taken on or answered by you/ }).locator("li", { hasText: note })).toBeVisible(STEP);
  await shoot(provider, "studio-requests");
  await provider.context().close();
});
