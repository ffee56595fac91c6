// The catalogue's enum values as the database stores them. Kept here (not imported from the
// Prisma client) so the domain layer stays free of the database. The words learners see live in
// the message catalogues (catalogue.modes, catalogue.languages, catalogue.competencyTypes,
// course.lessonTypes), keyed by these values, so they follow the official's language.

export const DELIVERY_MODES = ["ONLINE", "BLENDED", "FACE_TO_FACE"] as const;
export type DeliveryModeName = (typeof DELIVERY_MODES)[number];

export const COURSE_LANGUAGES = ["EN", "HI"] as const;
export type CourseLanguageName = (typeof COURSE_LANGUAGES)[number];

export const COMPETENCY_TYPES = ["BEHAVIOURAL", "FUNCTIONAL", "DOMAIN"] as const;
export type CompetencyTypeName = (typeof COMPETENCY_TYPES)[number];

export const LESSON_TYPES = ["TEXT", "VIDEO", "PDF", "LINK", "ASSESSMENT"] as const;
export type LessonTypeName = (typeof LESSON_TYPES)[number];
