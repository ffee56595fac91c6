// The catalogue's enum values as the database stores them, with the words learners see. Kept
// here (not imported from the Prisma client) so the domain layer stays free of the database.

export const DELIVERY_MODES = ["ONLINE", "BLENDED", "FACE_TO_FACE"] as const;
export type DeliveryModeName = (typeof DELIVERY_MODES)[number];
export const DELIVERY_MODE_LABELS: Record<DeliveryModeName, string> = {
  ONLINE: "Online",
  BLENDED: "Blended",
  FACE_TO_FACE: "Face to face",
};

export const COURSE_LANGUAGES = ["EN", "HI"] as const;
export type CourseLanguageName = (typeof COURSE_LANGUAGES)[number];
export const COURSE_LANGUAGE_LABELS: Record<CourseLanguageName, string> = {
  EN: "English",
  HI: "Hindi (हिन्दी)",
};

export const COMPETENCY_TYPES = ["BEHAVIOURAL", "FUNCTIONAL", "DOMAIN"] as const;
export type CompetencyTypeName = (typeof COMPETENCY_TYPES)[number];
export const COMPETENCY_TYPE_LABELS: Record<CompetencyTypeName, string> = {
  BEHAVIOURAL: "Behavioural",
  FUNCTIONAL: "Functional",
  DOMAIN: "Domain",
};

export const LESSON_TYPES = ["TEXT", "VIDEO", "PDF", "LINK", "ASSESSMENT"] as const;
export type LessonTypeName = (typeof LESSON_TYPES)[number];
export const LESSON_TYPE_LABELS: Record<LessonTypeName, string> = {
  TEXT: "Reading",
  VIDEO: "Video",
  PDF: "Document",
  LINK: "External resource",
  ASSESSMENT: "Assessment",
};
