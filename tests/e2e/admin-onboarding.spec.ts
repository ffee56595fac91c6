import { readFile } from "node:fs/promises";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { chooseOwnPassword, signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";

// An MDO admin (Department of Revenue) uploads a CSV of officials with bad rows in it, watches
// the background job finish without reloading, reads why each bad row was refused, downloads
// them, opens the new officials' one-time passwords once, and one of them signs in.
const run = Date.now().toString(36);
const email = (n: number) => `onboard.${run}.${n}@example.gov.in`;

function officialsCsv(): string {
  const rows = [["email", "name", "organisation_code", "designation", "group", "employee_code", "position_code", "roles"]];
  for (let n = 1; n <= 24; n += 1) rows.push([email(n), `Onboarded Official ${n}`, "MOF-DOR-CBIC", "Inspector", "B", "", "", ""]);
  rows.push(["", "No Email", "MOF-DOR-CBIC", "", "", "", "", ""]); // row 26: missing email
  rows.push(["not-an-email", "Bad Email", "MOF-DOR-CBIC", "", "", "", "", ""]); // row 27
  rows.push([email(1), "Same Again", "MOF-DOR-CBIC", "", "", "", "", ""]); // row 28: duplicate of row 2
  rows.push([email(90), "Elsewhere", "MOF-DOE", "", "", "", "", ""]); // row 29: outside the subtree
  rows.push([email(91), "=HYPERLINK(\"http://x\")", "MOF-DOR-CBIC", "", "", "", "", ""]); // row 30: formula
  rows.push([email(92), "Wizard", "MOF-DOR-CBIC", "", "", "", "", "WIZARD"]); // row 31: unknown role
  return `${rows.map((cells) => cells.map((cell) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",")).join("\r\n")}\r\n`;
}

async function phoneShot(page: Page, testInfo: TestInfo, name: string) {
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scrolling at 375 px").toBeLessThanOrEqual(0);
  await snap(page, testInfo, `${name}-375`);
  if (desktop) await page.setViewportSize(desktop);
}

test("an MDO admin onboards officials from a CSV and a new official signs in", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, "mdoAdmin", "/admin");
  await page.getByRole("link", { name: "Upload officials" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add officials from a file" })).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "01-upload");
  await phoneShot(page, testInfo, "01-upload");

  const template = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the template" }).click();
  const templateText = await readFile((await (await template).path()) ?? "", "utf8");
  expect(templateText.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("email,name,organisation_code,designation,group,employee_code,position_code,roles");

  await page.getByLabel("CSV file").setInputFiles({ name: `officials-${run}.csv`, mimeType: "text/csv", buffer: Buffer.from(officialsCsv()) });
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page).toHaveURL(/\/admin\/onboarding\/[0-9a-f-]{36}$/);

  // The page follows the job by itself: no reload here.
  await expect(page.getByTestId("import-progress")).toHaveText("Finished: all 30 rows checked.", { timeout: 90_000 });
  const stats = page.locator('dl[aria-label="Rows"]');
  await expect(stats).toContainText(/Created\s*24/);
  await expect(stats).toContainText(/Rejected\s*6/);

  const rejected = page.locator('div[role="region"][aria-label="Rejected rows"]');
  const reasonOf = (row: number) => rejected.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(row), exact: true }) });
  await expect(reasonOf(26)).toContainText("email: missing");
  await expect(reasonOf(27)).toContainText("email: not a valid email address");
  await expect(reasonOf(28)).toContainText("email: the same email as row 2 of this file");
  await expect(reasonOf(29)).toContainText("organisation_code: MOF-DOE is outside the organisations you administer");
  await expect(reasonOf(30)).toContainText('name: starts with "=", which a spreadsheet would run as a formula');
  await expect(reasonOf(31)).toContainText('roles: unknown role "WIZARD"');
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "02-finished");
  await phoneShot(page, testInfo, "02-finished");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download the 6 rejected rows as CSV/ }).click();
  const csv = await readFile((await (await download).path()) ?? "", "utf8");
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines).toHaveLength(7);
  expect(lines[0]).toBe("row,reasons,email,name,organisation_code,designation,group,employee_code,position_code,roles");
  // The formula comes back as text, never as a formula.
  expect(lines.find((line) => line.startsWith("30,"))).toContain(`"'=HYPERLINK(""http://x"")"`);

  await page.getByRole("button", { name: "Show the one-time passwords" }).click();
  const password = (await page.getByTestId(`password-${email(3)}`).innerText()).trim();
  expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "03-passwords");

  // Shown once: after a reload they are gone.
  await page.reload();
  await expect(page.getByRole("button", { name: "Show the one-time passwords" })).toHaveCount(0);

  const official = await browser.newContext();
  const officialPage = await official.newPage();
  await officialPage.goto("/sign-in");
  await officialPage.getByLabel("Email").fill(email(3));
  await officialPage.getByLabel("Password", { exact: true }).fill(password);
  await officialPage.getByRole("button", { name: "Sign in" }).click();
  await chooseOwnPassword(officialPage, password, "Own-Password-After-Import");
  await official.close();

  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "04-outbox");
  await phoneShot(page, testInfo, "04-outbox");
});
