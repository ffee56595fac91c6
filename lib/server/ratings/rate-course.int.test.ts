import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { KARMA_RULES } from "@/lib/domain/learning/karma-points";
import { VERBS } from "@/lib/domain/learning/xapi";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { getCourseReview } from "./get-course-review";
import { rateCourse } from "./rate-course";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
const RATED_POINTS = KARMA_RULES.COURSE_RATED.points;

let providerId = "";

async function completedOfficial(courseId: string) {
  const official = await createOfficial(fixtureDb);
  await createEnrolment(fixtureDb, { userId: official.id, courseId, completedLessons: "all" });
  return official;
}

async function totals(courseId: string) {
  return fixtureDb.course.findUniqueOrThrow({ where: { id: courseId }, select: { ratingCount: true, ratingSum: true } });
}

async function karmaOf(userId: string) {
  const [user, awards] = await Promise.all([
    fixtureDb.user.findUniqueOrThrow({ where: { id: userId }, select: { karmaPoints: true } }),
    fixtureDb.karmaAward.findMany({ where: { userId }, select: { rule: true, points: true } }),
  ]);
  return { points: user.karmaPoints, awards };
}

beforeAll(async () => {
  providerId = (await createProvider(fixtureDb)).id;
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("rateCourse", () => {
  test("refuses officials who have not completed the course, and writes nothing", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    const enrolled = await createOfficial(fixtureDb);
    await createEnrolment(fixtureDb, { userId: enrolled.id, courseId: course.id });
    const stranger = await createOfficial(fixtureDb);

    for (const official of [enrolled, stranger]) {
      await expect(rateCourse({ userId: official.id, courseSlug: course.slug, rating: 5, review: null })).rejects.toMatchObject({
        code: "RATING_NEEDS_COMPLETION",
      });
      expect((await karmaOf(official.id)).points).toBe(0);
    }
    expect(await totals(course.id)).toEqual({ ratingCount: 0, ratingSum: 0 });
    expect(await fixtureDb.courseRating.count({ where: { courseId: course.id } })).toBe(0);
  });

  test("a first rating counts once, records 'rated' and awards COURSE_RATED from the karma table", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    const official = await completedOfficial(course.id);

    const result = await rateCourse({ userId: official.id, courseSlug: course.slug, rating: 4, review: "Useful <b>really</b>" });
    expect(result).toEqual({ isFirstRating: true, karmaAwarded: true });
    expect(await totals(course.id)).toEqual({ ratingCount: 1, ratingSum: 4 });
    expect(await karmaOf(official.id)).toEqual({ points: RATED_POINTS, awards: [{ rule: "COURSE_RATED", points: RATED_POINTS }] });
    // Stored exactly as typed: plain text, escaped on display, never interpreted.
    expect(await fixtureDb.courseRating.findFirst({ where: { userId: official.id }, select: { rating: true, review: true } })).toEqual({
      rating: 4,
      review: "Useful <b>really</b>",
    });
    const records = await fixtureDb.learningRecord.findMany({ where: { actorId: official.id, verb: VERBS.rated.id } });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ objectType: "Course", objectId: course.id, result: { score: { raw: 4, min: 1, max: 5 } } });
  });

  test("editing adjusts the totals by the difference and never awards karma again", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    const first = await completedOfficial(course.id);
    const second = await completedOfficial(course.id);
    await rateCourse({ userId: first.id, courseSlug: course.slug, rating: 5, review: null });
    await rateCourse({ userId: second.id, courseSlug: course.slug, rating: 3, review: "Fine" });
    expect(await totals(course.id)).toEqual({ ratingCount: 2, ratingSum: 8 });

    const edit = await rateCourse({ userId: first.id, courseSlug: course.slug, rating: 2, review: "Changed my mind" });
    expect(edit).toEqual({ isFirstRating: false, karmaAwarded: false });
    expect(await totals(course.id)).toEqual({ ratingCount: 2, ratingSum: 5 });
    await rateCourse({ userId: first.id, courseSlug: course.slug, rating: 2, review: null });
    expect(await totals(course.id)).toEqual({ ratingCount: 2, ratingSum: 5 });

    expect(await fixtureDb.courseRating.count({ where: { courseId: course.id } })).toBe(2);
    expect(await karmaOf(first.id)).toEqual({ points: RATED_POINTS, awards: [{ rule: "COURSE_RATED", points: RATED_POINTS }] });
    const review = await getCourseReview(first.id, course.slug);
    expect(review).toMatchObject({ canRate: true, myReview: { rating: 2, review: null } });
  });

  test("two submissions at once still count one rating and one award", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    const official = await completedOfficial(course.id);
    const results = await Promise.all(
      [5, 1, 3].map((rating) => rateCourse({ userId: official.id, courseSlug: course.slug, rating, review: null })),
    );
    expect(results.filter((result) => result.isFirstRating)).toHaveLength(1);
    expect(results.filter((result) => result.karmaAwarded)).toHaveLength(1);
    const stored = await fixtureDb.courseRating.findFirstOrThrow({ where: { userId: official.id }, select: { rating: true } });
    expect(await totals(course.id)).toEqual({ ratingCount: 1, ratingSum: stored.rating });
    expect((await karmaOf(official.id)).points).toBe(RATED_POINTS);
  });

  test("the review page context knows who may rate", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    const enrolled = await createOfficial(fixtureDb);
    await createEnrolment(fixtureDb, { userId: enrolled.id, courseId: course.id, completedLessons: 0 });
    expect(await getCourseReview(enrolled.id, course.slug)).toMatchObject({ canRate: false, myReview: null });
    expect(await getCourseReview(enrolled.id, "no-such-course")).toBeNull();
    const draft = await createCourse(fixtureDb, { providerId, status: "DRAFT" });
    expect(await getCourseReview(enrolled.id, draft.slug)).toBeNull();
  });
});
