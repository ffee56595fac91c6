import { expect as baseExpect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { lessonOutline, snap } from "./journey-helpers";
import { DESKTOP, PHONE, checkStudioPage, recordSampleWebm, samplePdf, signInAs } from "./studio-helpers";

// The studio's whole authoring journey, through the UI only. The demo provider creates a course,
// builds it with a lesson of every type the player supports (uploading a real PDF and a real
// video), fills its question bank and assembles the assessment from it, reorders a lesson by
// keyboard drag and drop, previews it at phone width and submits it. The demo reviewer asks for a
// change on one lesson; the provider sees the comment beside that lesson, fixes it and resubmits;
// the subject expert approves, the MDO approval publishes, and the demo learner finds the course
// in the catalogue at once, enrols and plays the video (served with byte ranges). axe runs on
// every studio page on the way; the screenshots are kept with the test's results.

// Many sign-ins, saves and a publish on a loaded two-core machine: generous waits, not a target.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 300_000 });
test.use({ actionTimeout: 60_000, navigationTimeout: 120_000 });

// A stamp per run keeps the title unique should the file run twice against one database.
const STAMP = Date.now().toString(36).slice(-5);
const COURSE = `Working in e-Office ${STAMP}`;
const SUMMARY = "Open, note and move files in e-Office the way the Central Secretariat Manual of Office Procedure expects.";
const MODULES = ["Files and receipts", "Putting it to work"] as const;
const LESSONS = {
  text: "Reading a file before you note on it",
  video: "Watch: moving a file in e-Office",
  pdf: "The office procedure manual (PDF)",
  link: "The e-Office user guide",
  assessment: "Check your understanding",
} as const;
const COMMENT = "Say where the noting portion ends and the correspondence portion begins.";
const QUESTIONS = {
  single: `Which portion of an e-file holds the notes? (${STAMP})`,
  trueFalse: `A receipt must be diarised before it is put up. (${STAMP})`,
} as const;

test("a provider builds, previews and submits a course; it passes two review stages and a learner plays its video", async ({ browser }, testInfo) => {
  test.setTimeout(900_000);
  const provider = await signInAs(browser, "provider", "/studio");

  // 1. Create the course, then build it in the editor.
  await provider.goto("/studio/courses/new");
  await expect(provider.getByRole("heading", { level: 1, name: "New course" })).toBeVisible();
  await checkStudioPage(provider, testInfo, "01-new-course");
  await provider.getByLabel("Title").fill(COURSE);
  await provider.getByLabel(/^Summary/).fill(SUMMARY);
  await provider.getByRole("button", { name: "Create course and open the editor" }).click();
  await expect(provider).toHaveURL(/\/studio\/courses\/[0-9a-f-]{36}$/, { timeout: 120_000 });
  const courseUrl = new URL(provider.url()).pathname;
  const courseId = courseUrl.split("/").pop() ?? "";
  await expect(provider.getByLabel("Title", { exact: true })).toHaveValue(COURSE);
  await checkStudioPage(provider, testInfo, "02-editor-empty");

  await fillCourseDetails(provider);
  await buildOutline(provider);
  await expectSaved(provider);
  await checkStudioPage(provider, testInfo, "03-editor-built");

  // 2. The question bank, then the assessment assembled from it.
  await fillQuestionBank(provider, testInfo, courseId);
  await provider.goto(courseUrl);
  const assessment = await openLesson(provider, 2, LESSONS.assessment);
  for (const prompt of Object.values(QUESTIONS)) {
    await assessment.getByLabel("Add a question from the bank").selectOption({ label: prompt });
    await assessment.getByRole("button", { name: "Add question" }).click();
  }
  await expect(assessment.getByRole("list", { name: "Questions, in order (2)" })).toContainText(QUESTIONS.trueFalse);
  await expectSaved(provider);
  await checkStudioPage(provider, testInfo, "03d-assessment-from-bank");

  // 3. Keyboard drag and drop: the text lesson goes below the video, and the order is saved.
  const lessonsOfModule1 = provider.getByRole("list", { name: "Lessons of module 1" });
  await expect(lessonToggles(lessonsOfModule1)).toHaveText([new RegExp(`^1\\.1 ${LESSONS.text}`), new RegExp(`^1\\.2 ${LESSONS.video}`), new RegExp(`^1\\.3 ${LESSONS.pdf.replace(/[()]/g, "\\$&")}`)]);
  const handle = provider.getByRole("button", { name: `Drag lesson 1.1: ${LESSONS.text}` });
  await handle.focus();
  await provider.keyboard.press("Space");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  await provider.keyboard.press("ArrowDown");
  await expect(provider.getByText(/is over lesson 2 of module 1/)).toBeAttached();
  await provider.keyboard.press("Space");
  await expect(lessonToggles(lessonsOfModule1).first()).toHaveText(new RegExp(`^1\\.1 ${LESSONS.video}`));
  await expect(lessonToggles(lessonsOfModule1).nth(1)).toHaveText(new RegExp(`^1\\.2 ${LESSONS.text}`));
  await expectSaved(provider);
  await provider.reload();
  await expect(lessonToggles(lessonsOfModule1).first()).toHaveText(new RegExp(`^1\\.1 ${LESSONS.video}`));
  await expect(lessonToggles(lessonsOfModule1).nth(1)).toHaveText(new RegExp(`^1\\.2 ${LESSONS.text}`));

  // 4. Preview as a learner would see it on a phone.
  await provider.getByRole("navigation", { name: "Course" }).getByRole("link", { name: "Preview" }).click();
  await expect(provider).toHaveURL(/\/preview/);
  await provider.setViewportSize(PHONE);
  await expect(provider.getByRole("heading", { level: 2, name: COURSE })).toBeVisible();
  const previewLinks = provider.getByRole("link", { name: /^\d+\.\d+ / });
  await expect(previewLinks).toHaveText([`1.1 ${LESSONS.video}`, `1.2 ${LESSONS.text}`, `1.3 ${LESSONS.pdf}`, `2.1 ${LESSONS.link}`, `2.2 ${LESSONS.assessment}`]);
  expect(await provider.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await checkStudioPage(provider, testInfo, "04-preview-375");
  await previewLinks.first().click();
  await expect(provider.getByRole("heading", { level: 2, name: LESSONS.video })).toBeVisible();
  await expect(provider.locator("video")).toHaveAttribute("src", /^\/media\/[0-9a-f-]{36}$/);
  await checkStudioPage(provider, testInfo, "04b-preview-video-375");
  await provider.setViewportSize(DESKTOP);

  // 5. Submit for review: ISTM routes it to its subject experts first.
  await provider.goto(courseUrl);
  const bar = provider.getByRole("region", { name: "Review status" });
  await bar.getByRole("button", { name: "Submit for review" }).click();
  await expect(bar).toContainText(/Submitted for review \(round 1\)/);
  await expect(bar).toContainText("Waiting at the Subject-expert review stage");
  await checkStudioPage(provider, testInfo, "05-submitted");

  // 6. The reviewer asks for a change on the text lesson.
  const reviewer = await signInAs(browser, "reviewer", "/studio/reviews");
  await openReview(reviewer, testInfo, "06-review-queue");
  await expect(reviewer.getByText("Subject-expert review · round 1")).toBeVisible();
  await checkStudioPage(reviewer, testInfo, "07-review");
  const textLesson = reviewer.getByRole("list", { name: "Lessons of this version" }).getByRole("listitem").filter({ hasText: LESSONS.text });
  await textLesson.getByText("Comment on this lesson").click();
  await textLesson.getByLabel(`Your comment on “${LESSONS.text}”`).fill(COMMENT);
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Changes requested by" })).toBeVisible();
  await checkStudioPage(reviewer, testInfo, "07b-changes-requested");

  // 7. The provider sees the comment beside that lesson, fixes it and resubmits.
  await provider.goto(courseUrl);
  const commented = provider.getByRole("listitem").filter({ has: provider.getByRole("button", { name: `Drag lesson 1.2: ${LESSONS.text}` }) });
  await expect(commented.getByRole("complementary", { name: "Reviewer comments on this lesson" })).toContainText(COMMENT);
  await checkStudioPage(provider, testInfo, "08-comment-beside-lesson");
  const fixed = await openLesson(provider, 1, LESSONS.text);
  await fixed.getByLabel("Text", { exact: true }).fill(
    "Read the file from the top: the noting portion ends with the last note, and the correspondence portion, with the receipts in order, begins after it.",
  );
  await expectSaved(provider);
  await checkStudioPage(provider, testInfo, "08b-lesson-fixed");
  await provider.reload();
  await provider.getByRole("region", { name: "Review status" }).getByRole("button", { name: "Resubmit for review" }).click();
  await expect(provider.getByRole("region", { name: "Review status" })).toContainText(/Submitted for review \(round 2\)/);

  // 8. The subject expert approves round 2; the MDO approval publishes.
  await openReview(reviewer, testInfo, "09-review-queue-round-2");
  await expect(reviewer.getByText("Subject-expert review · round 2")).toBeVisible();
  await reviewer.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Approved by" })).toBeVisible();
  await checkStudioPage(reviewer, testInfo, "09b-subject-expert-approved");

  const admin = await signInAs(browser, "mdoAdmin", "/studio/reviews");
  await openReview(admin, testInfo, "10-mdo-queue");
  await expect(admin.getByText("MDO approval · round 2")).toBeVisible();
  await checkStudioPage(admin, testInfo, "11-mdo-review");
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "published: version 1 is live" })).toBeVisible({ timeout: 120_000 });
  await checkStudioPage(admin, testInfo, "11b-published");

  // 9. The learner finds it at once, enrols and plays the video, which is served in ranges.
  const learner = await signInAs(browser, "learner", "/learn/catalogue");
  await learner.getByLabel("Search courses").fill(COURSE);
  await learner.getByRole("button", { name: "Search", exact: true }).click();
  await learner.getByRole("link", { name: COURSE, exact: true }).first().click();
  await expect(learner.getByRole("heading", { level: 1, name: COURSE })).toBeVisible();
  await expect(learner.getByRole("list", { name: "Course facts" })).toContainText("1 h 35 min");
  await expect(learner.getByRole("heading", { name: "Who it is for" })).toBeVisible();
  await learner.getByRole("button", { name: "Enrol in this course" }).click();
  await expect(learner.getByText("You are enrolled")).toBeVisible();
  await snap(learner, testInfo, "12-learner-course-page");
  // The video is the first lesson since the reorder: it may load as soon as the course opens.
  const mediaStatuses: number[] = [];
  learner.on("response", (response) => {
    if (/^\/media\/[0-9a-f-]{36}$/.test(new URL(response.url()).pathname)) mediaStatuses.push(response.status());
  });
  await learner.getByRole("link", { name: "Start the course" }).click();
  const outline = await lessonOutline(learner);
  await outline.getByRole("link", { name: new RegExp(`^${LESSONS.video}`) }).click();
  await expect(learner.getByRole("heading", { level: 1, name: LESSONS.video })).toBeVisible();
  const video = learner.locator("video");
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState)).toBeGreaterThanOrEqual(1);
  await video.click();
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime)).toBeGreaterThan(0.5);
  expect(mediaStatuses).toContain(206);
  const src = (await video.getAttribute("src")) ?? "";
  const ranged = await learner.request.get(src, { headers: { range: "bytes=0-99" } });
  expect(ranged.status()).toBe(206);
  expect(ranged.headers()["content-range"]).toMatch(/^bytes 0-99\/\d+$/);
  await snap(learner, testInfo, "13-learner-video-playing");
});

