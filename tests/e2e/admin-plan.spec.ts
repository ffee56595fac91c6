import { expect, test, type Page } from "@playwright/test";
import { formatDate } from "../../lib/domain/format-date";
import { signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";
import { escapeRegExp } from "./messages";

// The annual capacity-building plan, as the demo MDO admin (Department of Revenue) runs it: a
// course assigned to a FRAC role, approved and published; the demo learner (Assistant
// Commissioner, GST Audit — FRAC role "GST Audit and Scrutiny Officer", CBIC) finds it under
// Assigned with its due date; the admin reads compliance, reminds those overdue, downloads the
// CSV and reads the audit trail filtered to plan actions.
const STEP = { timeout: 30_000 };
const ROLE = "GST Audit and Scrutiny Officer";
// Courses no other journey enrols the demo learner in.
const ASSIGNED = "Public Health Essentials for Administrators";
const OVERDUE = "CCS (Pension) Rules, 2021 and the NPS";
// The end of the due day in India (what the form stores for a date).
const DUE = new Date("2028-01-31T18:29:59.999Z");

async function addItem(page: Page, item: { course: string; role?: string; designation?: string; dueOn: string }) {
  const form = page.getByRole("form", { name: "Assign a course or programme" });
  await form.getByLabel("Course or programme").selectOption({ label: item.course });
  if (item.role) await form.getByLabel("FRAC role").selectOption({ label: item.role });
  if (item.designation) await form.getByLabel("Designation").fill(item.designation);
  await form.getByLabel("Due date").fill(item.dueOn);
  await form.getByRole("button", { name: "Add to plan" }).click();
  await expect(form.getByTestId("add-item-message")).toHaveText("Added to the plan.", STEP);
}

test("an MDO admin assigns a course to a FRAC role, approves and publishes the plan; the official sees it under Assigned; compliance, reminders and the audit trail follow", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, "mdoAdmin", "/admin");
  await page.getByRole("navigation", { name: "Plan and audit" }).getByRole("link", { name: "Capacity-building plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Capacity-building plan" })).toBeVisible(STEP);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "01-plan-seeded");

  // Next year's plan for the Department of Revenue.
  const start = page.getByRole("region", { name: "Start a plan" });
  await start.getByLabel("Plan year (starting April)").fill("2027");
  await start.getByRole("button", { name: "Start plan" }).click();
  const selected = page.getByRole("region", { name: /2027–28: Department of Revenue — version 1/ });
  await expect(selected).toBeVisible(STEP);
  await expect(selected.getByText("Draft", { exact: true })).toBeVisible();

  await addItem(page, { course: ASSIGNED, role: ROLE, dueOn: "2028-01-31" });
  // Already past due, so the compliance page has someone to remind.
  await addItem(page, { course: OVERDUE, designation: "Assistant Commissioner", dueOn: "2026-11-01" });
  const items = selected.getByRole("region", { name: "Items of version 1" });
  await expect(items.getByRole("row", { name: new RegExp(escapeRegExp(ASSIGNED)) })).toContainText(`FRAC role ${ROLE}`);
  await expect(items.getByRole("row", { name: new RegExp(escapeRegExp(ASSIGNED)) })).toContainText(formatDate(DUE));
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "02-draft-with-items");

  await selected.getByRole("button", { name: "Approve plan" }).click();
  await expect(selected.getByText("Approved", { exact: true })).toBeVisible(STEP);
  await selected.getByRole("button", { name: "Publish to officials" }).click();
  await expect(selected.getByText("Published", { exact: true })).toBeVisible(STEP);
  await expect(selected.getByRole("button", { name: "Open version 2 to change it" })).toBeVisible();
  // Applying it again to newcomers finds nobody new.
  await selected.getByRole("button", { name: "Assign officials who joined since" }).click();
  await expect(selected.getByText("Everyone the plan names was already assigned.")).toBeVisible(STEP);
  await snap(page, testInfo, "03-published");

  // The official, in a browser of her own.
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await signIn(learner, "learner", "/learn?tab=assigned");
  const card = learner.getByRole("article").filter({ has: learner.getByRole("heading", { name: ASSIGNED }) });
  await expect(card).toBeVisible(STEP);
  await expect(card).toContainText(`Due ${formatDate(DUE)}`);
  await learner.screenshot({ path: testInfo.outputPath("04-learner-assigned.png"), fullPage: true });
  await learnerContext.close();

  // Compliance of the plan just published.
  await page.goto("/admin/compliance");
  await expect(page.getByRole("heading", { level: 1, name: "Plan compliance" })).toBeVisible(STEP);
  const perCourse = page.getByRole("region", { name: "Compliance per course" });
  await expect(perCourse.getByRole("row", { name: new RegExp(escapeRegExp(ASSIGNED)) })).toBeVisible();
  await expect(perCourse.getByRole("row", { name: new RegExp(escapeRegExp(OVERDUE)) })).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "05-compliance");

  const remind = page.getByRole("button", { name: /^Remind the \d+ overdue officials?$/ });
  const overdueCount = Number((await remind.innerText()).replace(/\D/g, ""));
  expect(overdueCount).toBeGreaterThan(0);
  await remind.click();
  await expect(page.getByText(`Reminded ${overdueCount} overdue official${overdueCount === 1 ? "" : "s"}.`)).toBeVisible(STEP);
  // A second click the same day writes nothing more.
  await page.getByRole("button", { name: /^Remind the \d+ overdue officials?$/ }).click();
  await expect(page.getByText(/^Reminded 0 overdue officials; \d+ had already been reminded today\.$/)).toBeVisible(STEP);

  // Drill down: the overdue course, then one official.
  await perCourse.getByRole("link", { name: OVERDUE }).click();
  const officials = page.getByRole("region", { name: `Officials assigned ${OVERDUE}` });
  await expect(officials).toBeVisible(STEP);
  const download = page.waitForEvent("download");
  await officials.getByRole("link", { name: "Download CSV" }).click();
  const csv = await (await download).path().then((path) => import("node:fs/promises").then((fs) => fs.readFile(path, "utf8")));
  expect(csv.split("\r\n")[0]).toBe("\uFEFFname,email,designation,organisation,assigned,not_started,in_progress,completed,overdue,apar_prescribed,apar_completed,apar_threshold_met");
  expect(csv.split("\r\n").filter(Boolean).length - 1).toBe(overdueCount);
  await page.getByRole("region", { name: /^Officials, page 1 of/ }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Plan compliance", STEP);
  await expect(page.getByRole("row", { name: new RegExp(escapeRegExp(OVERDUE)) })).toContainText("Overdue");
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "06-official-drill-down");

  // The audit trail, filtered to plan actions on plans.
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible(STEP);
  await page.getByLabel("Action").fill("plan.");
  await page.getByLabel("Object", { exact: true }).selectOption("CapacityBuildingPlan");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=plan\.&object=CapacityBuildingPlan/, STEP);
  const entries = page.getByRole("region", { name: "Audit entries" });
  for (const action of ["plan.created", "plan.item_added", "plan.approved", "plan.published", "plan.reminders_sent"]) {
    await expect(entries.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
  }
  await expect(entries).not.toContainText("integrity_flag.");
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "07-audit-filtered");
});

