import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { courseDraftSchema, parseCourseDraft, type CourseDraft } from "@/lib/domain/studio/course-draft";
import { StudioError } from "@/lib/domain/studio/studio-error";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { getCoursePage } from "@/lib/server/catalogue/get-course-page";
import { getCourseUpdates } from "@/lib/server/catalogue/get-course-updates";
import { verifyCertificate } from "@/lib/server/certificates/verify-certificate";
import { searchCatalogue } from "@/lib/server/catalogue/search-catalogue";
import { db } from "@/lib/server/db";
import { createCertificate } from "@/lib/server/factories/create-certificate";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { markCourseVersionSeen } from "@/lib/server/enrolment/mark-course-version-seen";
import { createProvider } from "@/lib/server/factories/create-provider";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { getLessonPlayer } from "@/lib/server/progress/get-lesson-player";
import { openNextVersion } from "./open-next-version";
import { publishRevision } from "./publish-revision";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

type Author = Pick<CurrentUser, "id" | "grants">;
let author: Author;
let outsider: Author;
let providerId = "";
let competencyId = "";

const authorOf = (userId: string, forProvider: string): Author => ({ id: userId, grants: [{ role: "CONTENT_PROVIDER", providerId: forProvider, organisationId: null }] });

async function revisionDraft(revisionId: string): Promise<CourseDraft> {
  const revision = await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId } });
  const draft = parseCourseDraft(revision.content);
  if (!draft) throw new Error("unreadable document");
  return draft;
}

/** Saves a document into the version and walks it through review to APPROVED, as B1's flow would. */
async function approve(revisionId: string, draft: CourseDraft) {
  await fixtureDb.courseRevision.update({ where: { id: revisionId }, data: { content: courseDraftSchema.parse(draft), status: "IN_REVIEW" } });
  await fixtureDb.courseRevision.update({ where: { id: revisionId }, data: { status: "APPROVED", approvedAt: new Date() } });
}

const publish = (revisionId: string) => db.$transaction((tx) => publishRevision(tx, revisionId, author.id));

