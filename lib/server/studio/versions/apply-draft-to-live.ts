import "server-only";
import type { AssessmentDraft, CourseDraft, LessonDraft } from "@/lib/domain/studio/course-draft";
import { StudioError } from "@/lib/domain/studio/studio-error";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type ApplyDraftInput = {
  courseId: string;
  providerId: string;
  draft: CourseDraft;
  version: number;
  /** Lessons the version adds or changes (by key); they take this version as changedInVersion. */
  changedLessonKeys: ReadonlySet<string>;
  now: Date;
};

/**
 * Writes a version's modules, lessons and assessments into the live tables, which then hold
 * exactly that version: rows are matched by key (= live id), dropped ones archived, never
 * deleted, so progress, flags and attempts that point at them survive. Returns the document with
 * the ids of assessments created here written into it, for the caller to store.
 * Runs in the caller's transaction with the course row already locked.
 */
export async function applyDraftToLive(tx: Tx, input: ApplyDraftInput): Promise<CourseDraft> {
  const { courseId, draft, now } = input;
  const moduleKeys = draft.modules.map((module) => module.key);
  const lessons = draft.modules.flatMap((module) => module.lessons.map((lesson, index) => ({ moduleKey: module.key, lesson, position: index + 1 })));
  const lessonKeys = lessons.map(({ lesson }) => lesson.key);
  if (new Set([...moduleKeys, ...lessonKeys]).size !== moduleKeys.length + lessonKeys.length) {
    throw new StudioError("VERSION_CONTENT_INVALID", "Two items in this version share one key. Open it in the editor, save it again and resubmit.");
  }

  const [liveModules, liveLessons, liveAssessments] = await Promise.all([
    tx.courseModule.findMany({ where: { courseId }, select: { id: true } }),
    tx.lesson.findMany({ where: { courseId }, select: { id: true, mediaPath: true } }),
    tx.assessment.findMany({ where: { courseId }, select: { id: true, lesson: { select: { id: true } } } }),
  ]);
  const liveModuleIds = new Set(liveModules.map((row) => row.id));
  const liveLessonsById = new Map(liveLessons.map((row) => [row.id, row]));
  await assertKeysAreNew(tx, {
    modules: moduleKeys.filter((key) => !liveModuleIds.has(key)),
    lessons: lessonKeys.filter((key) => !liveLessonsById.has(key)),
  });
  await assertReferencesBelongToCourse(tx, input);

  // Dropped rows first, keeping their positions as history; then the live rows step aside to
  // negative positions so the new order can be written without tripping the unique index on
  // live positions (live positions are always 1..n).
  await tx.lesson.updateMany({ where: { courseId, archivedAt: null, id: { notIn: lessonKeys } }, data: { archivedAt: now } });
  await tx.courseModule.updateMany({ where: { courseId, archivedAt: null, id: { notIn: moduleKeys } }, data: { archivedAt: now } });
  await tx.$executeRaw`UPDATE "Lesson" SET "position" = -"position" WHERE "courseId" = ${courseId}::uuid AND "archivedAt" IS NULL`;
  await tx.$executeRaw`UPDATE "CourseModule" SET "position" = -"position" WHERE "courseId" = ${courseId}::uuid AND "archivedAt" IS NULL`;

  // Kept rows are written by one statement per table, not one per row: a course of a hundred
  // lessons publishes inside the caller's short transaction.
  const modules = draft.modules.map((module, index) => ({ id: module.key, courseId, title: module.title, position: index + 1 }));
  await updateModules(tx, modules.filter((module) => liveModuleIds.has(module.id)));
  await tx.courseModule.createMany({ data: modules.filter((module) => !liveModuleIds.has(module.id)) });

  const assessmentOwner = new Map(liveAssessments.map((row) => [row.id, row.lesson?.id ?? null]));
  const usedAssessmentIds: string[] = [];
  const writtenBack = new Map<string, string>();
  const rows: LessonRow[] = [];
  for (const { moduleKey, lesson, position } of lessons) {
    const assessmentId = lesson.type === "ASSESSMENT" ? await writeAssessment(tx, { courseId, lesson, owner: assessmentOwner }) : null;
    if (assessmentId) {
      usedAssessmentIds.push(assessmentId);
      writtenBack.set(lesson.key, assessmentId);
    }
    const live = liveLessonsById.get(lesson.key);
    rows.push({
      id: lesson.key,
      courseId,
      moduleId: moduleKey,
      title: lesson.title,
      type: lesson.type,
      position,
      isRequired: lesson.isRequired,
      durationSeconds: lesson.durationSeconds,
      ...contentFields(lesson, live?.mediaPath ?? null),
      assessmentId,
      // A kept lesson's changedInVersion moves only when it changed; a new one starts here.
      changedInVersion: !live || input.changedLessonKeys.has(lesson.key) ? input.version : null,
    });
  }
  await updateLessons(tx, rows.filter((row) => liveLessonsById.has(row.id)));
  await tx.lesson.createMany({
    data: rows
      .filter((row) => !liveLessonsById.has(row.id))
      .map((row) => ({ ...row, addedInVersion: input.version, changedInVersion: input.version })),
  });
  // An assessment whose lesson is gone or became another type is history, like the lesson.
  await tx.assessment.updateMany({ where: { courseId, archivedAt: null, id: { notIn: usedAssessmentIds } }, data: { archivedAt: now } });

  return withAssessmentIds(draft, writtenBack);
}

