import { describe, expect, test } from "vitest";
import { isValidCertificateCode } from "../../domain/learning/certificate-code";
import { BinaryRows, type DecodedValue, decodeBinaryRows } from "./binary-copy";
import { BULK_TABLES, type BulkTable, type RowSinks } from "./bulk-tables";
import { historyWindow, isoDay, parseIsoDay } from "./calendar";
import type { OfficialHistory } from "./learning-history";
import { LEARNER_ROLE, certificateCodeFor, encodeCatalogueRefs, writeOfficialRows, type RowIds } from "./official-rows";
import type { PlannedOfficial } from "./officials";
import { createRng } from "./rng";
import { createIdSequence } from "./uuid7";

const USER = "01000000-0000-7000-8000-000000000000";
const SUPERVISOR = "05000000-0000-7000-8000-000000000000";
const window = historyWindow(parseIsoDay("2026-11-26"), 4);
const at = (day: number, hour: number) => (window.firstDay + day) * 86_400_000 + hour * 3_600_000;
const sequence = (label: string) => createIdSequence(1_750_000_000_000, createRng(label, 1).next);
const refs = encodeCatalogueRefs({
  competencyIds: ["0c000000-0000-7000-8000-000000000000", "0c000000-0000-7000-8000-000000000001", "0c000000-0000-7000-8000-000000000002"],
  courseIds: ["0a000000-0000-7000-8000-000000000000", "0a000000-0000-7000-8000-000000000001"],
  courseLessonIds: [["0b000000-0000-7000-8000-000000000000", "0b000000-0000-7000-8000-000000000001"], ["0b000000-0000-7000-8000-000000000002", "0b000000-0000-7000-8000-000000000003"]],
  courseEvidence: ['Completed the course "Noting\tand Drafting" (ISTM).', "Completed the course \"Ethics\" (LBSNAA)."],
  courseCompetencies: [[{ competency: 0, level: 2 }, { competency: 1, level: 1 }], [{ competency: 0, level: 3 }]],
  courses: [
    { lessonSeconds: [600, 24], lessonTypes: ["TEXT", "VIDEO"], isLinked: true },
    { lessonSeconds: [900, 300], lessonTypes: ["PDF", "LINK"], isLinked: true },
  ],
});
const official: PlannedOfficial = {
  serial: 0, demoAccount: null, email: "asha.rao@kaushal.gov.in", name: "Asha Rao", employeeCode: "KGN0000001", designation: "Section Officer",
  group: "B", serviceCadre: "CSS", positionIndex: 0, rank: 5, isActive: true, preferredLanguage: "EN", supervisor: null,
};
const lesson = (index: number, day: number, seconds: number) => ({ lesson: index, status: "COMPLETED" as const, seconds, startedAt: at(day, 10), completedAt: at(day, 10) + seconds * 1000, updatedAt: at(day, 10) + seconds * 1000 });
const history: OfficialHistory = {
  enrolments: [
    { course: 0, status: "COMPLETED", source: "SELF", enrolledAt: at(1, 9), dueAt: null, startedAt: at(1, 10), completedAt: lesson(1, 2, 24).completedAt, lastAccessedAt: lesson(1, 2, 24).completedAt, lessons: [lesson(0, 1, 500), lesson(1, 2, 24)], rating: { rating: 5, review: "Clear.", at: at(2, 12) } },
    { course: 1, status: "IN_PROGRESS", source: "ASSIGNED", enrolledAt: at(9, 9), dueAt: at(69, 9), startedAt: at(9, 10), completedAt: null, lastAccessedAt: at(9, 11), lessons: [lesson(0, 9, 700), { lesson: 1, status: "IN_PROGRESS", seconds: 150, startedAt: at(9, 11), completedAt: null, updatedAt: at(9, 11) + 150_000 }], rating: null },
  ],
  endorsements: [
    { competency: 0, level: 3, at: at(3, 11), revokedAt: at(17, 11) },
    { competency: 2, level: 2, at: at(4, 11), revokedAt: null },
  ],
  selfRatings: [{ competency: 1, level: 2, at: at(5, 11), isReviewed: true }],
  days: [
    { day: window.firstDay + 1, seconds: 500, linked: 500 },
    { day: window.firstDay + 2, seconds: 24, linked: 24 },
    { day: window.firstDay + 9, seconds: 850, linked: 850 },
  ],
  lastActiveAt: at(9, 11) + 150_000,
};

