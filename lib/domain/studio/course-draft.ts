// The whole course as its authors edit one version of it (CourseRevision.content): details,
// competencies, and modules of lessons, each lesson with everything its type needs. It is saved
// whole (autosave), reviewed whole, and on approval published into the live tables.
//
// Keys: every module and lesson carries a `key` (a UUID) that never changes while it exists. A
// lesson already live keeps its live id as its key, so publishing a new version updates that
// row (and learners keep their progress on it); a new key becomes a new row; a live lesson whose
// key is gone is archived, never deleted. Review comments on a lesson point at its key.
//
// Two levels of checking: `courseDraftSchema` accepts any shape an autosave may hold (a title
// still empty, a lesson without its video yet) so work is never lost; `draftProblems` lists what
// must be fixed before the version can be submitted for review.

import { z } from "zod";

export const LESSON_TYPES = ["TEXT", "VIDEO", "PDF", "LINK", "ASSESSMENT"] as const;
export type LessonTypeName = (typeof LESSON_TYPES)[number];
export const DELIVERY_MODES = ["ONLINE", "BLENDED", "FACE_TO_FACE"] as const;
export const COURSE_LANGUAGES = ["EN", "HI"] as const;

export const DRAFT_LIMITS = {
  title: 200,
  summary: 500,
  description: 20_000,
  lessonBody: 100_000,
  modules: 50,
  lessonsPerModule: 100,
  competencies: 20,
  durationMinutes: 10_000,
  lessonSeconds: 6 * 60 * 60,
} as const;

const key = z.uuid();
const text = (max: number) => z.string().max(max);

/** Assessment settings as authored; the questions themselves live in the course's bank. */
export const assessmentDraftSchema = z.object({
  /** The live Assessment id once published; null before. */
  assessmentId: z.uuid().nullable().default(null),
  title: text(DRAFT_LIMITS.title).default(""),
  instructions: text(5_000).default(""),
  passMarkPercent: z.number().int().min(1).max(100).default(60),
  timeLimitMinutes: z.number().int().min(1).max(600).nullable().default(null),
  maxAttempts: z.number().int().min(1).max(20).nullable().default(null),
  shuffleQuestions: z.boolean().default(true),
  shuffleOptions: z.boolean().default(true),
  draw: z
    .discriminatedUnion("mode", [
      z.object({ mode: z.literal("FIXED"), questionIds: z.array(z.uuid()).max(200).default([]) }),
      z.object({
        mode: z.literal("RANDOM"),
        count: z.number().int().min(1).max(200),
        competencyId: z.uuid().nullable().default(null),
        level: z.number().int().min(1).max(5).nullable().default(null),
      }),
    ])
    .default({ mode: "FIXED", questionIds: [] }),
});
export type AssessmentDraft = z.infer<typeof assessmentDraftSchema>;

const lessonBase = {
  key,
  title: text(DRAFT_LIMITS.title).default(""),
  isRequired: z.boolean().default(true),
  durationSeconds: z.number().int().min(0).max(DRAFT_LIMITS.lessonSeconds).default(0),
};

export const lessonDraftSchema = z.discriminatedUnion("type", [
  /** Markdown, rendered through the sanitiser (lib/server/content/render-markdown.ts). */
  z.object({ ...lessonBase, type: z.literal("TEXT"), body: text(DRAFT_LIMITS.lessonBody).default("") }),
  /** mediaId: an uploaded MediaAsset of the matching kind. */
  z.object({ ...lessonBase, type: z.literal("VIDEO"), mediaId: z.uuid().nullable().default(null) }),
  z.object({ ...lessonBase, type: z.literal("PDF"), mediaId: z.uuid().nullable().default(null) }),
  z.object({ ...lessonBase, type: z.literal("LINK"), externalUrl: text(2_000).default("") }),
  z.object({ ...lessonBase, type: z.literal("ASSESSMENT"), assessment: assessmentDraftSchema.default(assessmentDraftSchema.parse({})) }),
]);
export type LessonDraft = z.infer<typeof lessonDraftSchema>;

export const moduleDraftSchema = z.object({
  key,
  title: text(DRAFT_LIMITS.title).default(""),
  lessons: z.array(lessonDraftSchema).max(DRAFT_LIMITS.lessonsPerModule).default([]),
});
export type ModuleDraft = z.infer<typeof moduleDraftSchema>;

