// What changed between two versions of a course, compared by key (lib/domain/studio/course-draft.ts):
// a lesson whose key survives is the same lesson, whatever its new title or place. Reviewers read
// the whole difference; enrolled learners read the lesson counts ("2 new lessons, 1 updated").

import type { CourseDraft, LessonDraft } from "@/lib/domain/studio/course-draft";

export const DETAIL_FIELDS = ["title", "titleHi", "summary", "description", "language", "mode", "durationMinutes", "thumbnailId"] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

export const LESSON_FIELDS = ["title", "type", "body", "media", "externalUrl", "duration", "required", "assessment"] as const;
export type LessonField = (typeof LESSON_FIELDS)[number];

export type ModuleRef = { key: string; title: string };
export type LessonRef = { key: string; title: string; moduleKey: string; moduleTitle: string };

export type CourseDraftDiff = {
  details: DetailField[];
  competencies: {
    added: { competencyId: string; level: number }[];
    removed: { competencyId: string; level: number }[];
    changed: { competencyId: string; from: number; to: number }[];
  };
  modules: { added: ModuleRef[]; removed: ModuleRef[]; renamed: (ModuleRef & { previousTitle: string })[] };
  lessons: { added: LessonRef[]; removed: LessonRef[]; changed: (LessonRef & { fields: LessonField[] })[] };
};

export function diffCourseDrafts(before: CourseDraft, after: CourseDraft): CourseDraftDiff {
  return {
    details: DETAIL_FIELDS.filter((field) => before[field] !== after[field]),
    competencies: diffCompetencies(before.competencies, after.competencies),
    modules: diffModules(before, after),
    lessons: diffLessons(before, after),
  };
}

export function isDiffEmpty(diff: CourseDraftDiff): boolean {
  const { competencies, modules, lessons } = diff;
  return (
    diff.details.length === 0 &&
    competencies.added.length + competencies.removed.length + competencies.changed.length === 0 &&
    modules.added.length + modules.removed.length + modules.renamed.length === 0 &&
    lessons.added.length + lessons.removed.length + lessons.changed.length === 0
  );
}

export type LessonChangeCounts = { added: number; changed: number; removed: number };

export function lessonChangeCounts(diff: CourseDraftDiff): LessonChangeCounts {
  return { added: diff.lessons.added.length, changed: diff.lessons.changed.length, removed: diff.lessons.removed.length };
}

/** "2 new lessons, 1 updated, 1 removed"; empty when no lesson changed. */
export function describeLessonChanges(counts: LessonChangeCounts): string {
  const parts: string[] = [];
  if (counts.added > 0) parts.push(`${counts.added} new ${counts.added === 1 ? "lesson" : "lessons"}`);
  if (counts.changed > 0) parts.push(`${counts.changed} updated`);
  if (counts.removed > 0) parts.push(`${counts.removed} removed`);
  return parts.join(", ");
}

function diffCompetencies(before: CourseDraft["competencies"], after: CourseDraft["competencies"]): CourseDraftDiff["competencies"] {
  const beforeLevels = new Map(before.map((competency) => [competency.competencyId, competency.level]));
  const afterLevels = new Map(after.map((competency) => [competency.competencyId, competency.level]));
  return {
    added: after.filter((competency) => !beforeLevels.has(competency.competencyId)),
    removed: before.filter((competency) => !afterLevels.has(competency.competencyId)),
    changed: after.flatMap((competency) => {
      const from = beforeLevels.get(competency.competencyId);
      return from !== undefined && from !== competency.level ? [{ competencyId: competency.competencyId, from, to: competency.level }] : [];
    }),
  };
}

function diffModules(before: CourseDraft, after: CourseDraft): CourseDraftDiff["modules"] {
  const beforeByKey = new Map(before.modules.map((module) => [module.key, module]));
  const afterKeys = new Set(after.modules.map((module) => module.key));
  const ref = (module: { key: string; title: string }): ModuleRef => ({ key: module.key, title: module.title });
  return {
    added: after.modules.filter((module) => !beforeByKey.has(module.key)).map(ref),
    removed: before.modules.filter((module) => !afterKeys.has(module.key)).map(ref),
    renamed: after.modules.flatMap((module) => {
      const previous = beforeByKey.get(module.key);
      return previous && previous.title !== module.title ? [{ ...ref(module), previousTitle: previous.title }] : [];
    }),
  };
}

function lessonRefs(draft: CourseDraft): Map<string, { ref: LessonRef; lesson: LessonDraft }> {
  return new Map(
    draft.modules.flatMap((module) =>
      module.lessons.map((lesson) => [lesson.key, { lesson, ref: { key: lesson.key, title: lesson.title, moduleKey: module.key, moduleTitle: module.title } }] as const),
    ),
  );
}

function diffLessons(before: CourseDraft, after: CourseDraft): CourseDraftDiff["lessons"] {
  const beforeLessons = lessonRefs(before);
  const afterLessons = lessonRefs(after);
  const added: LessonRef[] = [];
  const changed: (LessonRef & { fields: LessonField[] })[] = [];
  for (const [key, { ref, lesson }] of afterLessons) {
    const previous = beforeLessons.get(key);
    if (!previous) {
      added.push(ref);
      continue;
    }
    const fields = changedLessonFields(previous.lesson, lesson);
    if (fields.length > 0) changed.push({ ...ref, fields });
  }
  const removed = [...beforeLessons].filter(([key]) => !afterLessons.has(key)).map(([, { ref }]) => ref);
  return { added, removed, changed };
}

/** What a learner would notice; a lesson that only moved is not changed. */
export function changedLessonFields(before: LessonDraft, after: LessonDraft): LessonField[] {
  const fields: LessonField[] = [];
  if (before.title !== after.title) fields.push("title");
  if (before.type !== after.type) fields.push("type");
  if (bodyOf(before) !== bodyOf(after)) fields.push("body");
  if (mediaOf(before) !== mediaOf(after)) fields.push("media");
  if (urlOf(before) !== urlOf(after)) fields.push("externalUrl");
  if (before.durationSeconds !== after.durationSeconds) fields.push("duration");
  if (before.isRequired !== after.isRequired) fields.push("required");
  if (assessmentSettings(before) !== assessmentSettings(after)) fields.push("assessment");
  return fields;
}

const bodyOf = (lesson: LessonDraft) => (lesson.type === "TEXT" ? lesson.body : null);
const mediaOf = (lesson: LessonDraft) => (lesson.type === "VIDEO" || lesson.type === "PDF" ? lesson.mediaId : null);
const urlOf = (lesson: LessonDraft) => (lesson.type === "LINK" ? lesson.externalUrl : null);

// The live id is written back when a version is published, so it is bookkeeping, not a change.
// Both sides come out of courseDraftSchema, which writes keys in one order, so JSON compares.
function assessmentSettings(lesson: LessonDraft): string | null {
  if (lesson.type !== "ASSESSMENT") return null;
  return JSON.stringify({ ...lesson.assessment, assessmentId: null });
}