function collect(): Record<BulkTable, DecodedValue[][]> {
  const chunks = Object.fromEntries(Object.keys(BULK_TABLES).map((key) => [key, [] as Buffer[]])) as Record<BulkTable, Buffer[]>;
  const sinks = Object.fromEntries(Object.keys(BULK_TABLES).map((key) => [key, new BinaryRows((chunk) => chunks[key as BulkTable].push(chunk))])) as RowSinks;
  const ids: RowIds = {
    userRole: sequence("role"), enrolment: sequence("enrolment"), certificate: sequence("certificate"), passbookEntry: sequence("passbook"),
    courseRating: sequence("rating"), karmaAward: sequence("karma"), learningRecord: { next: 1 },
  };
  writeOfficialRows(
    { userId: USER, official, organisationId: "0e000000-0000-7000-8000-000000000000", positionId: null, reportingOfficerId: SUPERVISOR, passwordHash: null, createdAt: at(0, 0), roles: LEARNER_ROLE, history },
    refs, ids, sinks, createRng("rows", 1).next,
  );
  return Object.fromEntries((Object.keys(BULK_TABLES) as BulkTable[]).map((key) => {
    sinks[key].flush();
    return [key, decodeBinaryRows(Buffer.concat(chunks[key]), BULK_TABLES[key].columns.map(([, type]) => type))];
  })) as Record<BulkTable, DecodedValue[][]>;
}

const rows = collect();
const column = (key: BulkTable, name: string) => BULK_TABLES[key].columns.findIndex(([candidate]) => candidate === name);

describe("writeOfficialRows", () => {
  test("one row per enrolment, lesson, certificate, rating and learning-record event", () => {
    expect(rows.user).toHaveLength(1);
    expect(rows.userRole).toHaveLength(1);
    expect(rows.enrolment).toHaveLength(2);
    expect(rows.lessonProgress).toHaveLength(4);
    expect(rows.certificate).toHaveLength(1);
    expect(rows.courseRating).toHaveLength(1);
    // registered ×2, completed lesson ×3, completed course ×1
    expect(rows.learningRecord.map((row) => row[column("learningRecord", "id")])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.karmaAward.map((row) => row[column("karmaAward", "rule")])).toEqual(["COURSE_COMPLETED", "COURSE_RATED"]);
  });

  test("the user row carries the official, the reporting officer and the Karma Points earned", () => {
    const user = rows.user[0]!;
    expect(user[column("user", "id")]).toBe(USER);
    expect(user[column("user", "email")]).toBe(official.email);
    expect(user[column("user", "reportingOfficerId")]).toBe(SUPERVISOR);
    expect(user[column("user", "group")]).toBe("B");
    expect(user[column("user", "karmaPoints")]).toBe(110);
    expect(user[column("user", "lastSignInAt")]).toBe(history.lastActiveAt);
  });

  test("an assigned enrolment names the reporting officer; progress counts completed lessons", () => {
    const [completed, assigned] = rows.enrolment;
    expect(completed![column("enrolment", "progressPercent")]).toBe(100);
    expect(completed![column("enrolment", "assignedById")]).toBeNull();
    expect(assigned![column("enrolment", "assignedById")]).toBe(SUPERVISOR);
    expect(assigned![column("enrolment", "progressPercent")]).toBe(50);
    const lessons = rows.lessonProgress.map((row) => [row[column("lessonProgress", "status")], row[column("lessonProgress", "secondsSpent")], row[column("lessonProgress", "maxPositionSeconds")]]);
    expect(lessons).toEqual([["COMPLETED", 500, 0], ["COMPLETED", 24, 24], ["COMPLETED", 700, 0], ["IN_PROGRESS", 150, 0]]);
  });

  test("held levels are the highest verified evidence that stands: a revoked endorsement does not count", () => {
    const held = rows.officialCompetency.map((row) => [row[column("officialCompetency", "competencyId")], row[column("officialCompetency", "level")]]);
    expect(held).toEqual([[refs.competencyIds[0], 2], [refs.competencyIds[1], 1], [refs.competencyIds[2], 2]]);
    const revoked = rows.passbookEntry.find((row) => row[column("passbookEntry", "revokedAt")] !== null);
    expect(revoked?.[column("passbookEntry", "revokeReason")]).toBe("Endorsed in error.");
    expect(revoked?.[column("passbookEntry", "revokedById")]).toBe(SUPERVISOR);
  });

  test("learning records are xAPI-shaped JSON", () => {
    const lesson = rows.learningRecord[1]!;
    expect(JSON.parse(lesson[column("learningRecord", "result")] as string)).toEqual({ duration: "PT500S", completion: true });
    expect(JSON.parse(lesson[column("learningRecord", "context")] as string)).toEqual({ courseId: refs.courseIds[0], registration: rows.enrolment[0]![0] });
  });

  test("weekly and monthly rows are the sums of the days", () => {
    const total = (row: DecodedValue[]) => `${isoDay(row[1] as number)} ${row[2]} ${row[3]}`;
    expect(rows.learningTimeDaily.map(total)).toEqual(["2026-11-03 500 500", "2026-11-04 24 24", "2026-11-11 850 850"]);
    expect(rows.learningTimeWeekly.map(total)).toEqual(["2026-11-02 524 524", "2026-11-09 850 850"]);
    expect(rows.learningTimeMonthly.map(total)).toEqual(["2026-11-01 1374 1374"]);
  });
});

test("certificate codes are valid and unique per serial", () => {
  const random = createRng("codes", 1).next;
  const codes = Array.from({ length: 50_000 }, (_, serial) => certificateCodeFor(serial, random));
  expect(new Set(codes).size).toBe(codes.length);
  expect(codes.every(isValidCertificateCode)).toBe(true);
});
