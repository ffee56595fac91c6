import { expect, test, type Browser, type Page } from "@playwright/test";
import { chooseOwnPassword, signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";

// The MDO admin's people: officials found, edited and suspended; a transfer an official asked
// for, approved; a person who registered through a link, approved and signed in. Each journey
// makes its own officials, so the demo accounts other journeys rely on are left as they are.

test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 60_000, navigationTimeout: 60_000 });
const STEP = { timeout: 60_000 };

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The admin adds an official of CBIC and reads the one-time password shown once. */
async function addOfficial(page: Page, name: string, email: string): Promise<string> {
  await page.goto("/admin/officials/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Designation/).fill("Inspector");
  await page.getByLabel("Organisation").selectOption({ label: "Central Board of Indirect Taxes and Customs" });
  await page.getByRole("button", { name: "Create the official" }).click();
  const status = page.getByRole("status").filter({ hasText: "one-time password" });
  await expect(status).toBeVisible(STEP);
  return (await status.locator("code").innerText()).trim();
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test("the admin finds, edits and suspends an official, whose session ends at once", async ({ page, browser }, testInfo) => {
  const suffix = unique();
  const name = `Anand Kulkarni ${suffix}`;
  const email = `anand.${suffix}@test.kaushal.gov.in`;
  await signIn(page, "mdoAdmin", "/admin");
  const password = await addOfficial(page, name, email);

  // The official signs in elsewhere before the suspension, and must first replace the one-time
  // password the admin has seen with one of their own.
  const official = await newPage(browser);
  await signInAs(official, email, password);
  const ownPassword = `Own-Password-${suffix}`;
  await chooseOwnPassword(official, password, ownPassword);

  await page.goto("/admin");
  await page.getByRole("link", { name: "Find and manage officials" }).click();
  await page.getByLabel("Name, email or employee code").fill(`Kulkarni ${suffix}`);
  await page.getByLabel(/^Group/).selectOption("");
  await page.getByRole("button", { name: "Find officials" }).click();
  await expect(page).toHaveURL(new RegExp(`q=Kulkarni\\+${suffix}`));
  await snap(page, testInfo, "01-officials-found");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible(STEP);

  // A bad field is refused with its own message and nothing is saved.
  await page.getByLabel("Full name").fill("A");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Enter the official's full name.")).toBeVisible(STEP);
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel(/^Designation/).fill("Superintendent");
  await page.getByLabel(/^Group/).selectOption("B");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible(STEP);
  await page.reload();
  await expect(page.getByLabel(/^Designation/)).toHaveValue("Superintendent");
  await snap(page, testInfo, "02-official-edited");

  await page.getByRole("button", { name: `Suspend ${name}` }).click();
  await expect(page.getByText("Suspended. Their sessions end on their next request.")).toBeVisible(STEP);
  await page.reload();
  await expect(page.getByRole("button", { name: `Reactivate ${name}` })).toBeVisible(STEP);

  // Their next request finds the session ended, and signing in again is refused.
  await official.goto("/learn");
  await expect(official).toHaveURL(/\/sign-in/, STEP);
  await signInAs(official, email, ownPassword);
  await expect(official).toHaveURL(/\/sign-in/, STEP);
  await expect(official.getByText(/suspended/i).first()).toBeVisible(STEP);
  await official.context().close();

  // Roles are granted within the admin's organisation only; the official holds them on their next sign-in.
  await page.getByLabel("Content reviewer").check();
  await page.getByRole("button", { name: "Save roles" }).click();
  await expect(page.getByText("Roles saved. They apply from the official’s next request.")).toBeVisible(STEP);
  await page.reload();
  await expect(page.getByLabel("Content reviewer")).toBeChecked();
});

test("an official asks for a transfer and the admin of the receiving organisation approves it", async ({ page, browser }, testInfo) => {
  const suffix = unique();
  const name = `Farah Siddiqui ${suffix}`;
  const email = `farah.${suffix}@test.kaushal.gov.in`;
  await signIn(page, "mdoAdmin", "/admin");
  const password = await addOfficial(page, name, email);

  const official = await newPage(browser);
  await signInAs(official, email, password);
  await chooseOwnPassword(official, password, `Own-Password-${suffix}`);
  await official.getByRole("link", { name: "My profile" }).first().click();
  await expect(official.getByRole("heading", { level: 1, name })).toBeVisible(STEP);
  await official.getByLabel("Organisation").selectOption({ label: "Central Board of Direct Taxes" });
  await official.getByLabel("New designation").fill("Income Tax Officer");
  await official.getByLabel("Note to the admin").fill("Posted to CBDT by order of 1 December.");
  await official.getByRole("button", { name: "Send the request" }).click();
  await expect(official.getByText("Waiting for a decision", { exact: true })).toBeVisible(STEP);
  await snap(official, testInfo, "03-transfer-requested");

  await page.goto("/admin/transfers");
  const request = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(name) }) });
  await expect(request).toContainText("Central Board of Direct Taxes", STEP);
  await snap(page, testInfo, "04-transfer-queue");
  await request.getByRole("button", { name: `Approve ${name}’s request` }).click();
  // The decided request leaves the queue for the list of recent decisions.
  await expect(page.getByRole("region", { name: "Decided recently" }).getByRole("listitem").filter({ hasText: name })).toContainText("Approved", STEP);
  await expect(page.getByRole("region", { name: "Waiting for you" })).not.toContainText(name);

  await official.reload();
  const mine = official.getByRole("region", { name: "Where you are" });
  await expect(mine).toContainText("Central Board of Direct Taxes", STEP);
  await expect(mine).toContainText("Income Tax Officer");
  await expect(official.getByRole("region", { name: "Your requests" })).toContainText("Approved");
  await official.context().close();
});

