import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";

// Each test walks several report pages and runs axe on the largest; on a loaded two-core machine
// that takes longer than the suite's default minute.
test.describe.configure({ timeout: 180_000 });

async function downloadCsv(page: Page, linkName: string | RegExp): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).first().click()]);
  const text = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
  return parse(text) as string[][];
}

// An analyst works down from the government to one official and takes the figures away as CSV.
test("an analyst drills down from the government to an official's passbook and exports CSV @phone", async ({ page }, testInfo) => {
  await signIn(page, "analyst", "/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Government of India" })).toBeVisible();
  await expect(page.getByRole("definition").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "National Learning Week" })).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "01-government");

  const ministries = page.getByRole("region", { name: "Learning by ministry" });
  await ministries.getByRole("link", { name: "Ministry of Finance" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ministry of Finance" })).toBeVisible();
  await page.getByRole("region", { name: "Learning by organisation" }).getByRole("link", { name: "Department of Revenue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Department of Revenue" })).toBeVisible();
  // The trail leads back up.
  await expect(page.getByRole("navigation", { name: "Scope" }).getByRole("link", { name: "Ministry of Finance" })).toBeVisible();
  await page.getByRole("region", { name: "Learning by organisation" }).getByRole("link", { name: "Central Board of Indirect Taxes and Customs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Central Board of Indirect Taxes and Customs" })).toBeVisible();
  await snap(page, testInfo, "02-organisation");

  const officials = await downloadCsv(page, "All officials with readiness (CSV)");
  expect(officials[0]).toEqual(expect.arrayContaining(["Name", "Email", "Organisation", "Ready (% of levels)"]));
  expect(officials.length).toBeGreaterThan(1);
  // No cell reaches a spreadsheet as a formula.
  expect(officials.flat().some((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell))).toBe(false);

  const table = page.getByRole("region", { name: /^Officials of Central Board of Indirect Taxes and Customs/ });
  const first = table.getByRole("link").first();
  const name = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Requirements of the post" })).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "03-official");
});

test("an analyst reads the competency-gap report, course performance and a course funnel", async ({ page }, testInfo) => {
  await signIn(page, "analyst", "/reports/gaps");
  await expect(page.getByRole("heading", { level: 1, name: "Government of India" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Competency gaps by competency" }).getByRole("row")).not.toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Courses that close these gaps" })).toBeVisible();
  await expectNoAxeViolations(page);
  const gaps = await downloadCsv(page, "Download CSV");
  expect(gaps[0]).toEqual(expect.arrayContaining(["Competency", "Officials who need it", "Mean gap (levels)"]));
  await snap(page, testInfo, "01-gaps");

  // Narrowing by service group keeps the filter in the URL.
  await page.getByLabel("Service group").selectOption("A");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/group=A/);

  await page.getByRole("navigation", { name: "Report sections" }).getByRole("link", { name: "Courses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Government of India" })).toBeVisible();
  await page.getByRole("region", { name: /^Course performance/ }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Where learners leave" })).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "02-course-funnel");
});

test("an MDO admin opens role fit for a post of their organisation @phone", async ({ page }, testInfo) => {
  await signIn(page, "mdoAdmin", "/reports/role-fit");
  await expect(page.getByRole("heading", { level: 1, name: "Role fit" })).toBeVisible();
  await page.getByLabel("Search posts by title, code or organisation").fill("Assistant Commissioner");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: /Assistant Commissioner/ }).first().click();
  await expect(page.getByRole("heading", { name: "The post requires" })).toBeVisible();
  const ranking = page.getByRole("region", { name: /^Role fit for/ });
  await expect(ranking.getByRole("row").nth(1)).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = await downloadCsv(page, "Download CSV");
  expect(csv[0]).toEqual(expect.arrayContaining(["Rank", "Official", "Fit (share of levels held)", "Missing"]));
  expect(csv.length).toBeGreaterThan(1);
  await snap(page, testInfo, "01-role-fit");
});

test("an MDO admin's reports stop at their subtree: another ministry is a 403, and so is an unknown id", async ({ browser }) => {
  const analyst = await browser.newPage();
  await signIn(analyst, "analyst", "/reports");
  const href = await analyst.getByRole("region", { name: "Learning by ministry" }).getByRole("link", { name: "Ministry of Home Affairs" }).getAttribute("href");
  await analyst.close();
  expect(href).toMatch(/organisation=/);

  const admin = await browser.newPage();
  await signIn(admin, "mdoAdmin", "/reports");
  await expect(admin.getByRole("heading", { level: 1, name: "Department of Revenue" })).toBeVisible();
  for (const target of [href!, "/reports?organisation=0190f0f0-0000-7000-8000-000000000000", href!.replace("/reports", "/reports/gaps")]) {
    const response = await admin.goto(target);
    expect(response?.status(), target).toBe(403);
    await expect(admin.locator("#main-content")).not.toContainText("Ministry of Home Affairs");
  }
  const exported = await admin.request.get(href!.replace("/reports", "/reports/export/officials"));
  expect(exported.status()).toBe(403);
  await admin.close();
});