beforeAll(async () => {
  const provider = await createProvider(fixtureDb);
  const other = await createProvider(fixtureDb);
  providerId = provider.id;
  competencyId = (await createCompetency(fixtureDb)).id;
  author = authorOf((await createOfficial(fixtureDb, { roles: [{ role: "CONTENT_PROVIDER", providerId }] })).id, providerId);
  outsider = authorOf((await createOfficial(fixtureDb, { roles: [{ role: "CONTENT_PROVIDER", providerId: other.id }] })).id, other.id);
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("a new version of a course learners are taking", () => {
  const word = `quillon${uniqueSuffix()}`.toLowerCase();
  let course: { id: string; slug: string };
  let lessons: Record<"intro" | "rules" | "old", string>;
  let learners: Record<"midway" | "finished" | "almost", { userId: string; enrolmentId: string }>;
  let revisionId = "";
  const newLessonKey = randomUUID();

  beforeAll(async () => {
    const created = await createCourse(fixtureDb, {
      providerId,
      competencies: [{ competencyId, level: 2 }],
      modules: [
        {
          title: "Basics",
          lessons: [
            { type: "TEXT", title: "Introduction", durationSeconds: 60, body: "Intro" },
            { type: "TEXT", title: "The rules", durationSeconds: 60, body: "Rules" },
            { type: "LINK", title: "An old circular", durationSeconds: 60, externalUrl: "https://example.gov.in/old" },
          ],
        },
      ],
    });
    course = { id: created.id, slug: created.slug };
    const rows = await fixtureDb.lesson.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" }, select: { id: true } });
    lessons = { intro: rows[0]!.id, rules: rows[1]!.id, old: rows[2]!.id };

    const enrol = async (done: string[], status: "IN_PROGRESS" | "COMPLETED" = "IN_PROGRESS") => {
      const official = await createOfficial(fixtureDb);
      const enrolment = await createEnrolment(fixtureDb, { userId: official.id, courseId: course.id });
      await fixtureDb.lessonProgress.createMany({
        data: done.map((lessonId) => ({ enrolmentId: enrolment.id, lessonId, userId: official.id, status: "COMPLETED" as const, completedAt: new Date() })),
      });
      await fixtureDb.enrolment.update({
        where: { id: enrolment.id },
        data: { status, progressPercent: Math.floor((done.length * 100) / 3), completedAt: status === "COMPLETED" ? new Date() : null },
      });
      return { userId: official.id, enrolmentId: enrolment.id };
    };
    learners = {
      midway: await enrol([lessons.intro, lessons.old]),
      finished: await enrol([lessons.intro, lessons.rules, lessons.old], "COMPLETED"),
      almost: await enrol([lessons.intro, lessons.rules]),
    };
    await createCertificate(fixtureDb, { enrolmentId: learners.finished.enrolmentId });
  });

  test("opening the next version twice at once gives one open version, after recording the live course as version 1", async () => {
    const [first, second] = await Promise.all([openNextVersion(author, course.id), openNextVersion(author, course.id)]);
    expect(second.revisionId).toBe(first.revisionId);
    revisionId = first.revisionId;
    expect(await openNextVersion(author, course.id)).toEqual(first);

    const revisions = await fixtureDb.courseRevision.findMany({ where: { courseId: course.id }, orderBy: { number: "asc" } });
    expect(revisions.map((row) => [row.number, row.status])).toEqual([
      [1, "PUBLISHED"],
      [2, "DRAFT"],
    ]);
    const draft = await revisionDraft(revisionId);
    expect(draft.modules.flatMap((module) => module.lessons.map((lesson) => lesson.key))).toEqual([lessons.intro, lessons.rules, lessons.old]);
    expect(draft.competencies).toEqual([{ competencyId, level: 2 }]);
  });

  test("another provider's author cannot open a version of it", async () => {
    await expect(openNextVersion(outsider, course.id)).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  test("a version that is not approved is not published", async () => {
    await expect(publish(revisionId)).rejects.toMatchObject({ code: "INVALID_STATUS_TRANSITION" });
  });

  test("publishing keeps progress on lessons that stay, archives the dropped one, adds the new one and remeasures progress", async () => {
    const draft = await revisionDraft(revisionId);
    const basics = draft.modules[0]!;
    const [intro, rules] = basics.lessons as [CourseDraft["modules"][0]["lessons"][0], CourseDraft["modules"][0]["lessons"][0]];
    const next = courseDraftSchema.parse({
      ...draft,
      title: `Noting and drafting ${word}`,
      modules: [
        // Reordered, one body edited, the link dropped and an optional lesson added.
        { ...basics, lessons: [{ ...rules, body: "Rules, revised" }, intro, { key: newLessonKey, type: "TEXT", title: "Further reading", body: "More", durationSeconds: 30, isRequired: false }] },
      ],
    });
    await approve(revisionId, next);
    const result = await publish(revisionId);
    expect(result.version).toBe(2);
    expect(result.diff.lessons.added.map((lesson) => lesson.key)).toEqual([newLessonKey]);
    expect(result.diff.lessons.removed.map((lesson) => lesson.key)).toEqual([lessons.old]);
    expect(result.diff.lessons.changed.map((lesson) => [lesson.key, lesson.fields])).toEqual([[lessons.rules, ["body"]]]);

    const live = await fixtureDb.lesson.findMany({ where: { courseId: course.id }, orderBy: { title: "asc" } });
    const byId = new Map(live.map((row) => [row.id, row]));
    expect(live).toHaveLength(4);
    expect(byId.get(lessons.old)?.archivedAt).not.toBeNull();
    expect(byId.get(lessons.rules)).toMatchObject({ position: 1, body: "Rules, revised", changedInVersion: 2, addedInVersion: 1, archivedAt: null });
    expect(byId.get(lessons.intro)).toMatchObject({ position: 2, changedInVersion: 1, archivedAt: null });
    expect(byId.get(newLessonKey)).toMatchObject({ position: 3, isRequired: false, addedInVersion: 2, changedInVersion: 2, archivedAt: null });

    // The dropped lesson's progress is kept, and a raw delete of the lesson is refused.
    expect(await fixtureDb.lessonProgress.count({ where: { lessonId: lessons.old } })).toBe(2);
    await expect(fixtureDb.$executeRaw`DELETE FROM "Lesson" WHERE "id" = ${lessons.old}::uuid`).rejects.toThrow();

    const enrolments = await fixtureDb.enrolment.findMany({
      where: { id: { in: Object.values(learners).map((learner) => learner.enrolmentId) } },
      select: { id: true, status: true, progressPercent: true, certificate: { select: { courseVersion: true } } },
    });
    const enrolment = (key: keyof typeof learners) => enrolments.find((row) => row.id === learners[key].enrolmentId);
    // Intro counts, the dropped link no longer does: one of two required lessons.
    expect(enrolment("midway")).toMatchObject({ status: "IN_PROGRESS", progressPercent: 50, certificate: null });
    // Completed on version 1: stays completed, the certificate keeps its version.
    expect(enrolment("finished")).toMatchObject({ status: "COMPLETED", certificate: { courseVersion: 1 } });
    // Only the dropped lesson was missing: complete now, certified on version 2.
    expect(enrolment("almost")).toMatchObject({ status: "COMPLETED", progressPercent: 100, certificate: { courseVersion: 2 } });

    const revisions = await fixtureDb.courseRevision.findMany({ where: { courseId: course.id }, orderBy: { number: "asc" } });
    expect(revisions.map((row) => [row.number, row.status])).toEqual([
      [1, "ARCHIVED"],
      [2, "PUBLISHED"],
    ]);
    expect(await fixtureDb.course.findUniqueOrThrow({ where: { id: course.id }, select: { version: true, title: true } })).toEqual({ version: 2, title: `Noting and drafting ${word}` });
    expect(await fixtureDb.auditLog.count({ where: { action: "course.version_published", entityId: course.id } })).toBe(1);
  });

  test("the learner's outline and player show the new lesson and not the dropped one", async () => {
    const page = await getCoursePage(course.slug, learners.midway.userId);
    expect(page?.modules.flatMap((module) => module.lessons.map((lesson) => lesson.id))).toEqual([lessons.rules, lessons.intro, newLessonKey]);
    expect((await getLessonPlayer(learners.midway.userId, course.slug, lessons.old)).kind).toBe("NOT_FOUND");
    const player = await getLessonPlayer(learners.midway.userId, course.slug, newLessonKey);
    expect(player.kind).toBe("OK");
    if (player.kind === "OK") expect(player.player.nextLessonId).toBeNull();
  });

  test("an enrolled learner is told what changed since the version she last opened, once", async () => {
    const { userId } = learners.midway;
    expect(await getCourseUpdates(userId, course.id)).toEqual({
      fromVersion: 1,
      toVersion: 2,
      added: ["Further reading"],
      changed: ["The rules"],
      removed: ["An old circular"],
    });
    await markCourseVersionSeen({ userId, courseId: course.id });
    expect(await getCourseUpdates(userId, course.id)).toBeNull();
    expect((await fixtureDb.enrolment.findUniqueOrThrow({ where: { id: learners.midway.enrolmentId } })).seenVersion).toBe(2);
  });

  test("the verify page names the version a certificate was earned on", async () => {
    const [finished, almost] = await Promise.all(
      [learners.finished, learners.almost].map((learner) => fixtureDb.certificate.findUniqueOrThrow({ where: { enrolmentId: learner.enrolmentId } })),
    );
    expect(await verifyCertificate({ code: finished!.code })).toMatchObject({ status: "VALID", courseVersion: 1 });
    expect(await verifyCertificate({ code: almost!.code })).toMatchObject({ status: "VALID", courseVersion: 2 });
  });

  test("the catalogue finds the new title at once", async () => {
    const results = await searchCatalogue({ q: word, page: 1 });
    expect(results.courses.map((found) => found.slug)).toEqual([course.slug]);
  });

  test("the next version starts from the published document", async () => {
    const { revisionId: third } = await openNextVersion(author, course.id);
    expect(third).not.toBe(revisionId);
    const draft = await revisionDraft(third);
    expect(draft.title).toBe(`Noting and drafting ${word}`);
    expect(draft.modules[0]?.lessons.map((lesson) => lesson.key)).toEqual([lessons.rules, lessons.intro, newLessonKey]);
    expect((await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: third } })).number).toBe(3);
  });
});

describe("assessments in a new version", () => {
  test("settings and fixed lists are updated in place, a new assessment is created and its id written back", async () => {
    const created = await createCourse(fixtureDb, {
      providerId,
      competencies: [{ competencyId, level: 1 }],
      modules: [
        {
          title: "Check",
          lessons: [
            {
              type: "ASSESSMENT",
              title: "Quiz",
              durationSeconds: 0,
              assessment: {
                title: "Quiz",
                passMarkPercent: 50,
                questions: [1, 2].map((n) => ({ type: "TRUE_FALSE" as const, prompt: `Statement ${n}`, options: [{ label: "True", isCorrect: true }, { label: "False", isCorrect: false }] })),
              },
            },
          ],
        },
      ],
    });
    const questionIds = (await fixtureDb.question.findMany({ where: { courseId: created.id }, orderBy: { prompt: "asc" }, select: { id: true } })).map((row) => row.id);
    const { revisionId } = await openNextVersion(author, created.id);
    const draft = await revisionDraft(revisionId);
    const quiz = draft.modules[0]!.lessons[0]!;
    if (quiz.type !== "ASSESSMENT") throw new Error("expected the quiz");
    const existingAssessmentId = quiz.assessment.assessmentId;
    expect(quiz.assessment.draw).toEqual({ mode: "FIXED", questionIds });

    const secondKey = randomUUID();
    await approve(revisionId, {
      ...draft,
      modules: [
        {
          ...draft.modules[0]!,
          lessons: [
            { ...quiz, assessment: { ...quiz.assessment, passMarkPercent: 75, draw: { mode: "RANDOM", count: 1, competencyId: null, level: null } } },
            { key: secondKey, type: "ASSESSMENT", title: "Final check", isRequired: true, durationSeconds: 0, assessment: { ...quiz.assessment, assessmentId: null, title: "Final check", draw: { mode: "FIXED", questionIds: [questionIds[1]!, questionIds[0]!] } } },
          ],
        },
      ],
    });
    await publish(revisionId);

    const assessments = await fixtureDb.assessment.findMany({
      where: { courseId: created.id },
      select: { id: true, title: true, passMarkPercent: true, drawMode: true, drawCount: true, archivedAt: true, lesson: { select: { id: true } }, questions: { orderBy: { position: "asc" }, select: { questionId: true } } },
    });
    expect(assessments).toHaveLength(2);
    const kept = assessments.find((row) => row.id === existingAssessmentId);
    expect(kept).toMatchObject({ passMarkPercent: 75, drawMode: "RANDOM", drawCount: 1, questions: [], archivedAt: null, lesson: { id: quiz.key } });
    const added = assessments.find((row) => row.id !== existingAssessmentId);
    expect(added).toMatchObject({ title: "Final check", drawMode: "FIXED", lesson: { id: secondKey } });
    expect(added?.questions.map((row) => row.questionId)).toEqual([questionIds[1], questionIds[0]]);

    const stored = await revisionDraft(revisionId);
    const storedSecond = stored.modules[0]?.lessons[1];
    expect(storedSecond?.type === "ASSESSMENT" ? storedSecond.assessment.assessmentId : null).toBe(added?.id);
  });

  test("a version naming a lesson of another course is refused and changes nothing", async () => {
    const victim = await createCourse(fixtureDb, { providerId });
    const [victimLesson] = await fixtureDb.lesson.findMany({ where: { courseId: victim.id }, select: { id: true, title: true, courseId: true } });
    const target = await createCourse(fixtureDb, { providerId });
    const { revisionId } = await openNextVersion(author, target.id);
    const draft = await revisionDraft(revisionId);
    await approve(revisionId, {
      ...draft,
      modules: [{ ...draft.modules[0]!, lessons: [{ key: victimLesson!.id, type: "TEXT", title: "Taken over", body: "…", isRequired: true, durationSeconds: 60 }] }],
    });
    await expect(publish(revisionId)).rejects.toSatisfy((error) => error instanceof StudioError && error.code === "VERSION_CONTENT_INVALID");
    expect(await fixtureDb.lesson.findUniqueOrThrow({ where: { id: victimLesson!.id }, select: { id: true, title: true, courseId: true } })).toEqual(victimLesson);
    expect((await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId } })).status).toBe("APPROVED");
  });
});
