import { expect, test } from "@playwright/test";
import catalogue from "../../lib/i18n/messages/hi/catalogue.json" with { type: "json" };
import course from "../../lib/i18n/messages/hi/course.json" with { type: "json" };
import home from "../../lib/i18n/messages/hi/home.json" with { type: "json" };
import leaderboard from "../../lib/i18n/messages/hi/leaderboard.json" with { type: "json" };
import passbook from "../../lib/i18n/messages/hi/passbook.json" with { type: "json" };
import player from "../../lib/i18n/messages/hi/player.json" with { type: "json" };
import record from "../../lib/i18n/messages/hi/record.json" with { type: "json" };
import { DEMO_ACCOUNTS } from "../../prisma/seed-data/demo-accounts";
import { signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";

// The Hindi-speaking demo official: her saved language opens every learner page in Hindi, the
// page says so to assistive technology (lang="hi-IN"), and the pages still pass axe.
const PAGES: { path: string; heading: string }[] = [
  { path: "/learn", heading: home.welcome.replace("{name}", DEMO_ACCOUNTS.hindiLearner.name) },
  { path: "/learn/catalogue", heading: catalogue.title },
  { path: "/learn/passbook", heading: passbook.title },
  { path: "/learn/leaderboard", heading: leaderboard.title },
  { path: "/learn/record", heading: record.title },
];

for (const { path, heading } of PAGES) {
  test(`${path} opens in Hindi for an official who chose Hindi, and passes axe @phone`, async ({ page }, testInfo) => {
    await signIn(page, "hindiLearner", path);
    await expect(page.locator("html")).toHaveAttribute("lang", "hi-IN");
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await snap(page, testInfo, `hindi${path.replaceAll("/", "-")}`);
    await expectNoAxeViolations(page);
  });
}

// Not tagged @phone: it enrols, which can happen once, so only the desktop project runs it.
test("enrolling and a refused Mark complete speak Hindi", async ({ page }, testInfo) => {
  await signIn(page, "hindiLearner", "/learn/courses/noting-and-drafting-essentials");
  await page.getByRole("button", { name: course.panel.enrol }).click();
  await expect(page.getByText(course.panel.enrolled)).toBeVisible();
  await page.getByRole("link", { name: course.panel.start }).click();

  await page.getByRole("button", { name: player.markComplete.button }).click();
  // "इस पाठ को पूर्ण चिह्नित करने से पहले इसे लगभग N सेकंड और पढ़ना आवश्यक है।"
  const [before] = player.shortfall.TEXT.SECOND.split("{count");
  await expect(page.getByText(before ?? "", { exact: false })).toBeVisible();
  await expect(page.getByText(/before it can be marked complete/)).toHaveCount(0);
  await snap(page, testInfo, "hindi-refusal");
});