/** The editor's save status, once every change has been saved. */
async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("save-status")).toHaveText(/^Saved /);
}

/** The toggle of each lesson card in a module's list: "1.2 <title>" and its type. */
function lessonToggles(list: Locator): Locator {
  return list.getByRole("button", { name: /^\d+\.\d+ / });
}

/** The lesson's card, opened: found by its place in the outline and its title. */
async function openLesson(page: Page, moduleNumber: number, title: string): Promise<Locator> {
  const card = page
    .getByRole("list", { name: `Lessons of module ${moduleNumber}` })
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: new RegExp(`^Drag lesson ${moduleNumber}\\.\\d+: ${escapeRegExp(title)}$`) }) });
  const toggle = card.getByRole("button", { name: new RegExp(`^${moduleNumber}\\.\\d+ ${escapeRegExp(title)}`) });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(card.getByLabel("Lesson title")).toHaveValue(title);
  return card;
}

async function fillCourseDetails(page: Page): Promise<void> {
  await page.getByLabel("Description", { exact: true }).fill("## Who it is for\n\nSection officers and assistants who **handle files** in e-Office every day.");
  await page.getByLabel("Language").selectOption({ label: "English" });
  await page.getByLabel("Delivery").selectOption({ label: "Online, self-paced" });
  await page.getByLabel("Duration").fill("95");
  const tags = page.getByRole("list", { name: "Competencies this course imparts" });
  for (const [code, name, level] of [
    ["FUN-EOFFICE", "e-Office", "3"],
    ["FUN-NOTING", "Noting and Drafting", "2"],
  ] as const) {
    await page.getByLabel("Find a competency to add").fill(code);
    await page.getByRole("button", { name: `Add ${name}`, exact: true }).click();
    await tags.getByRole("listitem").filter({ hasText: name }).getByLabel("Level").selectOption(level);
  }
  await expect(tags.getByRole("listitem")).toHaveCount(2);
}

