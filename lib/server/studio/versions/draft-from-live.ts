import "server-only";
import { courseDraftSchema, DRAFT_LIMITS, type CourseDraft, type LessonDraft } from "@/lib/domain/studio/course-draft";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

const LESSON_SELECT = {
  id: true,
  title: true,
  type: true,
  isRequired: true,
  durationSeconds: true,
  body: true,
  mediaId: true,
  externalUrl: true,
  assessment: {
    select: {
      id: true,
      title: true,
      instructions: true,
      passMarkPercent: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      shuffleQuestions: true,
      shuffleOptions: true,
      drawMode: true,
      drawCount: true,
      drawCompetencyId: true,
      drawLevel: true,
      questions: { orderBy: { position: "asc" }, select: { questionId: true } },
    },
  },
} as const satisfies Prisma.LessonSelect;

type LiveLesson = Prisma.LessonGetPayload<{ select: typeof LESSON_SELECT }>;

/**
 * The published course as a version document, read from the live tables: what a course published
 * before the studio existed becomes when it is first edited, and the "before" side of what a
 * publish changes. Keys are the live ids, so publishing the document back updates the same rows
 * (and learners keep their progress on them). Archived modules and lessons are history, not
 * content, and are left out. Null when the course does not exist.
 */
export async function draftFromLive(client: Client, courseId: string): Promise<CourseDraft | null> {
  const course = await client.course.findUnique({
    where: { id: courseId },
    select: {
      title: true,
      titleHi: true,
      summary: true,
      description: true,
      language: true,
      mode: true,
      durationMinutes: true,
      thumbnailId: true,
      competencies: { orderBy: { competencyId: "asc" }, select: { competencyId: true, level: true } },
      modules: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, title: true, lessons: { where: { archivedAt: null }, orderBy: { position: "asc" }, select: LESSON_SELECT } },
      },
    },
  });
  if (!course) return null;
  // Parsed rather than cast: the schema fills defaults and fixes key order, so two documents of
  // the same course compare field by field (lib/domain/studio/version-diff.ts).
  return courseDraftSchema.parse({
    title: clip(course.title, DRAFT_LIMITS.title),
    titleHi: clip(course.titleHi ?? "", DRAFT_LIMITS.title),
    summary: clip(course.summary, DRAFT_LIMITS.summary),
    description: clip(course.description, DRAFT_LIMITS.description),
    language: course.language,
    mode: course.mode,
    durationMinutes: Math.min(course.durationMinutes, DRAFT_LIMITS.durationMinutes),
    thumbnailId: course.thumbnailId,
    competencies: course.competencies.map((competency) => ({ competencyId: competency.competencyId, level: competency.level })),
    modules: course.modules.map((module) => ({
      key: module.id,
      title: clip(module.title, DRAFT_LIMITS.title),
      lessons: module.lessons.map(lessonDraft),
    })),
  });
}

function lessonDraft(lesson: LiveLesson): LessonDraft {
  const base = {
    key: lesson.id,
    title: clip(lesson.title, DRAFT_LIMITS.title),
    isRequired: lesson.isRequired,
    durationSeconds: Math.min(Math.max(lesson.durationSeconds, 0), DRAFT_LIMITS.lessonSeconds),
  };
  switch (lesson.type) {
    case "TEXT":
      return { ...base, type: "TEXT", body: clip(lesson.body ?? "", DRAFT_LIMITS.lessonBody) };
    case "VIDEO":
    case "PDF":
      // A file placed by the seed (mediaPath) has no asset until adoptPlacedMedia gives it one.
      return { ...base, type: lesson.type, mediaId: lesson.mediaId };
    case "LINK":
      return { ...base, type: "LINK", externalUrl: clip(lesson.externalUrl ?? "", 2_000) };
    case "ASSESSMENT":
      return { ...base, type: "ASSESSMENT", assessment: assessmentDraft(lesson.assessment, lesson.title) };
  }
}

function assessmentDraft(assessment: LiveLesson["assessment"], lessonTitle: string): Extract<LessonDraft, { type: "ASSESSMENT" }>["assessment"] {
  if (!assessment) {
    return { assessmentId: null, title: clip(lessonTitle, DRAFT_LIMITS.title), instructions: "", passMarkPercent: 60, timeLimitMinutes: null, maxAttempts: null, shuffleQuestions: true, shuffleOptions: true, draw: { mode: "FIXED", questionIds: [] } };
  }
  return {
    assessmentId: assessment.id,
    title: clip(assessment.title, DRAFT_LIMITS.title),
    instructions: clip(assessment.instructions ?? "", 5_000),
    passMarkPercent: Math.min(Math.max(assessment.passMarkPercent, 1), 100),
    timeLimitMinutes: assessment.timeLimitSeconds === null ? null : Math.min(Math.max(Math.ceil(assessment.timeLimitSeconds / 60), 1), 600),
    maxAttempts: assessment.maxAttempts === null ? null : Math.min(Math.max(assessment.maxAttempts, 1), 20),
    shuffleQuestions: assessment.shuffleQuestions,
    shuffleOptions: assessment.shuffleOptions,
    draw:
      assessment.drawMode === "RANDOM"
        ? { mode: "RANDOM", count: assessment.drawCount ?? 1, competencyId: assessment.drawCompetencyId, level: assessment.drawLevel }
        : { mode: "FIXED", questionIds: assessment.questions.slice(0, 200).map((row) => row.questionId) },
  };
}

function clip(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value;
}
