import { afterAll, beforeAll, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type { CurrentUser } from "@/lib/domain/roles";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createCourse } from "@/lib/server/factories/create-course";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { buildCourseInsightsCsv } from "./build-course-insights-csv";
import { getCourseInsights } from "./get-course-insights";
import { replyToRating } from "./reply-to-rating";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
const DAY = 86_400_000;
const NOW = new Date("2026-11-30T06:00:00Z");

let author: CurrentUser;
let outsider: CurrentUser;
let courseId = "";
let ratingId = "";

const authorOf = async (providerId: string): Promise<CurrentUser> => {
  const row = await createOfficial(fixtureDb);
  return { id: row.id, name: row.name, email: row.email, organisationId: null, preferredLanguage: "EN", grants: [{ role: "CONTENT_PROVIDER", providerId, organisationId: null }] };
};

beforeAll(async () => {
  const [provider, other] = await Promise.all([createProvider(fixtureDb), createProvider(fixtureDb)]);
  author = await authorOf(provider.id);
  outsider = await authorOf(other.id);
  const course = await createCourse(fixtureDb, {
    providerId: provider.id,
    modules: [
      {
        title: "Only module",
        lessons: [
          { type: "TEXT", title: "First", durationSeconds: 60, body: "1" },
          { type: "TEXT", title: "Second", durationSeconds: 60, body: "2" },
        ],
      },
    ],
  });
  courseId = course.id;
  const [first, second] = await fixtureDb.lesson.findMany({ where: { courseId }, orderBy: { position: "asc" }, select: { id: true } });
  // Four learners: two completed (2 and 4 days), one half-way, one withdrawn (counted nowhere).
  const plans = [
    { status: "COMPLETED" as const, days: 2, lessons: ["COMPLETED", "COMPLETED"] as const },
    { status: "COMPLETED" as const, days: 4, lessons: ["COMPLETED", "COMPLETED"] as const },
    { status: "IN_PROGRESS" as const, days: null, lessons: ["COMPLETED", "IN_PROGRESS"] as const },
    { status: "WITHDRAWN" as const, days: null, lessons: ["COMPLETED"] as const },
  ];
  for (const plan of plans) {
    const learner = await createOfficial(fixtureDb);
    const enrolledAt = new Date(NOW.getTime() - 10 * DAY);
    const enrolment = await fixtureDb.enrolment.create({
      data: { userId: learner.id, courseId, status: plan.status, enrolledAt, completedAt: plan.days === null ? null : new Date(enrolledAt.getTime() + plan.days * DAY) },
    });
    await fixtureDb.lessonProgress.createMany({
      data: plan.lessons.map((status, index) => ({ enrolmentId: enrolment.id, userId: learner.id, lessonId: [first!, second!][index]!.id, status })),
    });
    if (plan.days === 2) ratingId = (await fixtureDb.courseRating.create({ data: { userId: learner.id, courseId, rating: 5, review: "Clear and useful." } })).id;
    if (plan.days === 4) await fixtureDb.courseRating.create({ data: { userId: learner.id, courseId, rating: 2 } });
  }
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

test("figures of a hand-built course", async () => {
  const insights = await getCourseInsights(author, courseId, NOW);
  expect(insights).toMatchObject({ enrolled: 3, completed: 2, medianDaysToComplete: 3, meanDaysToComplete: 3, averageRating: 3.5 });
  expect(insights!.completionRate).toBeCloseTo(2 / 3);
  expect(insights!.lessons.map(({ title, started, completed }) => ({ title, started, completed }))).toEqual([
    { title: "First", started: 3, completed: 3 },
    { title: "Second", started: 3, completed: 2 },
  ]);
  expect(insights!.weekly.reduce((sum, week) => sum + week.enrolments, 0)).toBe(4);
  expect(insights!.weekly.reduce((sum, week) => sum + week.completions, 0)).toBe(2);
  expect(insights!.ratings.find((row) => row.rating === 5)?.count).toBe(1);
  expect(insights!.reviews.map((review) => review.review)).toEqual(["Clear and useful."]);
  expect(buildCourseInsightsCsv(insights!)).toContain("Summary,");
  expect(insights!.lastEnrolledAt?.getTime()).toBe(NOW.getTime() - 10 * DAY);
});

test("a course whose learners came before the weekly window: empty weeks, and when the last one enrolled", async () => {
  // A year on, the four enrolments fall outside the six-month window but still count in the totals.
  const later = new Date(NOW.getTime() + 365 * DAY);
  const insights = await getCourseInsights(author, courseId, later);
  expect(insights!.weekly.length).toBeGreaterThanOrEqual(26);
  expect(insights!.weekly.every((week) => week.enrolments === 0 && week.completions === 0)).toBe(true);
  expect(insights!.enrolled).toBe(3);
  expect(insights!.lastEnrolledAt?.getTime()).toBe(NOW.getTime() - 10 * DAY);
});

test("another provider sees nothing and cannot reply; the course's author replies publicly", async () => {
  expect(await getCourseInsights(outsider, courseId, NOW)).toBeNull();
  await expect(replyToRating(outsider, { ratingId, reply: "Not mine" })).rejects.toMatchObject({ code: "STUDIO_ITEM_NOT_FOUND" });
  await replyToRating(author, { ratingId, reply: "Thank you — module 2 is being expanded." });
  const rating = await fixtureDb.courseRating.findUniqueOrThrow({ where: { id: ratingId } });
  expect(rating).toMatchObject({ reply: "Thank you — module 2 is being expanded.", repliedById: author.id });
});