/** Two modules with a lesson of every type; the video and the PDF are uploaded as an author would. */
async function buildOutline(page: Page): Promise<void> {
  const video = await recordSampleWebm(page);
  const pdf = await samplePdf("Manual of Office Procedure: extract", "Every receipt is diarised on the day it arrives.");
  await page.getByRole("button", { name: "Add module" }).click();
  await page.getByLabel("Module 1 title").fill(MODULES[0]);
  await addLesson(page, 1, "Text", LESSONS.text, async (card) => {
    await card.getByLabel("Text", { exact: true }).fill("Read the whole file before you note: the notes come first, then the correspondence.");
  });
  await addLesson(page, 1, "Video", LESSONS.video, async (card) => {
    await upload(page, card, { name: "moving-a-file.webm", mimeType: "video/webm", buffer: video });
  });
  await addLesson(page, 1, "PDF", LESSONS.pdf, async (card) => {
    await upload(page, card, { name: "office-procedure-extract.pdf", mimeType: "application/pdf", buffer: pdf });
  });
  await page.getByRole("button", { name: "Add module" }).click();
  await page.getByLabel("Module 2 title").fill(MODULES[1]);
  await addLesson(page, 2, "Link", LESSONS.link, async (card) => {
    await card.getByLabel("Web address").fill("https://eoffice.gov.in/");
  });
  await addLesson(page, 2, "Assessment", LESSONS.assessment, async (card) => {
    await card.getByLabel("Pass mark").fill("50");
  });
}

