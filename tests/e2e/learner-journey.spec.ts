import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed-data/demo-accounts";
import { DEMO_LEARNER_ENROLMENTS } from "../../prisma/seed-data/demo-learner-history";
import { signIn } from "./accounts";
import { answerQuestion, lessonOutline, openDisclosure, seedCourse, snap } from "./journey-helpers";

// The official's journey from search to certificate. Tests that enrol each take their own course,
// and the phone project (which re-runs the @phone tests against the same database) another set,
// so parallel workers and the second project never meet an enrolment they did not make.
// Re-seed the database before running the file again: enrolments persist.

type SearchCase = {
  /** A misspelt search the catalogue must still answer. */
  typo: string;
  /** Found by the typo, and the one result left after the filter. */
  kept: string;
  /** Also found by the typo, gone after the filter. */
  dropped: string;
  filter: { label: string; option: string; param: string; value: string; chip: string };
};

type ProjectCourses = { search: SearchCase; enrol: string; lessons: string; assessment: string };

const COURSES_BY_PROJECT: Record<"desktop" | "phone", ProjectCourses> = {
  desktop: {
    search: {
      typo: "procurment",
      kept: "Contract Management Basics",
      dropped: "Public Procurement under GFR 2017",
      filter: { label: "Competency", option: "Contract Management", param: "competency", value: "FUN-CONTRACT", chip: "Competency: Contract Management" },
    },
    enrol: "customs-valuation-and-classification",
    lessons: "official-statistics-and-surveys",
    assessment: "drugs-regulation-and-gmp",
  },
  phone: {
    search: {
      typo: "disaster managment",
      kept: "Incident Response System for Officers",
      dropped: "Disaster Management: Basic Course",
      filter: { label: "Mode", option: "Blended", param: "mode", value: "BLENDED", chip: "Mode: Blended" },
    },
    enrol: "land-records-modernisation",
    lessons: "cyber-hygiene-for-officials",
    assessment: "budgeting-and-expenditure-control",
  },
};

function coursesFor(testInfo: TestInfo): ProjectCourses {
  return testInfo.project.name === "phone" ? COURSES_BY_PROJECT.phone : COURSES_BY_PROJECT.desktop;
}

const DEMO_SLUGS = new Set(DEMO_LEARNER_ENROLMENTS.map((entry) => entry.slug));
for (const courses of Object.values(COURSES_BY_PROJECT)) {
  for (const slug of [courses.enrol, courses.lessons, courses.assessment]) {
    if (DEMO_SLUGS.has(slug)) throw new Error(`The demo learner is already enrolled in ${slug}; pick another course`);
  }
}

/** Signs in straight onto the course page and enrols there. */
async function signInAndEnrol(page: Page, slug: string): Promise<void> {
  await signIn(page, "learner", `/learn/courses/${slug}`);
  await page.getByRole("button", { name: "Enrol in this course" }).click();
  await expect(page.getByText("You are enrolled")).toBeVisible();
}

function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

