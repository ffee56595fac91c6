import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { isValidCertificateCode } from "@/lib/domain/learning/certificate-code";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { rollUpEnrolmentCounts } from "@/lib/server/catalogue/roll-up-enrolment-counts";
import { db } from "@/lib/server/db";
import { completeEnrolmentIfDone } from "@/lib/server/completion/complete-enrolment-if-done";
import { verifyCertificate } from "@/lib/server/certificates/verify-certificate";
import { getCompetencyPassbook } from "@/lib/server/passbook/get-competency-passbook";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { changeProgrammeStatus } from "@/lib/server/studio/programmes/change-programme-status";
import { saveProgramme } from "@/lib/server/studio/programmes/save-programme";
import { enrolInProgramme } from "./enrol-in-programme";
import { getProgrammePage } from "./get-programme-page";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

let author: CurrentUser;
let outsider: CurrentUser;
let competencyId = "";
const onlineCourseIds: string[] = [];
let blendedCourseId = "";
let draftCourseId = "";

const oneLesson = [{ title: "Module", lessons: [{ type: "TEXT" as const, title: "Only", durationSeconds: 60, body: "Read" }] }];
const userOf = (id: string, providerId: string): CurrentUser => ({
  id,
  name: "Author",
  email: `${id}@example.gov.in`,
  organisationId: null,
  preferredLanguage: "EN",
  grants: [{ role: "CONTENT_PROVIDER", providerId, organisationId: null }],
});

async function publishedProgramme(courseIds: string[]) {
  const saved = await saveProgramme(author, {
    title: "Digital governance",
    summary: "Three courses on running services online.",
    description: "",
    thumbnailId: null,
    courseIds,
    competencies: [{ competencyId, level: 3 }],
  });
  await changeProgrammeStatus(author, { programmeId: saved.programmeId, status: "PUBLISHED" });
  return saved;
}

/** Marks every lesson of the learner's enrolment done and asks the completion rule, as a last lesson does. */
async function finishCourse(userId: string, courseId: string) {
  const enrolment = await fixtureDb.enrolment.findUniqueOrThrow({ where: { userId_courseId: { userId, courseId } }, select: { id: true } });
  const lessons = await fixtureDb.lesson.findMany({ where: { courseId }, select: { id: true } });
  await fixtureDb.lessonProgress.createMany({
    data: lessons.map((lesson) => ({ enrolmentId: enrolment.id, lessonId: lesson.id, userId, status: "COMPLETED" as const, completedAt: new Date() })),
    skipDuplicates: true,
  });
  return enrolment.id;
}

