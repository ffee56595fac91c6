import { expect, test, type Locator, type Page } from "@playwright/test";
import { COURSES } from "../../prisma/seed-data/courses";
import { DEMO_ACCOUNTS } from "../../prisma/seed-data/demo-accounts";
import { signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";

// The training institute takes attendance for a session of a batch already held. The database
// persists between runs, so the test reads the official's current mark and toggles it, ending
// with the official PRESENT whatever it started from. The phone project marks the other session,
// so the two projects never edit the same register at once.

const providerCode = DEMO_ACCOUNTS.provider.scope.providerCode;
const course = COURSES.find((seed) => seed.provider === providerCode && seed.mode && seed.mode !== "ONLINE");
if (!course) throw new Error(`No seeded blended or face-to-face course of ${providerCode}`);
// course-content.ts names the batch already held "<first four letters of the provider>-2026-01".
const heldBatch = `${course.provider.slice(0, 4).toUpperCase()}-2026-01`;

async function count(register: Locator, label: "Present" | "Absent" | "Excused" | "Unmarked"): Promise<number> {
  const text = await register.locator("#register-counts > div").filter({ has: register.page().getByText(label, { exact: true }) }).locator("dd").textContent();
  return Number((text ?? "").replace(/[^\d]/g, ""));
}

async function openBatch(page: Page): Promise<void> {
  await signIn(page, "provider", "/studio");
  await page.getByRole("link", { name: "Batches and attendance" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Batches and attendance" })).toBeVisible();
  await page.getByRole("link", { name: heldBatch, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Batch ${heldBatch}` })).toBeVisible();
}

async function save(page: Page, register: Locator, expected: RegExp): Promise<void> {
  await register.getByRole("button", { name: "Save attendance" }).click();
  await expect(register.getByRole("status")).toHaveText(expected);
}

test("a provider marks an official present for a session that has started, and can correct it @phone", async ({ page }, testInfo) => {
  await openBatch(page);
  const sessionTitle = testInfo.project.name === "phone" ? "Practice and wrap-up" : "Case discussion";
  const takeAttendance = page.getByRole("link", { name: `Take attendance for ${sessionTitle}` });
  if (await takeAttendance.isVisible()) await takeAttendance.click();
  const register = page.locator("#register");
  await expect(register.getByRole("heading", { name: `Register: ${sessionTitle}` })).toBeVisible();

  const official = register.getByRole("group").first();
  const name = await official.getAttribute("aria-labelledby").then((id) => page.locator(`#${id}`).textContent());
  const group = register.getByRole("group", { name: name ?? "" });
  const present = group.getByRole("radio", { name: "Present" });
  const absent = group.getByRole("radio", { name: "Absent" });

  if (await present.isChecked()) {
    const before = await count(register, "Present");
    await absent.check();
    await save(page, register, /1 mark changed\. Karma Points taken back from 1 official\./);
    await expect.poll(() => count(register, "Present")).toBe(before - 1);
  }

  const before = { present: await count(register, "Present"), absent: await count(register, "Absent"), unmarked: await count(register, "Unmarked") };
  const wasAbsent = await absent.isChecked();
  // By keyboard, as a radio group works: focus the group's choice and move to Present.
  if (wasAbsent) {
    await absent.focus();
    await page.keyboard.press("ArrowLeft");
  } else {
    await present.focus();
    await page.keyboard.press("Space");
  }
  await expect(present).toBeChecked();
  await save(page, register, /1 mark changed\. Karma Points awarded to 1 official\./);
  await expect.poll(() => count(register, "Present")).toBe(before.present + 1);
  if (wasAbsent) await expect.poll(() => count(register, "Absent")).toBe(before.absent - 1);
  else await expect.poll(() => count(register, "Unmarked")).toBe(before.unmarked - 1);

  // Saving the same register again changes nothing and awards nothing twice.
  await save(page, register, /already up to date: nothing changed/);
  await snap(page, testInfo, "studio-attendance");

  // The mark survives a reload.
  await page.reload();
  await expect(page.locator("#register").getByRole("group", { name: name ?? "" }).getByRole("radio", { name: "Present" })).toBeChecked();
});

test("the batch list and register pass axe and never scroll sideways @phone", async ({ page }) => {
  await openBatch(page);
  for (const path of ["/studio/batches", page.url()]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});

test("a learner cannot open the studio's batches", async ({ page }) => {
  await signIn(page, "learner");
  const response = await page.goto("/studio/batches");
  expect(response?.status()).toBe(403);
});

test("a provider schedules a batch, cancels it after a confirmation, and the batch keeps saying who was told", async ({ page }, testInfo) => {
  await signIn(page, "provider", "/studio");
  const courseHref = await page.getByRole("link", { name: course.title, exact: true }).first().getAttribute("href");
  await page.goto(`${courseHref}/batches`);
  const code = `CXL-${Date.now().toString(36).toUpperCase()}`;
  const newBatch = page.getByRole("region", { name: "New batch" });
  await newBatch.getByLabel("Batch code").fill(code);
  await newBatch.getByLabel("Venue").fill("ISTM, Old JNU Campus, New Delhi");
  await newBatch.getByLabel("Starts (IST)").fill("2027-03-01T10:00");
  await newBatch.getByLabel("Ends (IST)").fill("2027-03-03T17:00");
  await newBatch.getByRole("button", { name: "Create batch" }).click();
  const batch = page.getByRole("region", { name: `Batch ${code}` });
  await expect(batch).toBeVisible({ timeout: 30_000 });

  await batch.getByText(`Cancel batch ${code}`).click();
  await expect(batch).toContainText("Nobody is enrolled yet.");
  await batch.getByRole("button", { name: `Cancel batch ${code}` }).click();
  await expect(batch.getByRole("status")).toHaveText("Cancelled. Nobody was enrolled, so nobody was emailed.", { timeout: 30_000 });
  await expect(batch.getByRole("button", { name: `Cancel batch ${code}` })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "batch-cancelled");
});
