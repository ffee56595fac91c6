import "server-only";
import type {
  BatchStatus,
  Course,
  CourseStatus,
  DeliveryMode,
  Language,
  QuestionType,
} from "../../generated/prisma/client";
import { refreshCourseSearchText } from "../catalogue/refresh-course-search-text";
import { isFullClient, type FactoryClient } from "./factory-client";
import { newId } from "./new-id";
import { uniqueSuffix } from "./unique-suffix";

export type QuestionInput = {
  type: QuestionType;
  prompt: string;
  explanation?: string | null;
  points?: number;
  competencyId?: string | null;
  options: { label: string; isCorrect: boolean }[];
};

export type AssessmentInput = {
  title: string;
  instructions?: string | null;
  passMarkPercent: number;
  timeLimitSeconds?: number | null;
  maxAttempts?: number | null;
  shuffleQuestions?: boolean;
  shuffleOptions?: boolean;
  questions: QuestionInput[];
};

type LessonCommon = { title: string; durationSeconds: number; isRequired?: boolean };
export type LessonInput =
  | (LessonCommon & { type: "TEXT"; body: string })
  | (LessonCommon & { type: "VIDEO" | "PDF"; mediaPath: string; body?: string })
  | (LessonCommon & { type: "LINK"; externalUrl: string; body?: string })
  | (LessonCommon & { type: "ASSESSMENT"; assessment: AssessmentInput });

export type BatchInput = {
  code: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  seatLimit: number;
  status?: BatchStatus;
  sessions: { title: string; startsAt: Date; endsAt: Date; venue?: string | null; facilitator?: string | null }[];
};

export type CreateCourseInput = {
  providerId: string;
  slug?: string;
  title?: string;
  titleHi?: string | null;
  summary?: string;
  description?: string;
  status?: CourseStatus;
  mode?: DeliveryMode;
  language?: Language;
  durationMinutes?: number;
  createdById?: string | null;
  reviewedById?: string | null;
  reviewNote?: string | null;
  submittedAt?: Date | null;
  publishedAt?: Date | null;
  createdAt?: Date;
  competencies?: { competencyId: string; level: number }[];
  modules?: { title: string; lessons: LessonInput[] }[];
  batches?: BatchInput[];
};

function assertAnswerable(slug: string, question: QuestionInput): void {
  const correct = question.options.filter((option) => option.isCorrect).length;
  const isValid =
    question.type === "MULTIPLE"
      ? correct >= 1 && question.options.length >= 2
      : correct === 1 && (question.type !== "TRUE_FALSE" || question.options.length === 2);
  if (!isValid) throw new Error(`Course ${slug}: question "${question.prompt}" has an invalid set of answers.`);
}

/**
 * Creates a course with its whole content tree — competencies, modules, lessons of every type,
 * assessments with questions and options, batches and sessions — in one short transaction of a
 * dozen statements. If a course with this slug exists, only its top-level fields are updated and
 * its content is left alone (enrolments and progress point at the lessons), so re-runs are safe.
 */
