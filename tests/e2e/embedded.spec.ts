import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./accounts";

// The newcomer's path: `npm start` with no DATABASE_URL, on the embedded database with demo data.
test("the portal runs on the embedded database with the demo data", async ({ page }) => {
  await signIn(page, "learner", "/learn");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("progressbar").first()).toBeVisible();
});

// Regression: the embedded server shares one backend session between connections, so a second
// sign-in used to fail on the rate limiter's named prepared statements.
test("several sign-ins in a row work on the embedded database", async ({ page, context }) => {
  for (const account of ["mdoAdmin", "analyst", "provider"] as const) {
    await context.clearCookies();
    await signIn(page, account, ACCOUNTS[account].home);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await context.clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.analyst.email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/incorrect|wrong|invalid/i)).toBeVisible();
});
