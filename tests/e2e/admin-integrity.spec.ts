import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed-data/demo-accounts";
import { signIn } from "./accounts";
import { snap } from "./journey-helpers";

// An MDO admin works through the learning-integrity queue the seed leaves for the demo
// organisation: reads what the server saw, records an outcome, and finds it under Reviewed.
test("an MDO admin reviews an integrity flag and finds it under Reviewed", async ({ page }, testInfo) => {
  await signIn(page, "mdoAdmin", "/admin");
  const callout = page.getByRole("region", { name: "Learning integrity" });
  await expect(callout).toContainText(/\d+ lessons? (was|were) claimed far sooner/);
  await callout.getByRole("link", { name: /^Review (flags|the flag)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Learning integrity" })).toBeVisible();

  const openFlags = page.getByRole("region", { name: "Open flags" }).getByRole("article");
  const before = await openFlags.count();
  expect(before).toBeGreaterThan(0);
  const openTotal = Number((await page.getByRole("link", { name: /^Open \(\d+\)$/ }).innerText()).replace(/\D/g, ""));
  const flag = openFlags.first();
  const official = (await flag.getByRole("heading", { level: 3 }).innerText()).trim();
  await expect(flag.locator("dt", { hasText: "Server saw" })).toBeVisible();
  await expect(flag.locator("dt", { hasText: "Official was told" })).toBeVisible();
  await snap(page, testInfo, "01-open-flags");

  // Submitting without an outcome is stopped by the form, and nothing changes.
  await flag.getByRole("button", { name: "Mark reviewed" }).click();
  await expect(openFlags).toHaveCount(before);

  await flag.getByRole("radio", { name: /Followed up/ }).check();
  await flag.getByLabel(/Note/).fill("Spoke to the official; the lesson will be taken again.");
  await flag.getByRole("button", { name: "Mark reviewed" }).click();
  // One official can have several flags (one per lesson), so the count says this one left the queue.
  await expect(page.getByRole("link", { name: `Open (${openTotal - 1})` })).toBeVisible();

  await page.getByRole("link", { name: "Reviewed" }).click();
  await expect(page).toHaveURL(/\/admin\/integrity\/reviewed$/);
  const reviewed = page
    .getByRole("region", { name: "Reviewed flags" })
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: official, exact: true }) })
    .filter({ hasText: "the lesson will be taken again" });
  await expect(reviewed.first()).toContainText("Followed up");
  await expect(reviewed.first()).toContainText(`by ${DEMO_ACCOUNTS.mdoAdmin.name}`);
  await expect(reviewed.first()).toContainText("the lesson will be taken again");
  await snap(page, testInfo, "02-reviewed");
});