test("a person registers through a link, the admin approves them and they sign in", async ({ page, browser }, testInfo) => {
  const suffix = unique();
  const name = `Lakshmi Narayanan ${suffix}`;
  const email = `lakshmi.${suffix}@test.kaushal.gov.in`;
  const password = "Register-Lakshmi-2026";
  await signIn(page, "mdoAdmin", "/admin");
  await page.goto("/admin/registrations");
  await page.getByLabel("Organisation").selectOption({ label: "Central Board of Direct Taxes" });
  await page.getByLabel("Valid for (days)").fill("7");
  await page.getByRole("button", { name: "Create a link" }).click();
  await expect(page.getByText("Link created")).toBeVisible(STEP);
  const link = await page.getByTestId("registration-link").first().getAttribute("href");
  expect(link).toMatch(/\/register\/[\w-]{20,}$/);
  await expect(page.getByRole("img", { name: /QR code for registering with Central Board of Direct Taxes/ }).first()).toBeVisible();

  const person = await newPage(browser);
  await person.goto(new URL(link!).pathname);
  await expect(person.getByRole("heading", { level: 1, name: "Register with Central Board of Direct Taxes" })).toBeVisible(STEP);
  await person.getByLabel("Full name").fill(name);
  await person.getByLabel("Official email").fill(email);
  await person.getByLabel("Password").fill("short");
  await person.getByRole("button", { name: "Register" }).click();
  await expect(person.getByText("Use at least 10 characters.")).toBeVisible(STEP);
  await person.getByLabel("Password").fill(password);
  await person.getByRole("button", { name: "Register" }).click();
  await expect(person.getByRole("status")).toContainText("waiting for approval", STEP);
  await snap(person, testInfo, "05-registered");

  // Waiting is not an account: signing in is refused until the admin approves.
  await signInAs(person, email, password);
  await expect(person).toHaveURL(/\/sign-in/, STEP);

  await page.reload();
  const waiting = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(name) }) });
  await expect(waiting).toBeVisible(STEP);
  await snap(page, testInfo, "06-registration-queue");
  await waiting.getByRole("button", { name: `Approve ${name}’s registration` }).click();
  await expect(page.getByRole("region", { name: "Decided recently" }).getByRole("listitem").filter({ hasText: name })).toContainText("Approved", STEP);

  await signInAs(person, email, password);
  await expect(person).toHaveURL(/\/learn/, STEP);
  await person.context().close();
});

test("@phone every officials, transfers and registrations page passes axe and fits the screen", async ({ page }, testInfo) => {
  await signIn(page, "mdoAdmin", "/admin");
  const paths = ["/admin", "/admin/officials", "/admin/officials?q=a&status=ACTIVE", "/admin/officials/new", "/admin/transfers", "/admin/registrations"];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible(STEP);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await snap(page, testInfo, `page${path.replace(/[/?=&]+/g, "-")}`);
  }
  // One official's page, reached by keyboard from the list.
  await page.goto("/admin/officials");
  const firstOfficial = page.getByRole("region", { name: "Officials" }).getByRole("link").first();
  await firstOfficial.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/officials\/[0-9a-f-]{36}$/, STEP);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "page-official");
  // The public registration page for a link that does not exist, and the learner's profile.
  await page.goto("/register/not-a-real-token-at-all");
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible(STEP);
  await expectNoAxeViolations(page);
  await page.goto("/learn/profile");
  await expect(page.getByRole("heading", { level: 2, name: "Ask for a transfer or a change" })).toBeVisible(STEP);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "page-profile");
});

test("@phone an official reads their profile and its request form in Hindi", async ({ page }, testInfo) => {
  await signIn(page, "hindiLearner", "/learn/profile");
  await page.goto("/learn/profile");
  await expect(page.getByRole("heading", { level: 2, name: "स्थानांतरण या बदलाव का अनुरोध करें" })).toBeVisible(STEP);
  await expect(page.getByRole("button", { name: "अनुरोध भेजें" })).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, "profile-hindi");
});
