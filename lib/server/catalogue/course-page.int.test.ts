import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { getCoursePage } from "./get-course-page";
import { refreshCourseSearchText } from "./refresh-course-search-text";
import { searchCatalogue } from "./search-catalogue";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

const tag = `cp${uniqueSuffix()}`;
const DAY = 86_400_000;
let providerId = "";
let providerCode = "";
let learnerId = "";
let competencyId = "";

beforeAll(async () => {
  const provider = await createProvider(fixtureDb, { name: `Page Provider ${tag}` });
  providerId = provider.id;
  providerCode = provider.code;
  learnerId = (await createOfficial(fixtureDb)).id;
  competencyId = (await createCompetency(fixtureDb, { name: `Filing ${tag}` })).id;
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("getCoursePage", () => {
  test("shows a published course with outline, competency level names, open batches and seats left", async () => {
    const start = new Date(Date.now() + 10 * DAY);
    const course = await createCourse(fixtureDb, {
      providerId,
      title: `Blended page ${tag}`,
      mode: "BLENDED",
      competencies: [{ competencyId, level: 3 }],
      modules: [
        { title: "One", lessons: [{ type: "TEXT", title: "Read", durationSeconds: 300, body: "x" }] },
        { title: "Two", lessons: [{ type: "LINK", title: "Visit", durationSeconds: 60, externalUrl: "https://example.gov.in", isRequired: false }] },
      ],
      batches: [
        { code: "B1", startsAt: start, endsAt: new Date(start.getTime() + DAY), venue: "Delhi", seatLimit: 2, sessions: [{ title: "Day 1", startsAt: start, endsAt: new Date(start.getTime() + 3_600_000) }] },
        { code: "OLD", startsAt: new Date(Date.now() - 10 * DAY), endsAt: new Date(Date.now() - 9 * DAY), venue: "Delhi", seatLimit: 2, sessions: [] },
        { code: "CANCELLED", startsAt: start, endsAt: new Date(start.getTime() + DAY), venue: "Delhi", seatLimit: 2, status: "CANCELLED", sessions: [] },
      ],
    });
    const batch = await fixtureDb.batch.findFirstOrThrow({ where: { courseId: course.id, code: "B1" } });
    const withdrawn = await createOfficial(fixtureDb);
    await createEnrolment(fixtureDb, { userId: learnerId, courseId: course.id, batchId: batch.id });
    const leaver = await createEnrolment(fixtureDb, { userId: withdrawn.id, courseId: course.id, batchId: batch.id });
    await fixtureDb.enrolment.update({ where: { id: leaver.id }, data: { status: "WITHDRAWN" } });

    const page = await getCoursePage(course.slug, learnerId);
    expect(page).not.toBeNull();
    expect(page!.modules.map((m) => [m.title, m.lessons.map((l) => [l.type, l.isRequired])])).toEqual([
      ["One", [["TEXT", true]]],
      ["Two", [["LINK", false]]],
    ]);
    expect(page!.competencies).toEqual([
      { code: expect.any(String), name: `Filing ${tag}`, type: "FUNCTIONAL", level: 3, levelName: "Proficient" },
    ]);
    // Only the upcoming, not-cancelled batch; the withdrawn official's seat is free again.
    expect(page!.batches.map((b) => [b.code, b.seatLimit, b.seatsLeft, b.sessions.length])).toEqual([["B1", 2, 1, 1]]);
    // Counted from the live tallies: one enrolled, one withdrawn, before any roll-up has run.
    expect(page!.enrolmentCount).toBe(1);
  });

  test("lists the latest written reviews with the count", async () => {
    const course = await createCourse(fixtureDb, { providerId, title: `Reviewed ${tag}` });
    const officials = await Promise.all(Array.from({ length: 7 }, () => createOfficial(fixtureDb)));
    await fixtureDb.courseRating.createMany({
      data: officials.map((official, i) => ({
        userId: official.id,
        courseId: course.id,
        rating: 4,
        review: i === 6 ? null : `Review ${i}`,
        createdAt: new Date(Date.now() - (10 - i) * DAY),
      })),
    });
    const page = await getCoursePage(course.slug, learnerId);
    expect(page!.reviews.map((r) => r.review)).toEqual(["Review 5", "Review 4", "Review 3", "Review 2", "Review 1"]);
    expect(page!.reviewCount).toBe(6);
  });

  test.each(["DRAFT", "IN_REVIEW", "ARCHIVED"] as const)("a %s course is not found", async (status) => {
    const course = await createCourse(fixtureDb, { providerId, status });
    expect(await getCoursePage(course.slug, learnerId)).toBeNull();
  });

  test("an archived course stays visible to an official enrolled in it", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    await createEnrolment(fixtureDb, { userId: learnerId, courseId: course.id });
    await fixtureDb.course.update({ where: { id: course.id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    expect((await getCoursePage(course.slug, learnerId))?.status).toBe("ARCHIVED");
    expect(await getCoursePage(course.slug, (await createOfficial(fixtureDb)).id)).toBeNull();
  });

  test("an unknown slug is not found", async () => {
    expect(await getCoursePage(`no-such-course-${tag}`, learnerId)).toBeNull();
  });
});

describe("refreshCourseSearchText", () => {
  test("the factory fills searchText; a rename is searchable after a refresh; enrolments are counted", async () => {
    const course = await createCourse(fixtureDb, { providerId, title: `Searchable ${tag}`, competencies: [{ competencyId, level: 1 }] });
    const stored = await fixtureDb.course.findUniqueOrThrow({ where: { id: course.id } });
    expect(stored.searchText).toContain(`Searchable ${tag}`);
    expect(stored.searchText).toContain(`Page Provider ${tag}`);
    expect(stored.searchText).toContain(`Filing ${tag}`);

    await fixtureDb.competency.update({ where: { id: competencyId }, data: { name: `Docketing ${tag}` } });
    expect((await searchCatalogue({ q: "docketing", provider: providerCode, page: 1 })).total).toBe(0);
    const other = await createOfficial(fixtureDb);
    await createEnrolment(fixtureDb, { userId: other.id, courseId: course.id });

    expect(await refreshCourseSearchText(fixtureDb, [course.id])).toBe(1);
    expect(await refreshCourseSearchText(fixtureDb, [course.id])).toBe(0);
    const results = await searchCatalogue({ q: "docketing", provider: providerCode, page: 1 });
    expect(results.courses.map((c) => [c.title, c.enrolmentCount])).toEqual([[`Searchable ${tag}`, 1]]);
  });
});