test.describe("the official's learning journey", () => {
  // Whole journeys with many page loads: a ceiling against hangs, not a speed target.
  test.describe.configure({ timeout: 120_000 });
  test("a misspelt search finds the course and a filter narrows it, all kept in the URL @phone", async ({ page }, testInfo) => {
    const { typo, kept, dropped, filter } = coursesFor(testInfo).search;
    const resultLink = (title: string) => page.getByRole("link", { name: title, exact: true });

    await signIn(page, "learner", "/learn/catalogue");
    await page.getByLabel("Search courses").fill(typo);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("q") === typo);
    await expect(page.getByRole("heading", { name: `for “${typo}”` })).toBeVisible();
    await expect(resultLink(kept)).toBeVisible();
    await expect(resultLink(dropped)).toBeVisible();
    await snap(page, testInfo, "01-search-typo");

    // Folded away on a phone; opened by script on a wide screen.
    const select = page.getByLabel(filter.label, { exact: true });
    if (!(await select.isVisible())) await openDisclosure(page, "Filters");
    await select.selectOption({ label: filter.option });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get(filter.param) === filter.value && url.searchParams.get("q") === typo);
    await expect(page.getByRole("heading", { name: `1 course for “${typo}”` })).toBeVisible();
    await expect(resultLink(kept)).toBeVisible();
    await expect(resultLink(dropped)).toHaveCount(0);
    await expect(page.getByRole("list", { name: "Applied filters" })).toContainText(filter.chip);
    await snap(page, testInfo, "02-search-filtered");

    await page.reload();
    expect(searchParams(page).get("q")).toBe(typo);
    expect(searchParams(page).get(filter.param)).toBe(filter.value);
    await expect(page.getByLabel("Search courses")).toHaveValue(typo);
    await expect(page.getByLabel(filter.label, { exact: true })).toHaveValue(filter.value);
    await expect(page.getByRole("heading", { name: `1 course for “${typo}”` })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL((url) => url.searchParams.get("q") === typo && !url.searchParams.get(filter.param));
    await expect(resultLink(dropped)).toBeVisible();
    await expect(resultLink(kept)).toBeVisible();
  });

  test("enrolling flips the panel to continue, and a double enrolment leaves one @phone", async ({ page, context }, testInfo) => {
    const course = seedCourse(coursesFor(testInfo).enrol);
    const enrolledCount = async (target: Page) => {
      const text = await target.getByRole("list", { name: "Course facts" }).getByText(/enrolled$/).textContent();
      return Number((text ?? "").replace(/\D/g, ""));
    };

    await signIn(page, "learner", `/learn/courses/${course.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeVisible();
    const before = await enrolledCount(page);
    // A second tab still showing "Enrol" stands in for a learner enrolling twice.
    const staleTab = await context.newPage();
    await staleTab.goto(`/learn/courses/${course.slug}`);
    await expect(staleTab.getByRole("button", { name: "Enrol in this course" })).toBeVisible();
    await snap(page, testInfo, "03-course-page");

    await page.getByRole("button", { name: "Enrol in this course" }).dblclick();
    const panel = page.getByRole("region", { name: "Your enrolment" });
    await expect(panel.getByText("You are enrolled")).toBeVisible();
    await expect(panel.getByRole("link", { name: "Start the course" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Enrol in this course" })).toHaveCount(0);
    await snap(page, testInfo, "04-enrolled");

    await staleTab.getByRole("button", { name: "Enrol in this course" }).click();
    await expect(staleTab.getByRole("region", { name: "Your enrolment" }).getByText("You are enrolled")).toBeVisible();
    await staleTab.close();

    await page.reload();
    expect(await enrolledCount(page)).toBe(before + 1);

    await page.goto("/learn");
    const courseLinks = page.getByRole("link", { name: course.title, exact: true });
    await expect(courseLinks).toHaveCount(1);
    await expect(page.getByRole("article").filter({ has: courseLinks })).toContainText("Not started");
    await snap(page, testInfo, "05-my-learning");
  });

  test("marking a lesson complete too fast is refused; opening the link lesson completes it @phone", async ({ page, context }, testInfo) => {
    const course = seedCourse(coursesFor(testInfo).lessons);
    const externalHost = new URL(course.externalUrl).host;
    // The outside site is unreachable here: answer for it, so the new tab lands somewhere.
    await context.route(
      (url) => url.host === externalHost,
      (route) => route.fulfill({ contentType: "text/html", body: `<title>${externalHost}</title><h1>Stand-in for ${externalHost}</h1>` }),
    );

    await signInAndEnrol(page, course.slug);
    await page.getByRole("link", { name: "Start the course" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "About this course" })).toBeVisible();

    await page.getByRole("button", { name: "Mark complete" }).click();
    await expect(page.getByText(/^This lesson needs about \d+ more (seconds?|minutes?) of reading before it can be marked complete\.$/)).toBeVisible();
    await expect(page.getByText("Lesson completed")).toHaveCount(0);
    await snap(page, testInfo, "06-mark-complete-refused");

    let outline = await lessonOutline(page);
    await expect(outline.getByRole("link", { name: /^About this course/ })).toHaveAccessibleName(/not completed$/);
    await outline.getByRole("link", { name: new RegExp(`^${escapeRegExp(course.linkLessonTitle)}`) }).click();
    await expect(page.getByRole("heading", { level: 1, name: course.linkLessonTitle })).toBeVisible();
    await expect(page.getByText("Opening the resource completes this lesson.")).toBeVisible();
    await snap(page, testInfo, "07-link-lesson");

    // A link to the visit address from another site does not count as opening the resource.
    const resourceLink = page.getByRole("link", { name: `Open the resource on ${externalHost} (opens in a new tab)` });
    const crossSite = await page.request.get((await resourceLink.getAttribute("href")) ?? "", {
      headers: { "sec-fetch-site": "cross-site" },
      maxRedirects: 0,
    });
    expect(crossSite.status()).toBe(307);
    expect(new URL(crossSite.headers()["location"] ?? "", page.url()).pathname).toBe("/learn");
    await page.reload();
    await expect(page.getByText("Lesson completed")).toHaveCount(0);

    const visit = context.waitForEvent("response", (response) => /\/api\/progress\/lessons\/[^/]+\/visit$/.test(new URL(response.url()).pathname));
    const popupOpened = page.waitForEvent("popup");
    await page.getByRole("link", { name: `Open the resource on ${externalHost} (opens in a new tab)` }).click();
    const popup = await popupOpened;
    const visitResponse = await visit;
    expect(visitResponse.status()).toBe(303);
    expect(new URL(visitResponse.headers()["location"] ?? "", page.url()).href).toBe(new URL(course.externalUrl).href);
    await popup.waitForURL((url) => url.host === externalHost);
    await snap(popup, testInfo, "08-link-opened-in-new-tab");
    await popup.close();

    // The page refreshes itself when the learner comes back (or shortly after the click).
    await expect(page.getByText("Lesson completed")).toBeVisible();
    await expect(page.getByText("You have opened this resource.")).toBeVisible();
    outline = await lessonOutline(page);
    await expect(outline.getByRole("link", { name: new RegExp(`^${escapeRegExp(course.linkLessonTitle)}`) })).toHaveAccessibleName(/[^t] completed$/);
    await snap(page, testInfo, "09-link-lesson-complete");
  });

  test("a failed attempt shows the score, a second attempt passes, and both are in the history @phone", async ({ page }, testInfo) => {
    const course = seedCourse(coursesFor(testInfo).assessment);
    const total = course.questions.length;
    const [first, ...rest] = course.questions;
    if (!first) throw new Error(`${course.slug} has no questions`);
    const failedPercent = Math.floor(100 / total);

    await signInAndEnrol(page, course.slug);
    await page.getByRole("link", { name: "Start the course" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "About this course" })).toBeVisible();
    const outline = await lessonOutline(page);
    await outline.getByRole("link", { name: /^Final assessment/ }).click();
    await page.getByRole("link", { name: "Go to the assessment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: course.assessmentTitle })).toBeVisible();
    await expect(definitionOf(page, "Questions")).toHaveText(String(total));
    await expect(definitionOf(page, "Attempts left")).toHaveText("3 of 3");
    await snap(page, testInfo, "10-assessment");

    // Attempt 1: one right, the rest wrong.
    await page.getByRole("button", { name: "Start assessment" }).click();
    await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]+$/);
    await answerQuestion(page, first, "correct");
    for (const question of rest) await answerQuestion(page, question, "wrong");
    await expect(page.getByText(`${total} of ${total} answered`)).toBeVisible();
    await snap(page, testInfo, "11-attempt-1-answered");
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.getByRole("heading", { name: "Not passed this time" })).toBeVisible();
    await expect(page.getByText(`You scored ${failedPercent}% (1 of ${total} marks)`)).toBeVisible();
    // Correct answers stay hidden until a pass or the last attempt.
    await expect(page.getByText("Correct answer", { exact: true })).toHaveCount(0);
    await snap(page, testInfo, "12-attempt-1-failed");

    // Attempt 2: everything right.
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: course.assessmentTitle })).toBeVisible();
    await expect(page.getByText("Attempt 2", { exact: true })).toBeVisible();
    for (const question of course.questions) await answerQuestion(page, question, "correct");
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.getByRole("heading", { name: "You passed" })).toBeVisible();
    await expect(page.getByText(`You scored 100% (${total} of ${total} marks)`)).toBeVisible();
    await expect(page.getByText("Correct answer", { exact: true }).first()).toBeVisible();
    await snap(page, testInfo, "13-attempt-2-passed");

    await page.getByRole("link", { name: "All your attempts" }).click();
    await expect(page.getByText("You have passed this assessment.")).toBeVisible();
    const history = page.getByRole("list", { name: "Your attempts, newest first" }).getByRole("listitem");
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText("Attempt 2");
    await expect(history.nth(0)).toContainText("Score 100%");
    await expect(history.nth(0)).toContainText("Passed");
    await expect(history.nth(1)).toContainText("Attempt 1");
    await expect(history.nth(1)).toContainText(`Score ${failedPercent}%`);
    await expect(history.nth(1)).toContainText("Not passed");
    await snap(page, testInfo, "14-attempt-history");
  });

  test("the demo certificate verifies publicly, and a mistyped code does not @phone", async ({ page, context }, testInfo) => {
    const completed = DEMO_LEARNER_ENROLMENTS.find((entry) => entry.status === "COMPLETED");
    if (!completed) throw new Error("The demo learner has no completed course");
    const course = seedCourse(completed.slug);

    await signIn(page, "learner", "/learn");
    await page.getByRole("navigation", { name: "Your courses" }).getByRole("link", { name: /^Completed/ }).click();
    await expect(page).toHaveURL(/\/learn\?tab=completed$/);
    await page.getByRole("link", { name: `Certificate for ${course.title}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your certificate" })).toBeVisible();
    const certificate = page.getByRole("article", { name: "Certificate of completion" });
    await expect(certificate).toContainText(DEMO_ACCOUNTS.learner.name);
    await expect(certificate).toContainText(course.title);
    const code = (await definitionOf(certificate, "Certificate code").innerText()).trim();
    expect(code).toMatch(/^KSH-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await snap(page, testInfo, "15-certificate");

    await context.clearCookies();
    await page.goto("/learn");
    await expect(page).toHaveURL(/\/sign-in/);

    await page.goto(`/verify/${code}`);
    const verdict = page.getByRole("region", { name: /certificate$/ });
    await expect(verdict.getByRole("heading", { name: "Valid certificate" })).toBeVisible();
    await expect(verdict).toContainText(DEMO_ACCOUNTS.learner.name);
    await expect(verdict).toContainText(course.title);
    await expect(verdict).toContainText(code);
    await snap(page, testInfo, "16-verify-valid");

    // The form accepts the code as typed from paper: lower case, no dashes.
    await page.getByLabel("Certificate code").fill(code.toLowerCase().replaceAll("-", ""));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page).toHaveURL(new RegExp(`/verify/${code}$`));
    await expect(page.getByRole("heading", { name: "Valid certificate" })).toBeVisible();

    await page.goto(`/verify/${mistype(code)}`);
    await expect(page.getByRole("heading", { name: "No such certificate" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Valid certificate" })).toHaveCount(0);
    await snap(page, testInfo, "17-verify-typo");
  });

  test("the passbook shows the role's competency gaps with courses that close them @phone", async ({ page }, testInfo) => {
    await signIn(page, "learner", "/learn");
    await page.getByRole("navigation", { name: "Your records" }).getByRole("link", { name: "Competency passbook" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your competencies" })).toBeVisible();

    const requirements = page.getByRole("region", { name: "What your role requires" });
    await expect(requirements).toBeVisible();
    const gaps = requirements.getByRole("article").filter({ hasText: /\d+ levels? to go/ });
    expect(await gaps.count()).toBeGreaterThan(0);
    const withCourses = gaps.filter({ has: page.getByRole("heading", { name: "Courses that help" }) });
    expect(await withCourses.count()).toBeGreaterThan(0);
    const recommended = withCourses.first().getByRole("listitem").getByRole("link");
    await expect(recommended.first()).toHaveAttribute("href", /^\/learn\/courses\//);
    await expect(withCourses.first()).toContainText(/Closes this gap|Takes you to level \d/);
    await snap(page, testInfo, "18-passbook");

    // A recommendation leads to a course the official can enrol in.
    const title = (await recommended.first().innerText()).trim();
    await recommended.first().click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });
});

/** The <dd> that follows the <dt> with this term. */
function definitionOf(scope: Page | Locator, term: string): Locator {
  return scope.locator("dt", { hasText: new RegExp(`^\\s*${escapeRegExp(term)}\\s*$`) }).locator("xpath=following-sibling::dd[1]");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// One wrong character, the kind of slip the check character exists to catch.
function mistype(code: string): string {
  const last = code.at(-1) ?? "0";
  return `${code.slice(0, -1)}${last === "7" ? "8" : "7"}`;
}