export const courseDraftSchema = z.object({
  title: text(DRAFT_LIMITS.title).default(""),
  titleHi: text(DRAFT_LIMITS.title).default(""),
  summary: text(DRAFT_LIMITS.summary).default(""),
  /** Markdown, like a text lesson. */
  description: text(DRAFT_LIMITS.description).default(""),
  language: z.enum(COURSE_LANGUAGES).default("EN"),
  mode: z.enum(DELIVERY_MODES).default("ONLINE"),
  durationMinutes: z.number().int().min(0).max(DRAFT_LIMITS.durationMinutes).default(0),
  thumbnailId: z.uuid().nullable().default(null),
  competencies: z
    .array(z.object({ competencyId: z.uuid(), level: z.number().int().min(1).max(5) }))
    .max(DRAFT_LIMITS.competencies)
    .default([]),
  modules: z.array(moduleDraftSchema).max(DRAFT_LIMITS.modules).default([]),
});
export type CourseDraft = z.infer<typeof courseDraftSchema>;

export function emptyCourseDraft(): CourseDraft {
  return courseDraftSchema.parse({});
}

/** Reads a stored document back; null when it is not a course draft (never thrown at a page). */
export function parseCourseDraft(value: unknown): CourseDraft | null {
  const parsed = courseDraftSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export type DraftProblem = {
  /** Where the problem is, for the editor to focus: "title", "modules.0.lessons.2.mediaId"… */
  path: string;
  /** The lesson it belongs to, when it belongs to one. */
  lessonKey: string | null;
  message: string;
};

/** What must be fixed before this version can go to review; empty when it is ready. */
export function draftProblems(draft: CourseDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const add = (path: string, message: string, lessonKey: string | null = null) => problems.push({ path, lessonKey, message });

  if (draft.title.trim().length < 3) add("title", "Give the course a title of at least 3 characters.");
  if (draft.summary.trim().length < 10) add("summary", "Write a summary of at least 10 characters.");
  if (draft.durationMinutes < 1) add("durationMinutes", "State how long the course takes, in minutes.");
  if (draft.competencies.length === 0) add("competencies", "Tag at least one competency the course imparts, with its level.");
  const competencyIds = draft.competencies.map((competency) => competency.competencyId);
  if (new Set(competencyIds).size !== competencyIds.length) add("competencies", "Each competency can be tagged once.");
  if (draft.modules.length === 0) add("modules", "Add at least one module.");

  const keys = new Set<string>();
  const seeKey = (value: string, path: string) => {
    if (keys.has(value)) add(path, "Two items share one key; reload the editor.");
    keys.add(value);
  };
  draft.modules.forEach((module, moduleIndex) => {
    const modulePath = `modules.${moduleIndex}`;
    seeKey(module.key, `${modulePath}.key`);
    if (module.title.trim() === "") add(`${modulePath}.title`, `Module ${moduleIndex + 1} needs a title.`);
    if (module.lessons.length === 0) add(`${modulePath}.lessons`, `Module ${moduleIndex + 1} has no lessons.`);
    module.lessons.forEach((lesson, lessonIndex) => {
      const path = `${modulePath}.lessons.${lessonIndex}`;
      const name = lesson.title.trim() || `Lesson ${lessonIndex + 1} of module ${moduleIndex + 1}`;
      seeKey(lesson.key, `${path}.key`);
      if (lesson.title.trim() === "") add(`${path}.title`, `${name} needs a title.`, lesson.key);
      if (lesson.type !== "ASSESSMENT" && lesson.durationSeconds < 1) add(`${path}.durationSeconds`, `${name}: state how long it takes.`, lesson.key);
      switch (lesson.type) {
        case "TEXT":
          if (lesson.body.trim() === "") add(`${path}.body`, `${name}: write the text.`, lesson.key);
          break;
        case "VIDEO":
        case "PDF":
          if (!lesson.mediaId) add(`${path}.mediaId`, `${name}: upload the ${lesson.type === "VIDEO" ? "video" : "PDF"}.`, lesson.key);
          break;
        case "LINK":
          if (!isHttpUrl(lesson.externalUrl)) add(`${path}.externalUrl`, `${name}: enter a web address starting with https:// or http://.`, lesson.key);
          break;
        case "ASSESSMENT": {
          const { draw } = lesson.assessment;
          if (draw.mode === "FIXED" && draw.questionIds.length === 0) add(`${path}.assessment.draw`, `${name}: choose questions from the bank.`, lesson.key);
          if (draw.mode === "FIXED" && new Set(draw.questionIds).size !== draw.questionIds.length) {
            add(`${path}.assessment.draw`, `${name}: a question is listed twice.`, lesson.key);
          }
          break;
        }
      }
    });
  });
  return problems;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** Every lesson with the module it sits in, in course order. */
export function draftLessons(draft: CourseDraft): { module: ModuleDraft; moduleIndex: number; lesson: LessonDraft; lessonIndex: number }[] {
  return draft.modules.flatMap((module, moduleIndex) => module.lessons.map((lesson, lessonIndex) => ({ module, moduleIndex, lesson, lessonIndex })));
}
