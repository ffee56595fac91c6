import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, type AccountName } from "./accounts";
import { expectNoAxeViolations } from "./axe";

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
  // A phone's layout viewport (innerWidth) grows with wide content; the screen's width is clientWidth.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
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

for (const path of ["/admin/integrity", "/admin/integrity/reviewed"]) {
  test(`${path} passes axe @phone`, async ({ page }) => {
    await signIn(page, "mdoAdmin", path);
    await expect(page.getByRole("heading", { level: 1, name: "Learning integrity" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
