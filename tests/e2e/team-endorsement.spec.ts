import { expect, test, type Browser, type Locator, type Page, type TestInfo } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed-data/demo-accounts";
import { signIn, type AccountName } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";
import { escapeRegExp, translatorFor } from "./messages";

// The demo reporting officer and the demo learner who reports to her. Each project works on its
// own competencies of the learner, so the desktop and phone runs never meet each other's rows, and
// both steer clear of Noting and Drafting, whose gap the course-completion journey closes. The
// endorsement test expects the learner's seeded evidence (no Decision Making or Data Analysis yet);
// it revokes what it endorsed, so a second run on the same database finds the gap open again.

const t = translatorFor("en");
const officerName = DEMO_ACCOUNTS.reportingOfficer.name;
const learnerName = DEMO_ACCOUNTS.learner.name;

type Competencies = { endorse: string; rate: string };
const BY_PROJECT: Record<"desktop" | "phone", Competencies> = {
  desktop: { endorse: "Decision Making", rate: "Taxation - GST" },
  phone: { endorse: "Data Analysis", rate: "Citizen Centricity" },
};

// Several sign-ins and page loads per test: a ceiling against hangs, not a speed target.
test.describe.configure({ timeout: 240_000 });

function competenciesFor(testInfo: TestInfo): Competencies {
  return testInfo.project.name === "phone" ? BY_PROJECT.phone : BY_PROJECT.desktop;
}

async function signInAs(browser: Browser, account: AccountName, path: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: test.info().project.use.viewport ?? undefined })).newPage();
  await signIn(page, account, path);
  return page;
}

