// The tables the officials' stage streams into, with their COPY column lists. FREEZE is used
// where PostgreSQL allows it — tables no foreign key points at, truncated in the loading
// transaction — so their rows are born frozen and all-visible: no hint-bit rewrite on first read
// and no vacuum needed before index-only scans work. User and Enrolment are referenced by other
// tables, so they are loaded without it and vacuumed at the end.

export type BulkTableSpec = { table: string; columns: readonly string[]; freeze: boolean };

export const BULK_TABLES = {
  user: {
    table: "User",
    columns: ["id", "email", "name", "passwordHash", "employeeCode", "designation", "group", "serviceCadre", "organisationId", "fracPositionId", "reportingOfficerId", "status", "preferredLanguage", "sessionVersion", "karmaPoints", "lastSignInAt", "createdAt", "updatedAt"],
    freeze: false,
  },
  userRole: { table: "UserRole", columns: ["id", "userId", "role", "organisationId", "providerId", "grantedAt"], freeze: true },
  enrolment: {
    table: "Enrolment",
    columns: ["id", "userId", "courseId", "source", "assignedById", "dueAt", "status", "progressPercent", "enrolledAt", "startedAt", "completedAt", "lastAccessedAt"],
    freeze: false,
  },
  lessonProgress: {
    table: "LessonProgress",
    columns: ["enrolmentId", "lessonId", "userId", "status", "positionSeconds", "secondsSpent", "maxPositionSeconds", "lastHeartbeatAt", "visitedAt", "startedAt", "completedAt", "updatedAt"],
    freeze: true,
  },
  certificate: { table: "Certificate", columns: ["id", "enrolmentId", "userId", "courseId", "code", "issuedAt"], freeze: true },
  courseRating: { table: "CourseRating", columns: ["id", "userId", "courseId", "rating", "review", "createdAt", "updatedAt"], freeze: true },
  passbookEntry: {
    table: "PassbookEntry",
    columns: ["id", "userId", "competencyId", "level", "source", "evidence", "evidenceRef", "awardedById", "awardedAt", "revokedAt", "revokedById", "revokeReason"],
    freeze: true,
  },
  selfAssessment: { table: "SelfAssessment", columns: ["userId", "competencyId", "level", "note", "assessedAt", "reviewedAt", "reviewedById"], freeze: true },
  officialCompetency: { table: "OfficialCompetency", columns: ["userId", "competencyId", "level", "updatedAt"], freeze: true },
  learningRecord: { table: "LearningRecord", columns: ["id", "actorId", "verb", "objectType", "objectId", "result", "context", "timestamp"], freeze: true },
  karmaAward: { table: "KarmaAward", columns: ["id", "userId", "rule", "points", "sourceType", "sourceId", "awardedAt"], freeze: true },
  learningTimeDaily: { table: "LearningTimeDaily", columns: ["userId", "day", "seconds", "competencyLinkedSeconds"], freeze: true },
  learningTimeWeekly: { table: "LearningTimeWeekly", columns: ["userId", "weekStart", "seconds", "competencyLinkedSeconds"], freeze: true },
  learningTimeMonthly: { table: "LearningTimeMonthly", columns: ["userId", "monthStart", "seconds", "competencyLinkedSeconds"], freeze: true },
} as const satisfies Record<string, BulkTableSpec>;

export type BulkTable = keyof typeof BULK_TABLES;

/** Where a row builder puts its COPY lines, one sink per table. */
export type RowSinks = Record<BulkTable, { push(line: string): void }>;

/** The report roll-ups: refilled in one statement each after the load, their indexes built after that. */
export const ROLLUP_TABLES = ["CompetencyGapRollup", "OrganisationActivity", "CourseActivity", "OrganisationHeadcount"] as const;
