import { readFile, writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";

// The competency framework: a super admin round-trips it through a file, and an analyst reads it
// without being offered (or allowed) any change.

type ExportedFramework = { framework: { code: string }; competencies: { externalId: string; name: string; levels: { level: number; descriptor: string }[] }[] };

const COMPETENCY = { externalId: "FUN-NOTING", name: "Noting and Drafting", level: 3 };

async function importFile(page: Page, path: string): Promise<void> {
  await page.getByLabel("Framework file").setInputFiles(path);
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(page.getByRole("heading", { name: "Dry run report" })).toBeVisible();
}

async function openCompetency(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Competency framework" }).getByRole("link", { name: "Competencies" }).click();
  await page.getByLabel("Name, code or external id").fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

// Each test walks several framework pages with axe on each; on a loaded two-core machine that
// takes longer than the suite's default minute.
test.describe.configure({ timeout: 180_000 });

test("a super admin exports the framework, edits one descriptor, dry-runs the import and applies it", async ({ page }, testInfo) => {
  await signIn(page, "superAdmin", "/framework");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export as JSON" }).click();
  const exported = (await download).suggestedFilename();
  expect(exported).toMatch(/-framework\.json$/);
  const original = await readFile(await (await download).path(), "utf8");
  const json = JSON.parse(original) as ExportedFramework;
  const level = json.competencies.find((competency) => competency.externalId === COMPETENCY.externalId)?.levels.find((entry) => entry.level === COMPETENCY.level);
  if (!level) throw new Error(`the export lacks ${COMPETENCY.externalId} level ${COMPETENCY.level}`);
  const before = level.descriptor;
  const after = `Puts up self-contained notes on complex cases unaided (edited ${Date.now()}).`;
  level.descriptor = after;
  const originalPath = testInfo.outputPath("original-framework.json");
  const editedPath = testInfo.outputPath("edited-framework.json");
  await writeFile(originalPath, original);
  await writeFile(editedPath, JSON.stringify(json, null, 2));

  await page.getByRole("navigation", { name: "Competency framework" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import the framework" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The dry run shows exactly one change, with the old and new descriptor, and writes nothing.
  await importFile(page, editedPath);
  const report = page.getByRole("region", { name: "Dry run report" });
  await expect(report).toContainText(`1 change to ${json.framework.code}.`);
  await expect(report.getByRole("heading", { name: /^Competencies: 0 new, 1 changed, \d+ unchanged$/ })).toBeVisible();
  await expect(report.getByRole("heading", { name: /^FRAC roles: 0 new, 0 changed/ })).toBeVisible();
  await expect(report.getByRole("heading", { name: /^Posts: 0 new, 0 changed/ })).toBeVisible();
  const change = report.getByRole("listitem").filter({ hasText: COMPETENCY.name });
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(`level ${COMPETENCY.level} descriptor`);
  await expect(change).toContainText(`Before: ${before}`);
  await expect(change).toContainText(`After: ${after}`);
  await snap(page, testInfo, "01-dry-run");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(page.getByRole("heading", { name: "Import applied" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Import applied" })).toContainText("1 change was applied");

  await openCompetency(page, COMPETENCY.name);
  const levels = page.getByRole("region", { name: "Proficiency levels" });
  await expect(levels).toContainText(after);
  await expect(levels).not.toContainText(before);
  await snap(page, testInfo, "02-new-descriptor");

  // Importing the original export puts the descriptor back, again as exactly one change.
  await page.getByRole("navigation", { name: "Competency framework" }).getByRole("link", { name: "Import" }).click();
  await importFile(page, originalPath);
  await expect(page.getByRole("region", { name: "Dry run report" })).toContainText(`1 change to ${json.framework.code}.`);
  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(page.getByRole("heading", { name: "Import applied" })).toBeVisible();
});

test("an analyst reads the framework but is offered no change and refused an edit page", async ({ page }, testInfo) => {
  await signIn(page, "analyst", "/framework");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Export as JSON" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import a file" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Competency framework" }).getByRole("link", { name: "Import" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Competency framework" }).getByRole("link", { name: "Competencies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Competencies" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New competency" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await openCompetency(page, COMPETENCY.name);
  const competencyPath = new URL(page.url()).pathname;
  await expect(page.getByRole("region", { name: "Proficiency levels" }).getByRole("listitem")).toHaveCount(5);
  await expect(page.getByRole("link", { name: "Edit competency" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "03-analyst-competency");

  const requiredBy = page.getByRole("region", { name: "Required by" });
  await requiredBy.getByRole("link").first().click();
  await expect(page.getByRole("region", { name: "Activities" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit role" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Competency framework" }).getByRole("link", { name: "Posts" }).click();
  await expect(page.getByRole("link", { name: "New post" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The edit pages themselves refuse, whatever the page offers.
  for (const path of [`${competencyPath}/edit`, "/framework/import", "/framework/competencies/new", "/framework/roles/new", "/framework/posts/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
});