type LessonRow = {
  id: string;
  courseId: string;
  moduleId: string;
  title: string;
  type: LessonDraft["type"];
  position: number;
  isRequired: boolean;
  durationSeconds: number;
  body: string | null;
  mediaId: string | null;
  mediaPath: string | null;
  externalUrl: string | null;
  assessmentId: string | null;
  changedInVersion: number | null;
};

async function updateModules(tx: Tx, modules: { id: string; title: string; position: number }[]): Promise<void> {
  if (modules.length === 0) return;
  await tx.$executeRaw`
    UPDATE "CourseModule" m SET "title" = v."title", "position" = v."position", "archivedAt" = NULL
    FROM unnest(${modules.map((m) => m.id)}::uuid[], ${modules.map((m) => m.title)}::text[], ${modules.map((m) => m.position)}::int[])
      AS v("id", "title", "position")
    WHERE m."id" = v."id"`;
}

async function updateLessons(tx: Tx, rows: LessonRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <K extends keyof LessonRow>(key: K) => rows.map((row) => row[key]);
  await tx.$executeRaw`
    UPDATE "Lesson" l SET
      "moduleId" = v."moduleId", "title" = v."title", "type" = v."type"::"LessonType", "position" = v."position",
      "isRequired" = v."isRequired", "durationSeconds" = v."durationSeconds", "body" = v."body", "mediaId" = v."mediaId",
      "mediaPath" = v."mediaPath", "externalUrl" = v."externalUrl", "assessmentId" = v."assessmentId",
      "changedInVersion" = coalesce(v."changedInVersion", l."changedInVersion"), "archivedAt" = NULL
    FROM unnest(
      ${column("id")}::uuid[], ${column("moduleId")}::uuid[], ${column("title")}::text[], ${column("type")}::text[],
      ${column("position")}::int[], ${column("isRequired")}::boolean[], ${column("durationSeconds")}::int[], ${column("body")}::text[],
      ${column("mediaId")}::uuid[], ${column("mediaPath")}::text[], ${column("externalUrl")}::text[], ${column("assessmentId")}::uuid[],
      ${column("changedInVersion")}::int[]
    ) AS v("id", "moduleId", "title", "type", "position", "isRequired", "durationSeconds", "body", "mediaId", "mediaPath",
           "externalUrl", "assessmentId", "changedInVersion")
    WHERE l."id" = v."id"`;
}

/** Body, media and link of a lesson; the fields of other types are cleared. */
function contentFields(lesson: LessonDraft, liveMediaPath: string | null) {
  const none = { body: null, mediaId: null, mediaPath: null, externalUrl: null };
  switch (lesson.type) {
    case "TEXT":
      return { ...none, body: lesson.body };
    case "VIDEO":
    case "PDF":
      // An uploaded file is served at /media/<id>; a lesson still on a file the seed placed keeps
      // it until the author uploads one.
      return { ...none, mediaId: lesson.mediaId, mediaPath: lesson.mediaId ? `/media/${lesson.mediaId}` : liveMediaPath };
    case "LINK":
      return { ...none, externalUrl: lesson.externalUrl };
    case "ASSESSMENT":
      return none;
  }
}

/**
 * The lesson's live assessment updated in place, or a new one. An assessment is reused only by
 * the lesson it belongs to (or none), so a lesson copied in the editor gets its own.
 */
