import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn, type AccountName } from "./accounts";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

test("the sign-in page passes axe @phone", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
});

const HOMES: AccountName[] = ["learner", "provider", "mdoAdmin", "analyst"];
for (const account of HOMES) {
  test(`${ACCOUNTS[account].home} passes axe @phone`, async ({ page }) => {
    await signIn(page, account, ACCOUNTS[account].home);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the sign-in form works by keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").focus();
  await page.keyboard.type(ACCOUNTS.learner.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(ACCOUNTS.learner.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/learn$/);
});

test("no page scrolls sideways on a phone @phone", async ({ page }) => {
  await signIn(page, "mdoAdmin", "/admin");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

const LEARNER_PAGES = [
  "/learn/catalogue",
  "/learn/catalogue?q=procurment",
  "/learn/courses/gfr-2017-public-procurement",
  "/learn/passbook",
  "/learn/leaderboard",
  "/learn/record",
  "/learn?tab=completed",
];
for (const path of LEARNER_PAGES) {
  test(`${path} passes axe @phone`, async ({ page }) => {
    await signIn(page, "learner", path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

for (const path of ["/verify", "/verify/KSH-0000-0000-0000"]) {
  test(`${path} passes axe signed out @phone`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
