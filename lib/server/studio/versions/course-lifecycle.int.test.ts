import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type { CurrentUser } from "@/lib/domain/roles";
import { emptyCourseDraft } from "@/lib/domain/studio/course-draft";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { searchCatalogue } from "@/lib/server/catalogue/search-catalogue";
import { getCoursePage } from "@/lib/server/catalogue/get-course-page";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { archiveCourse } from "./archive-course";
import { deleteDraftCourse } from "./delete-draft-course";
import { getCourseLifecycle } from "./get-course-lifecycle";
import { restoreCourse } from "./restore-course";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

type Author = Pick<CurrentUser, "id" | "grants">;
let author: Author;
let outsider: Author;
let providerId = "";

beforeAll(async () => {
  providerId = (await createProvider(fixtureDb)).id;
  const otherProviderId = (await createProvider(fixtureDb)).id;
  const make = async (forProvider: string): Promise<Author> => ({
    id: (await createOfficial(fixtureDb, { roles: [{ role: "CONTENT_PROVIDER", providerId: forProvider }] })).id,
    grants: [{ role: "CONTENT_PROVIDER", providerId: forProvider, organisationId: null }],
  });
  author = await make(providerId);
  outsider = await make(otherProviderId);
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

/** A course as the studio creates one: a DRAFT course row and its version 1, nothing live. */
async function draftCourse() {
  const course = await createCourse(fixtureDb, { providerId, status: "DRAFT", publishedAt: null });
  await fixtureDb.courseRevision.create({ data: { courseId: course.id, number: 1, title: course.title, content: emptyCourseDraft(), createdById: author.id } });
  return course;
}

describe("deleting a course", () => {
  test("a draft-only course is deleted by its author, with its version, and the deletion audited", async () => {
    const course = await draftCourse();
    expect((await getCourseLifecycle(author, course.id)).canDelete).toBe(true);
    await deleteDraftCourse(author, course.id);
    expect(await fixtureDb.course.count({ where: { id: course.id } })).toBe(0);
    expect(await fixtureDb.courseRevision.count({ where: { courseId: course.id } })).toBe(0);
    expect(await fixtureDb.auditLog.count({ where: { action: "course.deleted", entityId: course.id, actorId: author.id } })).toBe(1);
  });

  test("another provider's author cannot delete it, and nothing changes", async () => {
    const course = await draftCourse();
    await expect(deleteDraftCourse(outsider, course.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await fixtureDb.course.count({ where: { id: course.id } })).toBe(1);
  });

  test.each([
    ["a published course", async () => createCourse(fixtureDb, { providerId })],
    [
      "a draft someone enrolled in",
      async () => {
        const course = await draftCourse();
        await createEnrolment(fixtureDb, { userId: (await createOfficial(fixtureDb)).id, courseId: course.id });
        return course;
      },
    ],
  ])("%s has history and is refused", async (_label, make) => {
    const course = await make();
    expect((await getCourseLifecycle(author, course.id)).canDelete).toBe(false);
    await expect(deleteDraftCourse(author, course.id)).rejects.toMatchObject({ code: "COURSE_HAS_HISTORY" });
    expect(await fixtureDb.course.count({ where: { id: course.id } })).toBe(1);
  });
});

describe("archiving and restoring", () => {
  test("an archived course leaves the catalogue, its enrolled learner keeps it, and restoring brings it back", async () => {
    const word = `lanthorn${uniqueSuffix()}`.toLowerCase();
    const course = await createCourse(fixtureDb, { providerId, title: `Records management ${word}` });
    const learner = await createOfficial(fixtureDb);
    const stranger = await createOfficial(fixtureDb);
    await createEnrolment(fixtureDb, { userId: learner.id, courseId: course.id });
    const found = async () => (await searchCatalogue({ q: word, page: 1 })).courses.map((row) => row.slug);

    expect(await found()).toEqual([course.slug]);
    await archiveCourse(author, course.id);
    expect(await fixtureDb.course.findUniqueOrThrow({ where: { id: course.id }, select: { status: true } })).toEqual({ status: "ARCHIVED" });
    expect(await found()).toEqual([]);
    expect((await getCoursePage(course.slug, learner.id))?.status).toBe("ARCHIVED");
    expect(await getCoursePage(course.slug, stranger.id)).toBeNull();
    await expect(archiveCourse(author, course.id)).rejects.toMatchObject({ code: "COURSE_NOT_ARCHIVABLE" });

    await restoreCourse(author, course.id);
    expect(await found()).toEqual([course.slug]);
    await expect(restoreCourse(author, course.id)).rejects.toMatchObject({ code: "COURSE_NOT_ARCHIVED" });
    expect(await fixtureDb.auditLog.findMany({ where: { entityId: course.id }, orderBy: { id: "asc" }, select: { action: true } })).toEqual([
      { action: "course.archived" },
      { action: "course.restored" },
    ]);
  });

  test("another provider's author can neither archive nor restore", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    await expect(archiveCourse(outsider, course.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getCourseLifecycle(outsider, course.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await fixtureDb.course.findUniqueOrThrow({ where: { id: course.id } })).status).toBe("PUBLISHED");
  });
});