async function writeAssessment(
  tx: Tx,
  input: { courseId: string; lesson: Extract<LessonDraft, { type: "ASSESSMENT" }>; owner: Map<string, string | null> },
): Promise<string> {
  const { lesson, owner } = input;
  const fields = assessmentFields(lesson.assessment, lesson.title);
  const candidate = lesson.assessment.assessmentId;
  const isReusable = candidate !== null && owner.has(candidate) && (owner.get(candidate) === null || owner.get(candidate) === lesson.key);
  let id: string;
  if (isReusable) {
    id = candidate;
    await tx.assessment.update({ where: { id }, data: fields, select: { id: true } });
  } else {
    id = (await tx.assessment.create({ data: { courseId: input.courseId, ...fields }, select: { id: true } })).id;
  }
  owner.set(id, lesson.key);

  await tx.assessmentQuestion.deleteMany({ where: { assessmentId: id } });
  const { draw } = lesson.assessment;
  if (draw.mode === "FIXED" && draw.questionIds.length > 0) {
    await tx.assessmentQuestion.createMany({ data: draw.questionIds.map((questionId, index) => ({ assessmentId: id, questionId, position: index + 1 })) });
  }
  return id;
}

function assessmentFields(assessment: AssessmentDraft, lessonTitle: string) {
  const { draw } = assessment;
  return {
    title: assessment.title.trim() || lessonTitle,
    instructions: assessment.instructions.trim() || null,
    passMarkPercent: assessment.passMarkPercent,
    timeLimitSeconds: assessment.timeLimitMinutes === null ? null : assessment.timeLimitMinutes * 60,
    maxAttempts: assessment.maxAttempts,
    shuffleQuestions: assessment.shuffleQuestions,
    shuffleOptions: assessment.shuffleOptions,
    drawMode: draw.mode,
    drawCount: draw.mode === "RANDOM" ? draw.count : null,
    drawCompetencyId: draw.mode === "RANDOM" ? draw.competencyId : null,
    drawLevel: draw.mode === "RANDOM" ? draw.level : null,
    archivedAt: null,
  };
}

// A key is a fresh UUID from the editor or a live id of this course; one naming a row of another
// course would otherwise move that row here.
async function assertKeysAreNew(tx: Tx, keys: { modules: string[]; lessons: string[] }): Promise<void> {
  const [modules, lessons] = await Promise.all([
    keys.modules.length > 0 ? tx.courseModule.count({ where: { id: { in: keys.modules } } }) : 0,
    keys.lessons.length > 0 ? tx.lesson.count({ where: { id: { in: keys.lessons } } }) : 0,
  ]);
  if (modules + lessons > 0) throw new StudioError("VERSION_CONTENT_INVALID");
}

/** Questions from the course's own bank, files the course's provider uploaded, of the right kind. */
async function assertReferencesBelongToCourse(tx: Tx, input: ApplyDraftInput): Promise<void> {
  const lessons = input.draft.modules.flatMap((module) => module.lessons);
  const questionIds = [...new Set(lessons.flatMap((lesson) => (lesson.type === "ASSESSMENT" && lesson.assessment.draw.mode === "FIXED" ? lesson.assessment.draw.questionIds : [])))];
  const media: { id: string; kind: "VIDEO" | "PDF" | "IMAGE" }[] = lessons.flatMap((lesson) => ((lesson.type === "VIDEO" || lesson.type === "PDF") && lesson.mediaId ? [{ id: lesson.mediaId, kind: lesson.type }] : []));
  if (input.draft.thumbnailId) media.push({ id: input.draft.thumbnailId, kind: "IMAGE" });
  const [questions, assets] = await Promise.all([
    questionIds.length > 0 ? tx.question.count({ where: { id: { in: questionIds }, courseId: input.courseId } }) : 0,
    media.length > 0 ? tx.mediaAsset.findMany({ where: { id: { in: media.map((item) => item.id) }, providerId: input.providerId }, select: { id: true, kind: true } }) : [],
  ]);
  const kindOf = new Map(assets.map((asset) => [asset.id, asset.kind]));
  if (questions !== questionIds.length || media.some((item) => kindOf.get(item.id) !== item.kind)) {
    throw new StudioError("VERSION_CONTENT_INVALID");
  }
}

function withAssessmentIds(draft: CourseDraft, ids: ReadonlyMap<string, string>): CourseDraft {
  return {
    ...draft,
    modules: draft.modules.map((module) => ({
      ...module,
      lessons: module.lessons.map((lesson) => {
        const assessmentId = ids.get(lesson.key);
        return lesson.type === "ASSESSMENT" && assessmentId ? { ...lesson, assessment: { ...lesson.assessment, assessmentId } } : lesson;
      }),
    })),
  };
}
