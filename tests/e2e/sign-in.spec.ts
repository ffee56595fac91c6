import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./accounts";

test.describe("signing in", () => {
  for (const account of ["learner", "provider", "mdoAdmin", "analyst", "superAdmin"] as const) {
    test(`${account} signs in and lands on a home with real data @phone`, async ({ page }) => {
      await signIn(page, account, ACCOUNTS[account].home);
      await expect(page).toHaveURL(new RegExp(`${ACCOUNTS[account].home}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("main")).not.toContainText(/error|something went wrong/i);
    });
  }

  test("the root page sends a learner to the learning home", async ({ page }) => {
    await signIn(page, "learner");
    await page.goto("/");
    await expect(page).toHaveURL(/\/learn$/);
  });

  test("a wrong password is refused and nothing else happens @phone", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS.analyst.email);
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/incorrect|wrong|invalid/i)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/reports");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a suspended official is refused with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS.suspended.email);
    await page.getByLabel("Password", { exact: true }).fill(ACCOUNTS.suspended.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/suspended/i)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("repeated failures for one email are rate-limited", async ({ page }) => {
    const email = `locked-${Date.now()}@kaushal.gov.in`;
    await page.goto("/sign-in");
    for (let attempt = 0; attempt < 6; attempt++) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    await expect(page.getByText(/too many/i)).toBeVisible();
  });

  test("a signed-out visitor is sent to sign-in and brought back afterwards", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/);
    await page.getByLabel("Email").fill(ACCOUNTS.mdoAdmin.email);
    await page.getByLabel("Password", { exact: true }).fill(ACCOUNTS.mdoAdmin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
  });

  test("sign-out ends the session @phone", async ({ page }) => {
    await signIn(page, "learner", "/learn");
    // On a phone the navigation folds into a <details> disclosure.
    const menu = page.locator("summary", { hasText: "Menu" });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole("button", { name: /sign out/i }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/learn");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

function replayableHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !["cookie", "host", "content-length"].includes(name) && !name.startsWith(":")));
}

// Regression: signing out only cleared this browser's cookie; a copy of it kept working for up
// to 8 hours, for pages and server actions alike.
test("a session cookie replayed after sign-out is refused by pages and server actions", async ({ page, browser, playwright, baseURL }) => {
  await signIn(page, "mdoAdmin", "/admin");
  const sessionCookie = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(sessionCookie).toBeDefined();

  // A real server action, recorded as the browser sent it: ending the sessions of the (suspended,
  // so never signed-in) demo official, which changes nothing any other journey relies on.
  await page.goto(`/admin/officials?q=${encodeURIComponent(ACCOUNTS.suspended.email)}`);
  await page.getByRole("region", { name: "Officials" }).getByRole("link").first().click();
  const actionRequest = page.waitForRequest((request) => request.method() === "POST" && !!request.headers()["next-action"]);
  await page.getByRole("button", { name: "End all sessions" }).click();
  await expect(page.getByText(/sessions? ended\./)).toBeVisible();
  const recorded = await actionRequest;
  const replay = async () => {
    const api = await playwright.request.newContext({ baseURL });
    const response = await api.post(new URL(recorded.url()).pathname + new URL(recorded.url()).search, {
      headers: { ...replayableHeaders(await recorded.allHeaders()), cookie: `${sessionCookie?.name}=${sessionCookie?.value}` },
      data: recorded.postDataBuffer() ?? "",
    });
    const body = await response.text();
    await api.dispose();
    return body;
  };
  expect(await replay()).toContain("sessionsEnded");

  const menu = page.locator("summary", { hasText: "Menu" });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("button", { name: /sign out/i }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const replayed = await browser.newContext();
  await replayed.addCookies([{ ...sessionCookie!, expires: -1 }]);
  const stolen = await replayed.newPage();
  await stolen.goto("/admin");
  await expect(stolen).toHaveURL(/\/sign-in/);
  await replayed.close();

  const refused = await replay();
  expect(refused).toContain("UNAUTHENTICATED");
  expect(refused).not.toContain("sessionsEnded");
});

// Regression: an unparsable callbackUrl answered 500 and refused a correct password.
test("signing in with an unparsable callbackUrl lands on the home page", async ({ page }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/%E0%A4%A")}`);
  await page.getByLabel("Email").fill(ACCOUNTS.learner.email);
  await page.getByLabel("Password", { exact: true }).fill(ACCOUNTS.learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/learn$/, { timeout: 60_000 });
});

test.describe("access control", () => {
  for (const path of ["/admin", "/studio", "/reports", "/framework"]) {
    test(`a learner opening ${path} gets a 403 page`, async ({ page }) => {
      await signIn(page, "learner");
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(/access|permission|forbidden|403/i);
    });
  }

  test("an analyst cannot open the organisation admin area", async ({ page }) => {
    await signIn(page, "analyst");
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
  });

  test("an unknown page gets the 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // Regression: a submit before the script loaded sent the password in the query string.
  test("the sign-in form never puts credentials in the address", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS.learner.email);
    await page.getByLabel("Password", { exact: true }).fill(ACCOUNTS.learner.password);
    await page.getByLabel("Password", { exact: true }).press("Enter");
    await page.waitForLoadState("load");
    expect(page.url()).not.toContain("password");
    expect(page.url()).not.toContain(encodeURIComponent(ACCOUNTS.learner.password));
  });
});
