import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

// Demo accounts from the seed (prisma/seed-data/demo-accounts.ts), as a person would type them.
export const ACCOUNTS = {
  learner: { email: "learner@kaushal.gov.in", password: "Learner@123", home: "/learn" },
  hindiLearner: { email: "hindi.learner@kaushal.gov.in", password: "Hindi@123", home: "/learn" },
  reportingOfficer: { email: "reporting.officer@kaushal.gov.in", password: "Officer@123", home: "/learn" },
  provider: { email: "provider@kaushal.gov.in", password: "Provider@123", home: "/studio" },
  mdoAdmin: { email: "mdo.admin@kaushal.gov.in", password: "MdoAdmin@123", home: "/admin" },
  reviewer: { email: "reviewer@kaushal.gov.in", password: "Reviewer@123", home: "/learn" },
  analyst: { email: "analyst@kaushal.gov.in", password: "Analyst@123", home: "/reports" },
  superAdmin: { email: "admin@kaushal.gov.in", password: "Admin@123", home: "/admin" },
  suspended: { email: "suspended@kaushal.gov.in", password: "Suspended@123", home: "/learn" },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

export async function signIn(page: Page, account: AccountName, callbackUrl?: string): Promise<void> {
  const { email, password } = ACCOUNTS[account];
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Argon2 verification and the first render of a home page can take a while on a loaded machine.
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 60_000 });
}

/**
 * After signing in with a one-time password an admin issued: the portal insists on a password of
 * the official's own first, and then opens My Learning.
 */
export async function chooseOwnPassword(page: Page, oneTimePassword: string, newPassword: string): Promise<void> {
  await expect(page).toHaveURL(/\/account\/password$/, { timeout: 60_000 });
  await page.getByLabel("One-time password").fill(oneTimePassword);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("The new password again").fill(newPassword);
  await page.getByRole("button", { name: "Set my password" }).click();
  await expect(page).toHaveURL(/\/learn$/, { timeout: 60_000 });
}