export async function createCourse(prisma: FactoryClient, input: CreateCourseInput): Promise<Course> {
  const slug = input.slug ?? `test-course-${uniqueSuffix()}`;
  const modules = input.modules ?? [
    { title: "Introduction", lessons: [{ type: "TEXT", title: "Overview", durationSeconds: 300, body: "# Overview" }] },
  ];
  const lessonSeconds = modules.flatMap((module) => module.lessons).reduce((sum, l) => sum + l.durationSeconds, 0);
  const fields = {
    providerId: input.providerId,
    title: input.title ?? `Test course ${slug}`,
    titleHi: input.titleHi ?? null,
    summary: input.summary ?? "A course created for a test.",
    description: input.description ?? "A course created for a test.",
    status: input.status ?? "PUBLISHED",
    mode: input.mode ?? "ONLINE",
    language: input.language ?? "EN",
    durationMinutes: input.durationMinutes ?? Math.max(1, Math.ceil(lessonSeconds / 60)),
    createdById: input.createdById ?? null,
    reviewedById: input.reviewedById ?? null,
    reviewNote: input.reviewNote ?? null,
    submittedAt: input.submittedAt ?? null,
    publishedAt: input.publishedAt ?? ((input.status ?? "PUBLISHED") === "PUBLISHED" ? new Date() : null),
  };

  const existing = await prisma.course.findUnique({ where: { slug }, select: { id: true } });
  if (existing) {
    await prisma.course.update({ where: { id: existing.id }, data: fields });
    // The title, summary or provider may have changed: the catalogue searches searchText.
    await refreshCourseSearchText(prisma, [existing.id]);
    return prisma.course.findUniqueOrThrow({ where: { id: existing.id } });
  }

  const courseId = newId();
  const moduleRows: { id: string; courseId: string; title: string; position: number }[] = [];
  const lessonRows: {
    id: string;
    moduleId: string;
    courseId: string;
    title: string;
    type: LessonInput["type"];
    position: number;
    isRequired: boolean;
    durationSeconds: number;
    body: string | null;
    mediaPath: string | null;
    externalUrl: string | null;
    assessmentId: string | null;
  }[] = [];
  const assessmentRows: (Omit<AssessmentInput, "questions"> & { id: string; courseId: string })[] = [];
  const questionRows: (Omit<QuestionInput, "options"> & { id: string; courseId: string; level: number | null })[] = [];
  const assessmentQuestionRows: { assessmentId: string; questionId: string; position: number }[] = [];
  // A bank question takes the level the course imparts for the competency it is tagged with.
  const levelOf = new Map((input.competencies ?? []).map((competency) => [competency.competencyId, competency.level]));
  const optionRows: { id: string; questionId: string; label: string; isCorrect: boolean; position: number }[] = [];

  modules.forEach((module, moduleIndex) => {
    const moduleId = newId();
    moduleRows.push({ id: moduleId, courseId, title: module.title, position: moduleIndex + 1 });
    module.lessons.forEach((lesson, lessonIndex) => {
      let assessmentId: string | null = null;
      if (lesson.type === "ASSESSMENT") {
        const { questions, ...assessment } = lesson.assessment;
        assessmentId = newId();
        assessmentRows.push({ id: assessmentId, courseId, ...assessment });
        questions.forEach((question, questionIndex) => {
          assertAnswerable(slug, question);
          const { options, ...questionFields } = question;
          const questionId = newId();
          questionRows.push({
            id: questionId,
            courseId,
            level: questionFields.competencyId ? (levelOf.get(questionFields.competencyId) ?? null) : null,
            ...questionFields,
          });
          assessmentQuestionRows.push({ assessmentId: assessmentId!, questionId, position: questionIndex + 1 });
          options.forEach((option, optionIndex) =>
            optionRows.push({ id: newId(), questionId, position: optionIndex + 1, ...option }),
          );
        });
      }
      lessonRows.push({
        id: newId(),
        moduleId,
        courseId,
        title: lesson.title,
        type: lesson.type,
        position: lessonIndex + 1,
        isRequired: lesson.isRequired ?? true,
        durationSeconds: lesson.durationSeconds,
        body: "body" in lesson ? (lesson.body ?? null) : null,
        mediaPath: "mediaPath" in lesson ? lesson.mediaPath : null,
        externalUrl: "externalUrl" in lesson ? lesson.externalUrl : null,
        assessmentId,
      });
    });
  });
  const batches = (input.batches ?? []).map((batch) => ({ ...batch, id: newId() }));

  // Built per client because Prisma queries are lazy: with the full client they run as one batch
  // (non-interactive) transaction — a dozen statements, no transaction held open between
  // round-trips, which keeps the single-writer embedded database responsive; inside a caller's
  // transaction they simply run in order.
  const statements = (db: FactoryClient) => [
    db.course.create({ data: { id: courseId, slug, ...fields, createdAt: input.createdAt } }),
    db.courseCompetency.createMany({
      data: (input.competencies ?? []).map((competency) => ({ courseId, ...competency })),
    }),
    db.courseModule.createMany({ data: moduleRows }),
    db.assessment.createMany({ data: assessmentRows }),
    db.question.createMany({ data: questionRows }),
    db.questionOption.createMany({ data: optionRows }),
    db.assessmentQuestion.createMany({ data: assessmentQuestionRows }),
    db.lesson.createMany({ data: lessonRows }),
    db.batch.createMany({
      data: batches.map((batch) => ({
        id: batch.id,
        courseId,
        code: batch.code,
        startsAt: batch.startsAt,
        endsAt: batch.endsAt,
        venue: batch.venue,
        seatLimit: batch.seatLimit,
        status: batch.status,
      })),
    }),
    db.batchSession.createMany({
      data: batches.flatMap((batch) => batch.sessions.map((session) => ({ id: newId(), batchId: batch.id, ...session }))),
    }),
  ];
  if (isFullClient(prisma)) await prisma.$transaction(statements(prisma));
  else for (const statement of statements(prisma)) await statement;
  await refreshCourseSearchText(prisma, [courseId]);
  const course = await prisma.course.findUniqueOrThrow({ where: { id: courseId } });
  return course;
}
