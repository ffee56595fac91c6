import type { Locator, Page, TestInfo } from "@playwright/test";
import { expect } from "@playwright/test";
import { COMPETENCIES } from "../../prisma/seed-data/competencies";
import { buildCourseInput } from "../../prisma/seed-data/course-content";
import { COURSES, type CourseSeed } from "../../prisma/seed-data/courses";

// What the seed makes of a catalogue entry, read from the seed modules themselves (plain data),
// so the tests know titles, lesson names and correct answers without querying the database.

export type SeedQuestion = { prompt: string; type: "SINGLE" | "MULTIPLE" | "TRUE_FALSE"; options: { label: string; isCorrect: boolean }[] };

export type SeedCourse = {
  slug: string;
  title: string;
  linkLessonTitle: string;
  externalUrl: string;
  assessmentTitle: string;
  questions: SeedQuestion[];
};

// buildCourseInput only needs the ids to exist; codes stand in for them.
const FAKE_CONTEXT = {
  providerId: "provider",
  competencyIds: new Map(COMPETENCIES.map((competency) => [competency.code, competency.code])),
  createdById: null,
  reviewedById: null,
};

export function seedCourse(slug: string): SeedCourse {
  const index = COURSES.findIndex((course) => course.slug === slug);
  const seed: CourseSeed | undefined = COURSES[index];
  if (!seed) throw new Error(`No seeded course ${slug}`);
  const input = buildCourseInput(seed, index, FAKE_CONTEXT);
  const lessons = (input.modules ?? []).flatMap((module) => module.lessons);
  const link = lessons.find((lesson) => lesson.type === "LINK");
  const assessment = lessons.find((lesson) => lesson.type === "ASSESSMENT");
  if (link?.type !== "LINK" || assessment?.type !== "ASSESSMENT") throw new Error(`Course ${slug} lacks a link or an assessment`);
  return {
    slug,
    title: seed.title,
    linkLessonTitle: link.title,
    externalUrl: link.externalUrl,
    assessmentTitle: assessment.title,
    questions: assessment.assessment.questions.map(({ prompt, type, options }) => ({ prompt, type, options })),
  };
}

/** Kept as a test artefact (tests/artifacts/results/<test>/<name>.png) whether the test passes or not. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** On a phone some navigation folds into a closed <details>; open it when its summary shows. */
export async function openDisclosure(page: Page, summaryText: string | RegExp): Promise<void> {
  const summary = page.locator("summary", { hasText: summaryText });
  if ((await summary.isVisible()) && (await summary.locator("xpath=..").getAttribute("open")) === null) await summary.click();
}

/** The lesson outline in the player: a sidebar on a wide screen, a disclosure on a phone. */
export async function lessonOutline(page: Page, label = "Course outline"): Promise<Locator> {
  // Wait for the player itself, or a phone's folded outline would be looked for too early.
  await expect(page.locator("#lesson-title")).toBeVisible();
  await openDisclosure(page, label);
  const outline = page.getByRole("navigation", { name: label }).filter({ visible: true });
  await expect(outline).toHaveCount(1);
  return outline;
}

export type AnswerMode = "correct" | "wrong";

/**
 * Answers one question of an open attempt, found by its prompt (the order is shuffled per
 * attempt). "wrong" picks a single incorrect option, which is wrong for every question type.
 */
export async function answerQuestion(page: Page, question: SeedQuestion, mode: AnswerMode): Promise<void> {
  const group = page.getByRole("group").filter({ hasText: question.prompt });
  await expect(group).toHaveCount(1);
  const picks =
    mode === "correct"
      ? question.options.filter((option) => option.isCorrect)
      : question.options.filter((option) => !option.isCorrect).slice(0, 1);
  const role = question.type === "MULTIPLE" ? "checkbox" : "radio";
  for (const option of picks) await group.getByRole(role, { name: option.label, exact: true }).check();
}
