import { readFile } from "node:fs/promises";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { COURSES } from "../../prisma/seed-data/courses";
import { ACCOUNTS } from "./accounts";
import { expectNoAxeViolations } from "./axe";

// The provider's question bank: add a question (a first try with mistakes shows each field's
// error); import a CSV whose dry run reports a bad row, fix the file and import it, and export
// the bank. The database persists between runs and both projects share it, so every prompt
// carries the project's name and a stamp of this run.

const course = COURSES.find((seed) => seed.slug === "handling-parliamentary-questions");
if (!course) throw new Error("The seed no longer has handling-parliamentary-questions");

test.describe.configure({ timeout: 180_000 });

const STEP = { timeout: 60_000 };

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: `tests/artifacts/studio-question-bank/${testInfo.project.name}-${name}.png`, fullPage: true });
}

async function openBank(page: Page): Promise<void> {
  // The shared signIn waits ten seconds for the studio; on a loaded machine it needs longer.
  await page.goto("/sign-in?callbackUrl=%2Fstudio");
  await page.getByLabel("Email").fill(ACCOUNTS.provider.email);
  await page.getByLabel("Password", { exact: true }).fill(ACCOUNTS.provider.password);
  await page.getByRole("button", { name: "Sign in" }).click(STEP);
  await expect(page).toHaveURL(/\/studio$/, STEP);
  const courseLink = page.getByRole("link", { name: course!.title }).first();
  await expect(courseLink).toBeVisible(STEP);
  const courseHref = await courseLink.getAttribute("href");
  await page.goto(`${courseHref}/questions`);
  await expect(page.getByRole("heading", { level: 2, name: "Question bank" })).toBeVisible(STEP);
  await expect(page.getByRole("navigation", { name: "Course" }).getByRole("link", { name: "Questions" })).toHaveAttribute("aria-current", "page");
}

const stampOf = (testInfo: TestInfo) => `${testInfo.project.name} ${Date.now().toString(36)}`;

test("a provider adds a question to the bank, after a first try that shows each field's error @phone", async ({ page }, testInfo) => {
  const stamp = stampOf(testInfo);
  await openBank(page);
  await expectNoAxeViolations(page);
  await shot(page, testInfo, "1-bank");

  // Add a question: the first try has no text and no correct option.
  await page.getByRole("link", { name: "New question" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "New question" })).toBeVisible(STEP);
  await page.getByRole("radio", { name: "Several correct answers" }).check();
  await page.getByLabel("Option 1", { exact: true }).fill("The Lok Sabha Secretariat");
  await page.getByLabel("Option 2", { exact: true }).fill("The Ministry concerned");
  await page.getByLabel("Option 3", { exact: true }).fill("A private member");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Write the question (at least 3 characters).")).toBeVisible(STEP);
  await expect(page.getByText("Mark at least one correct option.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Question" })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await shot(page, testInfo, "2-field-errors");

  const prompt = `Who may give notice of a parliamentary question? (${stamp})`;
  await page.getByRole("textbox", { name: "Question" }).fill(prompt);
  await page.getByRole("checkbox", { name: "Correct (option 3)" }).check();
  await page.getByLabel("Competency").selectOption({ label: "Parliamentary Procedures (FUN-PARLIAMENT)" });
  await page.getByLabel("Level").selectOption("3");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question added to the bank." })).toBeVisible(STEP);
  const added = page.getByRole("article", { name: prompt });
  await expect(added).toBeVisible();
  await expect(added.getByText("Not listed in any assessment")).toBeVisible();
});

test("a provider imports a CSV once the dry run's bad row is fixed, then exports the bank @phone", async ({ page }, testInfo) => {
  const stamp = stampOf(testInfo);
  await openBank(page);

  // The dry run finds the second question's mistake and imports nothing.
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Import questions from CSV" })).toBeVisible(STEP);
  await expect(page.getByText("Up to 512 KB")).toBeVisible();
  const first = `An unstarred question receives a written answer. (${stamp})`;
  const second = `Within how long must an assurance be fulfilled? (${stamp})`;
  const header = "type,prompt,option_1,option_2,option_3,correct,points,competency,level,notes";
  const badFile = [header, `TRUE_FALSE,${first},,,,true,1,FUN-PARLIAMENT,3,`, `SINGLE,${second},One month,Three months,,4,2,FUN-PARLIAMENT,3,check`].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "questions.csv", mimeType: "text/csv", buffer: Buffer.from(badFile) });
  await page.getByRole("button", { name: "Dry run" }).click();
  const report = page.getByRole("region", { name: "What each row of the file would do" });
  await expect(report).toBeVisible(STEP);
  await expect(report.getByRole("row", { name: /^2 Would add/ })).toBeVisible();
  await expect(report.getByRole("row", { name: /^3 Invalid/ })).toContainText("Option 4 is marked correct but has no text.");
  await expect(page.getByText("Unknown column “notes”: not imported.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot(page, testInfo, "3-dry-run-bad-row");

  // Fixed, the dry run is clean and the import writes both.
  const goodFile = badFile.replace(",One month,Three months,,4,", ",One month,Three months,,2,");
  await page.getByLabel("CSV file").setInputFiles({ name: "questions.csv", mimeType: "text/csv", buffer: Buffer.from(goodFile) });
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(report.getByRole("row", { name: /^3 Would add/ })).toBeVisible(STEP);
  await page.getByRole("button", { name: "Import 2 questions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The CSV file was imported." })).toBeVisible(STEP);
  await expect(page.getByRole("article", { name: first })).toBeVisible();
  await expect(page.getByRole("article", { name: second })).toContainText("Three months correct");

  // The search narrows the list to this run's questions.
  await page.getByRole("searchbox", { name: "Search" }).fill(stamp);
  await page.getByRole("button", { name: "Show questions" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Questions \(2 of \d+\)$/ })).toBeVisible(STEP);
  await shot(page, testInfo, "4-bank-after-import");

  // Export: the file holds every question of the bank, re-importable, with its id.
  const [download] = await Promise.all([page.waitForEvent("download", STEP), page.getByRole("link", { name: "Export questions (CSV)" }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe("id,type,prompt,option_1,option_2,option_3,option_4,option_5,option_6,option_7,option_8,correct,points,explanation,competency,level");
  expect(csv).toContain(`TRUE_FALSE,${first},True,False,,,,,,,1,1,,FUN-PARLIAMENT,3`);
  expect(csv).toContain(`SINGLE,${second},One month,Three months,,,,,,,2,2,,FUN-PARLIAMENT,3`);
});
