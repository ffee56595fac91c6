import { expect, test } from "@playwright/test";
import { signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";

// A ministry has tens of thousands of officials: the admin finds a reporting officer by typing,
// chooses one by keyboard, and a name that matches nobody is refused at the field.

test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 60_000, navigationTimeout: 60_000 });
const STEP = { timeout: 60_000 };

test("an admin finds a reporting officer by name, keyboard only, and cannot save a name that matches nobody @phone", async ({ page }, testInfo) => {
  const suffix = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const name = `Ishaan Mehra ${suffix}`;
  await signIn(page, "mdoAdmin", "/admin");
  await page.goto("/admin/officials/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(`ishaan.${suffix}@test.kaushal.gov.in`);
  await page.getByLabel("Organisation").selectOption({ label: "Central Board of Indirect Taxes and Customs" });

  const officer = page.getByRole("combobox", { name: /Reporting officer/ });
  await officer.fill("Kavita");
  const suggestion = page.getByRole("option", { name: /Kavita Deshmukh/ });
  await expect(suggestion).toBeVisible(STEP);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "01-reporting-officer-suggestions");
  await officer.press("ArrowDown");
  await officer.press("Enter");
  await expect(officer).toHaveValue("Kavita Deshmukh (reporting.officer@kaushal.gov.in)");
  await page.getByRole("button", { name: "Create the official" }).click();
  await expect(page.getByRole("status").filter({ hasText: "one-time password" })).toBeVisible(STEP);
  await page.getByRole("link", { name: "Open the official" }).click();

  const saved = page.getByRole("combobox", { name: /Reporting officer/ });
  await expect(saved).toHaveValue("Kavita Deshmukh (reporting.officer@kaushal.gov.in)", STEP);
  // Text that names nobody is not quietly dropped or kept as the old officer: the save refuses it.
  await saved.fill("Zzzq Nobody");
  await expect(page.getByText("No active official of your organisation matches.")).toBeVisible(STEP);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Choose a reporting officer from the list.")).toBeVisible(STEP);
  await expect(saved).toHaveAttribute("aria-invalid", "true");
  await snap(page, testInfo, "02-reporting-officer-unmatched");

  // Clearing the field removes the reporting officer.
  await saved.fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible(STEP);
  await page.reload();
  await expect(page.getByRole("combobox", { name: /Reporting officer/ })).toHaveValue("", STEP);
});
