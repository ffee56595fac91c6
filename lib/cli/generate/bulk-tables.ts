// The tables the officials' stage streams into, with their COPY columns and binary types. FREEZE
// is used where PostgreSQL allows it — tables no foreign key points at, truncated in the loading
// transaction — so their rows are born frozen and all-visible: no hint-bit rewrite on first read
// and no vacuum needed before index-only scans work. User and Enrolment are referenced by other
// tables, so they are loaded without it and vacuumed at the end.
import type { BinaryRows, ColumnType } from "./binary-copy";

export type BulkTableSpec = { table: string; columns: readonly (readonly [name: string, type: ColumnType])[]; freeze: boolean };

export const BULK_TABLES = {
  user: {
    table: "User",
    columns: [
      ["id", "uuid"], ["email", "text"], ["name", "text"], ["passwordHash", "text"], ["employeeCode", "text"], ["designation", "text"], ["group", "enum"],
      ["serviceCadre", "text"], ["organisationId", "uuid"], ["fracPositionId", "uuid"], ["reportingOfficerId", "uuid"], ["status", "enum"],
      ["preferredLanguage", "enum"], ["sessionVersion", "int4"], ["karmaPoints", "int4"], ["lastSignInAt", "timestamp"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
    ],
    freeze: false,
  },
  userRole: {
    table: "UserRole",
    columns: [["id", "uuid"], ["userId", "uuid"], ["role", "enum"], ["organisationId", "uuid"], ["providerId", "uuid"], ["grantedAt", "timestamp"]],
    freeze: true,
  },
  enrolment: {
    table: "Enrolment",
    columns: [
      ["id", "uuid"], ["userId", "uuid"], ["courseId", "uuid"], ["source", "enum"], ["assignedById", "uuid"], ["dueAt", "timestamp"], ["status", "enum"],
      ["progressPercent", "int2"], ["enrolledAt", "timestamp"], ["startedAt", "timestamp"], ["completedAt", "timestamp"], ["lastAccessedAt", "timestamp"],
    ],
    freeze: false,
  },
  lessonProgress: {
    table: "LessonProgress",
    columns: [
      ["enrolmentId", "uuid"], ["lessonId", "uuid"], ["userId", "uuid"], ["status", "enum"], ["positionSeconds", "int4"], ["secondsSpent", "int4"],
      ["maxPositionSeconds", "int4"], ["lastHeartbeatAt", "timestamp"], ["visitedAt", "timestamp"], ["startedAt", "timestamp"], ["completedAt", "timestamp"], ["updatedAt", "timestamp"],
    ],
    freeze: true,
  },
  certificate: {
    table: "Certificate",
    columns: [["id", "uuid"], ["enrolmentId", "uuid"], ["userId", "uuid"], ["courseId", "uuid"], ["code", "text"], ["issuedAt", "timestamp"]],
    freeze: true,
  },
  courseRating: {
    table: "CourseRating",
    columns: [["id", "uuid"], ["userId", "uuid"], ["courseId", "uuid"], ["rating", "int2"], ["review", "text"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]],
    freeze: true,
  },
  passbookEntry: {
    table: "PassbookEntry",
    columns: [
      ["id", "uuid"], ["userId", "uuid"], ["competencyId", "uuid"], ["level", "int2"], ["source", "enum"], ["evidence", "text"], ["evidenceRef", "text"],
      ["awardedById", "uuid"], ["awardedAt", "timestamp"], ["revokedAt", "timestamp"], ["revokedById", "uuid"], ["revokeReason", "text"],
    ],
    freeze: true,
  },
  selfAssessment: {
    table: "SelfAssessment",
    columns: [["userId", "uuid"], ["competencyId", "uuid"], ["level", "int2"], ["note", "text"], ["assessedAt", "timestamp"], ["reviewedAt", "timestamp"], ["reviewedById", "uuid"]],
    freeze: true,
  },
  officialCompetency: {
    table: "OfficialCompetency",
    columns: [["userId", "uuid"], ["competencyId", "uuid"], ["level", "int2"], ["updatedAt", "timestamp"]],
    freeze: true,
  },
  learningRecord: {
    table: "LearningRecord",
    columns: [["id", "int8"], ["actorId", "uuid"], ["verb", "text"], ["objectType", "text"], ["objectId", "text"], ["result", "jsonb"], ["context", "jsonb"], ["timestamp", "timestamp"]],
    freeze: true,
  },
  karmaAward: {
    table: "KarmaAward",
    columns: [["id", "uuid"], ["userId", "uuid"], ["rule", "text"], ["points", "int4"], ["sourceType", "text"], ["sourceId", "text"], ["awardedAt", "timestamp"]],
    freeze: true,
  },
  learningTimeDaily: {
    table: "LearningTimeDaily",
    columns: [["userId", "uuid"], ["day", "date"], ["seconds", "int4"], ["competencyLinkedSeconds", "int4"]],
    freeze: true,
  },
  learningTimeWeekly: {
    table: "LearningTimeWeekly",
    columns: [["userId", "uuid"], ["weekStart", "date"], ["seconds", "int4"], ["competencyLinkedSeconds", "int4"]],
    freeze: true,
  },
  learningTimeMonthly: {
    table: "LearningTimeMonthly",
    columns: [["userId", "uuid"], ["monthStart", "date"], ["seconds", "int4"], ["competencyLinkedSeconds", "int4"]],
    freeze: true,
  },
} as const satisfies Record<string, BulkTableSpec>;

export type BulkTable = keyof typeof BULK_TABLES;

/** Where the row builder writes, one binary encoder per table. */
export type RowSinks = Record<BulkTable, BinaryRows>;

/** The report roll-ups: refilled in one statement each after the load, their indexes built after that. */
export const ROLLUP_TABLES = ["CompetencyGapRollup", "CompetencyGapSubtree", "OrganisationActivity", "CourseActivity", "OrganisationHeadcount"] as const;

/** How each binary type shows in format_type(), for the schema check before a stream opens. */
export function matchesColumnType(type: ColumnType, formatted: string, isEnum: boolean): boolean {
  if (type === "enum") return isEnum;
  const expected: Record<Exclude<ColumnType, "enum">, string> = {
    uuid: "uuid", text: "text", int2: "smallint", int4: "integer", int8: "bigint", bool: "boolean",
    timestamp: "timestamp(3) without time zone", date: "date", jsonb: "jsonb",
  };
  return formatted === expected[type];
}
