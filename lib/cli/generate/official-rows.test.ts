import { describe, expect, test } from "vitest";
import { isValidCertificateCode } from "../../domain/learning/certificate-code";
import { BULK_TABLES, type BulkTable, type RowSinks } from "./bulk-tables";
import { historyWindow, parseIsoDay } from "./calendar";
import type { OfficialHistory } from "./learning-history";
import { LEARNER_ROLE, certificateCodeFor, writeOfficialRows, type CatalogueRefs, type RowIds } from "./official-rows";
import type { PlannedOfficial } from "./officials";
import { createRng } from "./rng";
import { createIdSequence } from "./uuid7";

const window = historyWindow(parseIsoDay("2026-11-26"), 4);
const at = (day: number, hour: number) => (window.firstDay + day) * 86_400_000 + hour * 3_600_000;
const sequence = (label: string) => createIdSequence(1_750_000_000_000, createRng(label, 1).next);
const refs: CatalogueRefs = {
  competencyIds: ["c0000000-0000-7000-8000-000000000000", "c0000000-0000-7000-8000-000000000001", "c0000000-0000-7000-8000-000000000002"],
  courseIds: ["a0000000-0000-7000-8000-000000000000", "a0000000-0000-7000-8000-000000000001"],
  courseLessonIds: [["b0000000-0000-7000-8000-000000000000", "b0000000-0000-7000-8000-000000000001"], ["b0000000-0000-7000-8000-000000000002", "b0000000-0000-7000-8000-000000000003"]],
  courseEvidence: ['Completed the course "Noting\tand Drafting" (ISTM).', "Completed the course \"Ethics\" (LBSNAA)."],
  courseCompetencies: [[{ competency: 0, level: 2 }, { competency: 1, level: 1 }], [{ competency: 0, level: 3 }]],
  courses: [
    { lessonSeconds: [600, 24], lessonTypes: ["TEXT", "VIDEO"], isLinked: true },
    { lessonSeconds: [900, 300], lessonTypes: ["PDF", "LINK"], isLinked: true },
  ],
};
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

function collect(): Record<BulkTable, string[]> {
  const lines = Object.fromEntries(Object.keys(BULK_TABLES).map((key) => [key, [] as string[]])) as Record<BulkTable, string[]>;
  const sinks = Object.fromEntries(Object.keys(BULK_TABLES).map((key) => [key, { push: (line: string) => void lines[key as BulkTable].push(line) }])) as RowSinks;
  const ids: RowIds = {
    userRole: sequence("role"), enrolment: sequence("enrolment"), certificate: sequence("certificate"), passbookEntry: sequence("passbook"),
    courseRating: sequence("rating"), karmaAward: sequence("karma"), learningRecord: { next: 1 },
  };
  writeOfficialRows(
    { userId: "u0000000-0000-7000-8000-000000000000", official, organisationId: "o0000000-0000-7000-8000-000000000000", positionId: null, reportingOfficerId: "s0000000-0000-7000-8000-000000000000", passwordHash: null, createdAt: at(0, 0), roles: LEARNER_ROLE, history },
    refs, ids, sinks, createRng("rows", 1).next,
  );
  return lines;
}

const rows = collect();
const fields = (line: string) => line.replace(/\n$/, "").split("\t");

describe("writeOfficialRows", () => {
  test("every line has one field per column of its table", () => {
    for (const key of Object.keys(BULK_TABLES) as BulkTable[]) {
      for (const line of rows[key]) {
        expect(line.endsWith("\n")).toBe(true);
        expect(fields(line)).toHaveLength(BULK_TABLES[key].columns.length);
      }
    }
  });

  test("one row per enrolment, lesson, certificate, rating and learning-record event", () => {
    expect(rows.user).toHaveLength(1);
    expect(rows.userRole).toHaveLength(1);
    expect(rows.enrolment).toHaveLength(2);
    expect(rows.lessonProgress).toHaveLength(4);
    expect(rows.certificate).toHaveLength(1);
    expect(rows.courseRating).toHaveLength(1);
    // registered ×2, completed lesson ×3, completed course ×1
    expect(rows.learningRecord).toHaveLength(6);
    expect(rows.karmaAward.map((line) => fields(line)[2])).toEqual(["COURSE_COMPLETED", "COURSE_RATED"]);
    expect(fields(rows.user[0]!)[14]).toBe("110");
  });

  test("held levels are the highest verified evidence that stands: a revoked endorsement does not count", () => {
    const held = rows.officialCompetency.map((line) => fields(line).slice(1, 3));
    expect(held).toEqual([[refs.competencyIds[0], "2"], [refs.competencyIds[1], "1"], [refs.competencyIds[2], "2"]]);
    const revoked = rows.passbookEntry.map(fields).find((entry) => entry[4] === "SUPERVISOR" && entry[9] !== "\\N");
    expect(revoked?.[11]).toBe("Endorsed in error.");
  });

  test("text is escaped for COPY", () => {
    expect(rows.passbookEntry.some((line) => line.includes("Noting\\tand Drafting"))).toBe(true);
  });

  test("weekly and monthly rows are the sums of the days", () => {
    const week = (line: string) => fields(line).slice(1).join(" ");
    expect(rows.learningTimeWeekly.map(week)).toEqual(["2026-11-02 524 524", "2026-11-09 850 850"]);
    expect(rows.learningTimeMonthly.map(week)).toEqual(["2026-11-01 1374 1374"]);
  });
});

test("certificate codes are valid and unique per serial", () => {
  const random = createRng("codes", 1).next;
  const codes = Array.from({ length: 50_000 }, (_, serial) => certificateCodeFor(serial, random));
  expect(new Set(codes).size).toBe(codes.length);
  expect(codes.every(isValidCertificateCode)).toBe(true);
});
