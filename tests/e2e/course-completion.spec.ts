import { expect, test, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { COMPETENCIES } from "../../prisma/seed-data/competencies";
import { MICRO_COURSES } from "../../prisma/seed-data/courses-micro";
import { DEMO_LEARNER_ENROLMENTS } from "../../prisma/seed-data/demo-learner-history";
import { signIn, type AccountName } from "./accounts";
import { answerQuestion, lessonOutline, seedCourse, snap } from "./journey-helpers";
import { escapeRegExp, translatorFor, type TestLocale, type Translate } from "./messages";

// One whole course, as an official takes it: every lesson type done with real reading and
// watching time (the server's integrity rules are not relaxed), the assessment passed, the
// certificate issued and verified, and the passbook gap the course was recommended for closed.
// The micro-course keeps this to about a minute of learning. Each project takes it as a
// different official, so the two never meet an enrolment they did not make: on a desktop the
// demo learner in English, on a 375 px phone the Hindi-speaking demo official in Hindi.

const [micro] = MICRO_COURSES;
if (!micro) throw new Error("The seed has no micro-course");
const course = seedCourse(micro.slug);
const [competencyCode, impartedLevel] = Object.entries(micro.competencies)[0] ?? [];
const competency = COMPETENCIES.find((entry) => entry.code === competencyCode);
if (!competency || !impartedLevel) throw new Error(`${micro.slug} imparts no known competency`);
if (DEMO_LEARNER_ENROLMENTS.some((entry) => entry.slug === micro.slug)) throw new Error(`The demo learner already has ${micro.slug}`);

type Taker = { account: AccountName; locale: TestLocale };
const TAKERS: Record<"desktop" | "phone", Taker> = {
  desktop: { account: "learner", locale: "en" },
  phone: { account: "hindiLearner", locale: "hi" },
};

// Only the desktop and phone projects run this file (playwright.config.ts).
function takerFor(testInfo: TestInfo): Taker {
  const name = testInfo.project.name;
  if (name !== "desktop" && name !== "phone") throw new Error(`No official takes the course in the ${name} project`);
  return TAKERS[name];
}

/** The server refuses until it has seen enough reading or watching; ask again until it agrees. */
async function markCompleteWhenAllowed(page: Page, t: Translate): Promise<void> {
  const completed = page.getByText(t("player.markComplete.lessonCompleted"));
  await expect(async () => {
    if (await completed.isVisible()) return;
    await page.getByRole("button", { name: t("player.markComplete.button") }).click();
    await expect(completed).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 120_000, intervals: [5_000] });
}

async function openLesson(context: BrowserContext, href: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(href);
  await expect(page.locator("#lesson-title")).toBeVisible();
  return page;
}

function requirementRow(page: Page, t: Translate) {
  return page.getByRole("region", { name: t("passbook.requirements.title") }).getByRole("article").filter({
    has: page.getByRole("heading", { name: competency!.name, exact: true }),
  });
}

test("an official takes a micro-course from enrolment to certificate, and the passbook gap closes @phone", async ({ page, context, browser }, testInfo) => {
  const { account, locale } = takerFor(testInfo);
  const t = translatorFor(locale);
  test.setTimeout(240_000);
  const externalHost = new URL(course.externalUrl).host;
  await context.route(
    (url) => url.host === externalHost,
    (route) => route.fulfill({ contentType: "text/html", body: `<title>${externalHost}</title><h1>Stand-in for ${externalHost}</h1>` }),
  );

  // The gap, with courses offered to close it; the official looks for a short one.
  await signIn(page, account, "/learn/passbook");
  const before = requirementRow(page, t);
  await expect(before.getByText(t("passbook.row.levelsToGo", { count: impartedLevel }))).toBeVisible();
  await expect(before.getByText(t("passbook.row.closesGap")).first()).toBeVisible();
  await snap(page, testInfo, "01-passbook-gap");

  await page.goto(`/learn/catalogue?q=${encodeURIComponent("self-contained note")}`);
  await page.getByRole("link", { name: course.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeVisible();
  await page.getByRole("button", { name: t("course.panel.enrol") }).click();
  await expect(page.getByText(t("course.panel.enrolled"))).toBeVisible();
  await page.getByRole("link", { name: t("course.panel.start") }).click();

  // Every lesson in its own tab, as an official with several tabs open would have them.
  const outline = await lessonOutline(page, t("player.outline.title"));
  const lessons = await outline.getByRole("link").evaluateAll((anchors) =>
    anchors.map((anchor) => ({ name: anchor.textContent?.trim() ?? "", href: (anchor as HTMLAnchorElement).href })),
  );
  const hrefOf = (title: string) => {
    const lesson = lessons.find((entry) => entry.name.startsWith(title));
    if (!lesson) throw new Error(`No lesson "${title}" in ${JSON.stringify(lessons)}`);
    return lesson.href;
  };
  // Lesson titles are course content, in the course's own language (English).
  const readingTitles = ["About this course", "Key concepts", "Summary and next steps", "Reading:"];

  const video = await openLesson(context, hrefOf("Orientation video"));
  // Watching at the fastest speed the server credits; muted, as autoplay rules require.
  await video.locator("video").evaluate(async (element: HTMLVideoElement) => {
    element.muted = true;
    element.playbackRate = 2;
    await element.play();
  });
  const readers = await Promise.all(readingTitles.map((title) => openLesson(context, hrefOf(title))));
  await snap(readers[3]!, testInfo, "02-pdf-lesson");

  const linkLesson = await openLesson(context, hrefOf(course.linkLessonTitle));
  const popupOpened = linkLesson.waitForEvent("popup");
  await linkLesson.getByRole("link", { name: new RegExp(`^${escapeRegExp(t("player.link.open", { host: externalHost }))}`) }).click();
  await (await popupOpened).close();
  await expect(linkLesson.getByText(t("player.markComplete.lessonCompleted"))).toBeVisible();

  await expect(video.locator("video")).toHaveJSProperty("ended", true, { timeout: 60_000 });
  await markCompleteWhenAllowed(video, t);
  await snap(video, testInfo, "03-video-watched");
  for (const reader of readers) await markCompleteWhenAllowed(reader, t);
  await snap(readers[0]!, testInfo, "04-text-lesson-complete");

  // The assessment: pass it, and the course completes with a certificate.
  await page.goto(hrefOf("Final assessment"));
  await page.getByRole("link", { name: t("player.assessmentLesson.goTo") }).click();
  await page.getByRole("button", { name: t("assessment.overview.start") }).click();
  for (const question of course.questions) await answerQuestion(page, question, "correct");
  await page.getByRole("button", { name: t("assessment.attempt.submit") }).click();
  await expect(page.getByRole("heading", { name: t("assessment.results.passed") })).toBeVisible();
  await snap(page, testInfo, "05-assessment-passed");

  await page.goto(`/learn/courses/${course.slug}`);
  await page.getByRole("link", { name: t("course.panel.viewCertificate") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("certificate.heading") })).toBeVisible();
  await expect(page.getByRole("article", { name: t("certificate.articleLabel") })).toContainText(course.title);
  const code = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  expect(code).toMatch(/^KSH-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await snap(page, testInfo, "06-certificate");

  // Anyone can check it, signed out (in English, the default for a visitor).
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/verify/${encodeURIComponent(code)}`);
  const verdict = visitor.getByRole("region", { name: "Valid certificate" });
  await expect(verdict).toContainText(course.title);
  await expect(verdict).toContainText(code);
  await visitorContext.close();

  // The gap is closed, with the certificate as evidence.
  await page.goto("/learn/passbook");
  const after = requirementRow(page, t);
  await expect(after.getByText(t("passbook.row.met"), { exact: true })).toBeVisible();
  await expect(after.getByText(t("passbook.row.level", { level: impartedLevel }), { exact: true })).toHaveCount(2);
  await snap(page, testInfo, "07-passbook-gap-closed");
});