async function addLesson(page: Page, moduleNumber: number, type: string, title: string, fill: (card: Locator) => Promise<void>): Promise<void> {
  const moduleCard = page.getByRole("region", { name: new RegExp(`^Module ${moduleNumber}:`) });
  await moduleCard.getByLabel("New lesson type").selectOption({ label: type });
  await moduleCard.getByRole("button", { name: `Add lesson to module ${moduleNumber}` }).click();
  const list = page.getByRole("list", { name: `Lessons of module ${moduleNumber}` });
  const card = list.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Drag lesson \d+\.\d+: Untitled lesson/ }) });
  await card.getByLabel("Lesson title").fill(title);
  const named = list.getByRole("listitem").filter({ has: page.getByRole("button", { name: new RegExp(`^Drag lesson ${moduleNumber}\\.\\d+: ${escapeRegExp(title)}$`) }) });
  if (type !== "Assessment") await named.getByLabel("Time it takes").fill(type === "Video" ? "5" : "15");
  await fill(named);
  // Closed again, so the next lesson's fields are the only open ones.
  await named.getByRole("button", { name: new RegExp(`^${moduleNumber}\\.\\d+ ${escapeRegExp(title)}`) }).click();
}

async function upload(page: Page, card: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await card.getByRole("button", { name: "Upload", exact: true }).click();
  await (await chooser).setFiles(file);
  await expect(card.getByRole("link", { name: file.name })).toBeVisible({ timeout: 120_000 });
}

async function fillQuestionBank(page: Page, testInfo: TestInfo, courseId: string): Promise<void> {
  await page.getByRole("navigation", { name: "Course" }).getByRole("link", { name: "Questions" }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/courses/${courseId}/questions$`));
  await expect(page.getByRole("heading", { level: 2, name: "Question bank" })).toBeVisible();
  await checkStudioPage(page, testInfo, "03a-question-bank-empty");

  await page.getByRole("link", { name: "New question" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "New question" })).toBeVisible();
  await checkStudioPage(page, testInfo, "03b-new-question");
  await page.getByRole("radio", { name: "One correct answer" }).check();
  await page.getByRole("textbox", { name: "Question" }).fill(QUESTIONS.single);
  await page.getByLabel("Option 1", { exact: true }).fill("The noting portion");
  await page.getByLabel("Option 2", { exact: true }).fill("The correspondence portion");
  await page.getByRole("radio", { name: "Correct (option 1)" }).check();
  await page.getByLabel("Competency").selectOption({ label: "e-Office (FUN-EOFFICE)" });
  await page.getByLabel("Level").selectOption("3");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question added to the bank." })).toBeVisible();

  await page.getByRole("link", { name: "New question" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "New question" })).toBeVisible();
  await page.getByRole("radio", { name: "True or false" }).check();
  await page.getByRole("textbox", { name: "Question" }).fill(QUESTIONS.trueFalse);
  await page.getByRole("radio", { name: "True", exact: true }).check();
  await page.getByLabel("Competency").selectOption({ label: "Noting and Drafting (FUN-NOTING)" });
  await page.getByLabel("Level").selectOption("2");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question added to the bank." })).toBeVisible();
  for (const prompt of Object.values(QUESTIONS)) await expect(page.getByRole("article", { name: prompt })).toBeVisible();
  await checkStudioPage(page, testInfo, "03c-question-bank");
}

/** The course's review from the queue, with axe on both pages. */
async function openReview(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.goto("/studio/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await checkStudioPage(page, testInfo, name);
  await page.getByRole("link", { name: COURSE }).click();
  await expect(page.getByRole("heading", { level: 1, name: COURSE })).toBeVisible();
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
