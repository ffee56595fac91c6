import { expect, test } from "@playwright/test";
import { signIn } from "./accounts";

// The newcomer's path: `npm start` with no DATABASE_URL, on the embedded database with demo data.
test("the portal runs on the embedded database with the demo data", async ({ page }) => {
  await signIn(page, "learner", "/learn");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("progressbar").first()).toBeVisible();
});