async function openReportee(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: t("learnerNav.label") }).getByRole("link", { name: t("learnerNav.team") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("team.title") })).toBeVisible();
  await page.getByRole("link", { name: t("team.member.open", { name }) }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

function requirementOf(page: Page, region: string, competency: string): Locator {
  return page.getByRole("region", { name: region }).getByRole("article").filter({ has: page.getByRole("heading", { name: competency, exact: true }) });
}

async function openDisclosureIn(scope: Locator, text: string): Promise<void> {
  const summary = scope.locator("summary", { hasText: text });
  if ((await summary.locator("xpath=..").getAttribute("open")) === null) await summary.click();
}

test("a reporting officer endorses a reportee's competency and the gap closes in the reportee's passbook @phone", async ({ page, browser }, testInfo) => {
  const { endorse: competency } = competenciesFor(testInfo);
  // Unique per run, so a repeated run finds its own endorsement among earlier ones.
  const note = `Took the ${competency.toLowerCase()} calls on the audit files unaided (run ${Date.now().toString(36)}).`;
  const reason = "Endorsed before the audit files were reviewed.";

  await signIn(page, "reportingOfficer", "/learn");
  await openReportee(page, learnerName);
  await snap(page, testInfo, "01-reportee");
  await expectNoAxeViolations(page);

  const requirement = requirementOf(page, t("team.detail.requirementsTitle"), competency);
  await openDisclosureIn(requirement, t("competencyForms.endorse.summary", { competency }));
  const endorseButton = requirement.getByRole("button", { name: `${t("competencyForms.endorse.submit")} ${competency}`, exact: true });

  // No level chosen: the field says so, and nothing is recorded.
  await endorseButton.click();
  await expect(requirement.getByText(t("competencyForms.levelError"))).toBeVisible();
  await expect(requirement.getByLabel(t("competencyForms.endorse.levelLabel"))).toHaveAttribute("aria-invalid", "true");

  await requirement.getByLabel(t("competencyForms.endorse.levelLabel")).selectOption("3");
  await requirement.getByRole("textbox", { name: /^Note/ }).fill(note);
  await endorseButton.click();
  await expect(requirement.getByText(t("competencyForms.endorse.done", { level: 3 }))).toBeVisible();
  await expect(requirement.getByText(t("passbook.row.met"), { exact: true })).toBeVisible();
  await openDisclosureIn(requirement, "Evidence");
  await expect(requirement.getByText(note).first()).toBeVisible();
  await expect(requirement.getByText(t("passbook.evidence.endorsedBy", { name: officerName }).trim()).first()).toBeVisible();
  await snap(page, testInfo, "02-endorsed");

  // The reportee sees the endorsement as evidence, and the requirement met.
  const learner = await signInAs(browser, "learner", "/learn/passbook");
  await expect(requirementOf(learner, t("passbook.requirements.title"), competency).getByText(t("passbook.row.met"), { exact: true })).toBeVisible();
  const held = requirementOf(learner, t("passbook.held.title"), competency);
  await openDisclosureIn(held, "Evidence");
  await expect(held.getByText(note).first()).toBeVisible();
  await expect(held.getByText(t("passbook.evidence.endorsedBy", { name: officerName }).trim()).first()).toBeVisible();
  await snap(learner, testInfo, "03-reportee-passbook");

  // The officer takes it back: it stays in the passbook, marked revoked with the reason, and the gap reopens.
  const entry = requirement.getByRole("listitem").filter({ hasText: note });
  await openDisclosureIn(entry, t("competencyForms.revoke.summary"));
  await entry.getByLabel(t("competencyForms.revoke.reasonLabel")).fill(reason);
  await entry.getByRole("button", { name: t("competencyForms.revoke.submit") }).click();
  await expect(requirement.getByText(t("passbook.row.levelsToGo", { count: 3 }))).toBeVisible();
  await expect(entry.getByText(t("passbook.evidence.revoked"), { exact: true })).toBeVisible();

  await learner.reload();
  await expect(requirementOf(learner, t("passbook.requirements.title"), competency).getByText(t("passbook.row.levelsToGo", { count: 3 }))).toBeVisible();
  const revoked = requirementOf(learner, t("passbook.held.title"), competency);
  await openDisclosureIn(revoked, "Evidence");
  const revokedEntry = revoked.getByRole("listitem").filter({ hasText: note });
  await expect(revokedEntry.getByText(t("passbook.evidence.revoked"), { exact: true })).toBeVisible();
  await expect(revokedEntry.getByText(t("passbook.evidence.reason", { reason }))).toBeVisible();
  await snap(learner, testInfo, "04-revoked-in-passbook");
  await learner.context().close();
});

test("an official rates themselves, the passbook marks it not counted, and the reporting officer declines it @phone", async ({ page, browser }, testInfo) => {
  const { rate: competency } = competenciesFor(testInfo);

  await signIn(page, "learner", "/learn/passbook");
  await page.getByRole("link", { name: t("passbook.rateYourself") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("passbook.selfAssessment.title") })).toBeVisible();
  await expectNoAxeViolations(page);
  const sheet = page.getByRole("region", { name: competency, exact: true });
  // Arrow keys move within the radio group, as a keyboard user rates.
  await sheet.getByRole("radio", { name: /^Level 2 · / }).check();
  await sheet.getByRole("radio", { name: /^Level 2 · / }).press("ArrowDown");
  await expect(sheet.getByRole("radio", { name: /^Level 3 · / })).toBeChecked();
  await sheet.getByRole("textbox", { name: /^Note/ }).fill("I lead the range's scrutiny of returns.");
  await sheet.getByRole("button", { name: new RegExp(`^(${t("competencyForms.selfAssessment.save")}|${t("competencyForms.selfAssessment.update")})$`) }).click();
  await expect(sheet.getByText(t("competencyForms.selfAssessment.saved"))).toBeVisible();
  await snap(page, testInfo, "05-self-assessment");

  await page.goto("/learn/passbook");
  const row = requirementOf(page, t("passbook.requirements.title"), competency);
  await expect(row.getByText(new RegExp(`^${escapeRegExp(t("passbook.selfDeclared.labelNamed", { level: 3, name: "PLACEHOLDER" })).replace("PLACEHOLDER", ".+")}$`))).toBeVisible();
  await expect(row.getByText(t("passbook.selfDeclared.pending"))).toBeVisible();

  // The officer answers it: declined, it leaves the queue and the held level stays as it was.
  const officer = await signInAs(browser, "reportingOfficer", "/learn");
  await openReportee(officer, learnerName);
  const requirement = requirementOf(officer, t("team.detail.requirementsTitle"), competency);
  const heldBefore = await requirement.getByText(/^Held:/).innerText();
  await expect(requirement.getByText(t("passbook.selfDeclared.pending"))).toBeVisible();
  await requirement.getByRole("button", { name: `${t("competencyForms.decline.submit")} ${competency}`, exact: true }).click();
  await expect(requirement.getByText(new RegExp(`^Reviewed by ${escapeRegExp(officerName)} on `))).toBeVisible();
  await expect(requirement.getByRole("button", { name: new RegExp(`^${t("competencyForms.decline.submit")}`) })).toHaveCount(0);
  await expect(requirement.getByText(/^Held:/)).toHaveText(heldBefore);
  await snap(officer, testInfo, "06-declined");
  await officer.context().close();

  await page.reload();
  await expect(requirementOf(page, t("passbook.requirements.title"), competency).getByText(new RegExp(`^Reviewed by ${escapeRegExp(officerName)} on `))).toBeVisible();
});

test("the team view lists direct reportees only; anyone else's page is not found @phone", async ({ page, browser }, testInfo) => {
  await signIn(page, "reportingOfficer", "/learn/team");
  await expect(page.getByRole("heading", { level: 1, name: t("team.title") })).toBeVisible();
  const reportees = page.getByRole("region", { name: t("team.list.title") }).getByRole("article");
  await expect(reportees.filter({ hasText: learnerName })).toHaveCount(1);
  await expect(reportees.filter({ hasText: DEMO_ACCOUNTS.mdoAdmin.name })).toHaveCount(0);
  await snap(page, testInfo, "07-team");
  await expectNoAxeViolations(page);
  const otherHref = await reportees.filter({ hasNotText: learnerName }).first().getByRole("link").first().getAttribute("href");
  expect(otherHref).toMatch(/^\/learn\/team\/[0-9a-f-]{36}$/);

  // The demo learner has no reportees: no "My team" in her navigation, and a colleague's page is not found.
  const learner = await signInAs(browser, "learner", "/learn");
  await expect(learner.getByRole("navigation", { name: t("learnerNav.label") }).getByRole("link", { name: t("learnerNav.team") })).toHaveCount(0);
  const response = await learner.goto(otherHref ?? "/learn/team/x");
  expect(response?.status()).toBe(404);
  await expect(learner.getByRole("heading", { level: 1, name: t("common.notFound.title") })).toBeVisible();
  await learner.goto("/learn/team");
  await expect(learner.getByRole("heading", { name: t("team.empty.title") })).toBeVisible();
  await learner.context().close();
});
