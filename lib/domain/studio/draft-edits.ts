// The edits the course editor makes to a CourseDraft, as pure functions that return a new draft
// (React state is never mutated). Modules and lessons are addressed by key, not by index, so an
// edit made while the list is being reordered still lands on the item the author meant.

import {
  assessmentDraftSchema,
  DRAFT_LIMITS,
  type CourseDraft,
  type LessonDraft,
  type LessonTypeName,
  type ModuleDraft,
} from "./course-draft";

export type LessonAddress = { moduleIndex: number; lessonIndex: number };

export function newModule(key: string = crypto.randomUUID()): ModuleDraft {
  return { key, title: "", lessons: [] };
}

export function newLesson(type: LessonTypeName, key: string = crypto.randomUUID()): LessonDraft {
  const base = { key, title: "", isRequired: true, durationSeconds: 0 };
  switch (type) {
    case "TEXT":
      return { ...base, type, body: "" };
    case "VIDEO":
    case "PDF":
      return { ...base, type, mediaId: null };
    case "LINK":
      return { ...base, type, externalUrl: "" };
    case "ASSESSMENT":
      return { ...base, type, assessment: assessmentDraftSchema.parse({}) };
  }
}

/** Moves one item of a list to a new index (clamped), keeping the others in order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length) return [...items];
  const target = Math.max(0, Math.min(items.length - 1, to));
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return [...items];
  next.splice(target, 0, moved);
  return next;
}

export function findModuleIndex(draft: CourseDraft, moduleKey: string): number {
  return draft.modules.findIndex((module) => module.key === moduleKey);
}

export function findLesson(draft: CourseDraft, lessonKey: string): (LessonAddress & { lesson: LessonDraft }) | null {
  for (const [moduleIndex, module] of draft.modules.entries()) {
    const lessonIndex = module.lessons.findIndex((lesson) => lesson.key === lessonKey);
    const lesson = module.lessons[lessonIndex];
    if (lesson) return { moduleIndex, lessonIndex, lesson };
  }
  return null;
}

export function addModule(draft: CourseDraft, module: ModuleDraft = newModule()): CourseDraft {
  if (draft.modules.length >= DRAFT_LIMITS.modules) return draft;
  return { ...draft, modules: [...draft.modules, module] };
}

export function removeModule(draft: CourseDraft, moduleKey: string): CourseDraft {
  return { ...draft, modules: draft.modules.filter((module) => module.key !== moduleKey) };
}

export function moveModule(draft: CourseDraft, moduleKey: string, toIndex: number): CourseDraft {
  const from = findModuleIndex(draft, moduleKey);
  if (from < 0) return draft;
  return { ...draft, modules: moveItem(draft.modules, from, toIndex) };
}

export function updateModule(draft: CourseDraft, moduleKey: string, patch: Partial<Omit<ModuleDraft, "key" | "lessons">>): CourseDraft {
  return { ...draft, modules: draft.modules.map((module) => (module.key === moduleKey ? { ...module, ...patch } : module)) };
}

export function addLesson(draft: CourseDraft, moduleKey: string, lesson: LessonDraft): CourseDraft {
  return {
    ...draft,
    modules: draft.modules.map((module) =>
      module.key === moduleKey && module.lessons.length < DRAFT_LIMITS.lessonsPerModule ? { ...module, lessons: [...module.lessons, lesson] } : module,
    ),
  };
}

export function removeLesson(draft: CourseDraft, lessonKey: string): CourseDraft {
  return { ...draft, modules: draft.modules.map((module) => ({ ...module, lessons: module.lessons.filter((lesson) => lesson.key !== lessonKey) })) };
}

/** Replaces a lesson by key with the result of `change`; the key and type stay as they were. */
export function updateLesson(draft: CourseDraft, lessonKey: string, change: (lesson: LessonDraft) => LessonDraft): CourseDraft {
  return {
    ...draft,
    modules: draft.modules.map((module) => ({
      ...module,
      lessons: module.lessons.map((lesson) => {
        if (lesson.key !== lessonKey) return lesson;
        const changed = change(lesson);
        return changed.type === lesson.type ? { ...changed, key: lesson.key } : lesson;
      }),
    })),
  };
}

/**
 * Moves a lesson to `toIndex` of the module `toModuleKey` (its own module or another). The index
 * is clamped to the target list, so "to the end of the next module" is any large number.
 */
export function moveLesson(draft: CourseDraft, lessonKey: string, toModuleKey: string, toIndex: number): CourseDraft {
  const found = findLesson(draft, lessonKey);
  const targetModuleIndex = findModuleIndex(draft, toModuleKey);
  if (!found || targetModuleIndex < 0) return draft;
  if (found.moduleIndex === targetModuleIndex) {
    return {
      ...draft,
      modules: draft.modules.map((module, index) => (index === targetModuleIndex ? { ...module, lessons: moveItem(module.lessons, found.lessonIndex, toIndex) } : module)),
    };
  }
  const target = draft.modules[targetModuleIndex];
  if (!target || target.lessons.length >= DRAFT_LIMITS.lessonsPerModule) return draft;
  const insertAt = Math.max(0, Math.min(target.lessons.length, toIndex));
  return {
    ...draft,
    modules: draft.modules.map((module, index) => {
      if (index === found.moduleIndex) return { ...module, lessons: module.lessons.filter((lesson) => lesson.key !== lessonKey) };
      if (index === targetModuleIndex) {
        const lessons = [...module.lessons];
        lessons.splice(insertAt, 0, found.lesson);
        return { ...module, lessons };
      }
      return module;
    }),
  };
}

/**
 * One step up or down in course order: within its module, or across into the end of the
 * previous module / the start of the next one when it is already first / last.
 */
export function stepLesson(draft: CourseDraft, lessonKey: string, direction: -1 | 1): CourseDraft {
  const found = findLesson(draft, lessonKey);
  if (!found) return draft;
  const current = draft.modules[found.moduleIndex];
  if (!current) return draft;
  const target = found.lessonIndex + direction;
  if (target >= 0 && target < current.lessons.length) return moveLesson(draft, lessonKey, current.key, target);
  const neighbour = draft.modules[found.moduleIndex + direction];
  if (!neighbour) return draft;
  return moveLesson(draft, lessonKey, neighbour.key, direction === -1 ? neighbour.lessons.length : 0);
}

/** Whether stepLesson can move the lesson that way (for disabling the buttons). */
export function canStepLesson(draft: CourseDraft, lessonKey: string, direction: -1 | 1): boolean {
  const found = findLesson(draft, lessonKey);
  if (!found) return false;
  const lessonCount = draft.modules[found.moduleIndex]?.lessons.length ?? 0;
  const target = found.lessonIndex + direction;
  return (target >= 0 && target < lessonCount) || draft.modules[found.moduleIndex + direction] !== undefined;
}
