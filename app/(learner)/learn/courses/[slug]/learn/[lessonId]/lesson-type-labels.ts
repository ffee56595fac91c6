import type { LessonType } from "@/lib/domain/learning/lesson-integrity";

export const LESSON_TYPE_LABELS: Record<LessonType, string> = {
  TEXT: "Reading",
  VIDEO: "Video",
  PDF: "Document",
  LINK: "Outside resource",
  ASSESSMENT: "Assessment",
};