test("@phone the plan, compliance and audit pages pass axe, fit a 375 px screen and work by keyboard", async ({ page }, testInfo) => {
  await signIn(page, "mdoAdmin", "/admin");
  for (const path of ["/admin/plan", "/admin/compliance", "/admin/audit", "/admin/audit?action=plan."]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible(STEP);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await snap(page, testInfo, `page${path.replace(/[/?=&.]+/g, "-")}`);
  }
  // The audit filters by keyboard alone: type, press Enter; the last date field tabs to the button.
  await page.goto("/admin/audit");
  await page.getByLabel("Who (name or email)").focus();
  await page.keyboard.type("mdo.admin");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/actor=mdo\.admin/, STEP);
  await page.getByRole("button", { name: "Apply filters" }).focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Apply filters" })).toBeFocused();
  // A drill-down from compliance, by keyboard.
  await page.goto("/admin/compliance");
  const courseLink = page.getByRole("region", { name: "Compliance per course" }).getByRole("link").first();
  await courseLink.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/course=/, STEP);
  await snap(page, testInfo, "compliance-course-375");
});

test("a learner is refused the plan, compliance and audit pages and their downloads", async ({ page }) => {
  await signIn(page, "learner", "/learn");
  for (const path of ["/admin/plan", "/admin/compliance", "/admin/audit", "/admin/compliance/officials/00000000-0000-0000-0000-000000000000", "/admin/compliance/export", "/admin/audit/export"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
  }
});