beforeAll(async () => {
  const [provider, otherProvider] = await Promise.all([createProvider(fixtureDb), createProvider(fixtureDb)]);
  const [authorRow, outsiderRow] = await Promise.all([createOfficial(fixtureDb), createOfficial(fixtureDb)]);
  author = userOf(authorRow.id, provider.id);
  outsider = userOf(outsiderRow.id, otherProvider.id);
  competencyId = (await createCompetency(fixtureDb)).id;
  for (let index = 0; index < 3; index++) {
    // Another provider's courses may be part of the programme too.
    onlineCourseIds.push((await createCourse(fixtureDb, { providerId: index === 2 ? otherProvider.id : provider.id, modules: oneLesson })).id);
  }
  blendedCourseId = (await createCourse(fixtureDb, { providerId: provider.id, mode: "BLENDED", modules: oneLesson })).id;
  draftCourseId = (await createCourse(fixtureDb, { providerId: provider.id, status: "DRAFT", modules: oneLesson })).id;
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("authoring", () => {
  test("publishing needs two published courses; draft courses cannot be added", async () => {
    const saved = await saveProgramme(author, { title: "Solo", summary: "Just one course in it.", description: "", thumbnailId: null, courseIds: [onlineCourseIds[0]!], competencies: [] });
    await expect(changeProgrammeStatus(author, { programmeId: saved.programmeId, status: "PUBLISHED" })).rejects.toMatchObject({ code: "PROGRAMME_NEEDS_COURSES" });
    await expect(
      saveProgramme(author, { programmeId: saved.programmeId, title: "Solo", summary: "Just one course in it.", description: "", thumbnailId: null, courseIds: [onlineCourseIds[0]!, draftCourseId], competencies: [] }),
    ).rejects.toMatchObject({ code: "PROGRAMME_COURSE_NOT_PUBLISHED" });
    expect((await fixtureDb.programme.findUniqueOrThrow({ where: { id: saved.programmeId } })).status).toBe("DRAFT");
  });

  test("another provider's author can neither edit nor publish it", async () => {
    const saved = await saveProgramme(author, { title: "Mine", summary: "Belongs to my provider.", description: "", thumbnailId: null, courseIds: onlineCourseIds.slice(0, 2), competencies: [] });
    await expect(changeProgrammeStatus(outsider, { programmeId: saved.programmeId, status: "PUBLISHED" })).rejects.toBeInstanceOf(DomainError);
    await expect(
      saveProgramme(outsider, { programmeId: saved.programmeId, title: "Taken over", summary: "Not allowed at all.", description: "", thumbnailId: null, courseIds: onlineCourseIds.slice(0, 2), competencies: [] }),
    ).rejects.toMatchObject({ code: "STUDIO_ITEM_NOT_FOUND" });
  });

  test("a published programme is not edited and can be archived, not unpublished", async () => {
    const saved = await publishedProgramme(onlineCourseIds.slice(0, 2));
    await expect(
      saveProgramme(author, { programmeId: saved.programmeId, title: "Changed", summary: "Changed after publishing.", description: "", thumbnailId: null, courseIds: onlineCourseIds.slice(0, 2), competencies: [] }),
    ).rejects.toMatchObject({ code: "PROGRAMME_NOT_EDITABLE" });
    await changeProgrammeStatus(author, { programmeId: saved.programmeId, status: "ARCHIVED" });
    await expect(changeProgrammeStatus(author, { programmeId: saved.programmeId, status: "PUBLISHED" })).rejects.toMatchObject({ code: "PROGRAMME_STATUS_TRANSITION" });
  });
});

describe("enrolment and completion", () => {
  test("enrols once: online courses joined with source PROGRAMME, a batch course left for the learner", async () => {
    const programme = await publishedProgramme([...onlineCourseIds, blendedCourseId]);
    const learner = await createOfficial(fixtureDb);
    await rollUpEnrolmentCounts();
    const before = await fixtureDb.course.findUniqueOrThrow({ where: { id: onlineCourseIds[0]! }, select: { enrolmentCount: true } });

    const [first, second] = await Promise.all([
      enrolInProgramme({ userId: learner.id, programmeId: programme.programmeId }),
      enrolInProgramme({ userId: learner.id, programmeId: programme.programmeId }),
    ]);
    expect([first.isChanged, second.isChanged].sort()).toEqual([false, true]);
    expect(first.coursesNeedingBatch).toHaveLength(1);
    expect(await fixtureDb.programmeEnrolment.count({ where: { userId: learner.id } })).toBe(1);
    const enrolments = await fixtureDb.enrolment.findMany({ where: { userId: learner.id }, select: { courseId: true, source: true } });
    expect(enrolments.map((row) => row.courseId).sort()).toEqual([...onlineCourseIds].sort());
    expect(enrolments.every((row) => row.source === "PROGRAMME")).toBe(true);
    await rollUpEnrolmentCounts();
    const after = await fixtureDb.course.findUniqueOrThrow({ where: { id: onlineCourseIds[0]! }, select: { enrolmentCount: true } });
    expect(after.enrolmentCount).toBe(before.enrolmentCount + 1);

    const page = await getProgrammePage({ slug: programme.slug, userId: learner.id });
    expect(page?.progress).toMatchObject({ completed: 0, total: 4, isComplete: false });
  });

  test("an unpublished programme refuses enrolment", async () => {
    const saved = await saveProgramme(author, { title: "Draft one", summary: "Not yet published here.", description: "", thumbnailId: null, courseIds: onlineCourseIds.slice(0, 2), competencies: [] });
    const learner = await createOfficial(fixtureDb);
    await expect(enrolInProgramme({ userId: learner.id, programmeId: saved.programmeId })).rejects.toMatchObject({ code: "PROGRAMME_NOT_PUBLISHED" });
  });

  // Guards the race where each of two last-course completions sees only its own course done
  // (or both see both): exactly one programme certificate must come out.
  test("completing the last two courses at once issues exactly one certificate and passbook entry", async () => {
    const courseIds = onlineCourseIds.slice(0, 2);
    const programme = await publishedProgramme(courseIds);
    for (let round = 0; round < 3; round++) {
      const learner = await createOfficial(fixtureDb);
      await enrolInProgramme({ userId: learner.id, programmeId: programme.programmeId });
      const enrolmentIds = await Promise.all(courseIds.map((courseId) => finishCourse(learner.id, courseId)));
      const now = new Date();
      await Promise.all(enrolmentIds.map((enrolmentId) => db.$transaction((tx) => completeEnrolmentIfDone(tx, { enrolmentId, now }))));

      const certificates = await fixtureDb.programmeCertificate.findMany({ where: { userId: learner.id, programmeId: programme.programmeId } });
      expect(certificates).toHaveLength(1);
      expect(isValidCertificateCode(certificates[0]!.code)).toBe(true);
      const enrolment = await fixtureDb.programmeEnrolment.findFirstOrThrow({ where: { userId: learner.id, programmeId: programme.programmeId } });
      expect(enrolment.completedAt).not.toBeNull();
      const entries = await fixtureDb.passbookEntry.findMany({ where: { userId: learner.id, evidenceRef: certificates[0]!.id } });
      expect(entries).toEqual([expect.objectContaining({ competencyId, level: 3, evidence: expect.stringContaining("programme “Digital governance”") })]);
      const held = await fixtureDb.officialCompetency.findUnique({ where: { userId_competencyId: { userId: learner.id, competencyId } } });
      expect(held?.level).toBe(3);

      const verification = await verifyCertificate({ code: certificates[0]!.code });
      expect(verification).toMatchObject({ status: "VALID", kind: "PROGRAMME", courseTitle: "Digital governance" });
      // The passbook's evidence links to the programme certificate, as a course's does to its own.
      const passbook = await getCompetencyPassbook(learner.id);
      const evidence = passbook?.held.flatMap((row) => row.evidence) ?? [];
      expect(evidence.map((item) => item.certificateCode)).toContain(certificates[0]!.code);
    }
  });

  test("an official who already finished every course completes the programme on enrolling", async () => {
    const courseIds = onlineCourseIds.slice(1, 3);
    const learner = await createOfficial(fixtureDb);
    for (const courseId of courseIds) {
      await fixtureDb.enrolment.create({ data: { userId: learner.id, courseId, status: "COMPLETED", progressPercent: 100, completedAt: new Date() } });
    }
    const programme = await publishedProgramme(courseIds);
    const result = await enrolInProgramme({ userId: learner.id, programmeId: programme.programmeId });
    expect(result.enrolledCourses).toBe(0);
    expect(await fixtureDb.programmeCertificate.count({ where: { userId: learner.id } })).toBe(1);
  });

  test("a completion that leaves another course open does not complete the programme", async () => {
    const programme = await publishedProgramme(onlineCourseIds.slice(0, 2));
    const learner = await createOfficial(fixtureDb);
    await enrolInProgramme({ userId: learner.id, programmeId: programme.programmeId });
    const enrolmentId = await finishCourse(learner.id, onlineCourseIds[0]!);
    await db.$transaction((tx) => completeEnrolmentIfDone(tx, { enrolmentId, now: new Date() }));
    expect(await fixtureDb.programmeCertificate.count({ where: { userId: learner.id } })).toBe(0);
    const page = await getProgrammePage({ slug: programme.slug, userId: learner.id });
    expect(page?.progress).toMatchObject({ completed: 1, total: 2, percent: 50 });
  });
});
