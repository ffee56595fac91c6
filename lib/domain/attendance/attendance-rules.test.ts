import { describe, expect, test } from "vitest";
import { AttendanceError, type AttendanceErrorCode } from "./attendance-error";
import {
  canTakeAttendance,
  attendanceCounts,
  karmaChangeFor,
  planAttendanceMarks,
  sessionTiming,
  type AttendanceStatus,
  type KarmaChange,
  type RequestedMark,
} from "./attendance-rules";

const STARTS = new Date("2026-02-18T04:00:00Z");
const ENDS = new Date("2026-02-18T07:00:00Z");
const session = { startsAt: STARTS, endsAt: ENDS };
const DURING = new Date("2026-02-18T05:00:00Z");
const AFTER = new Date("2026-03-01T10:00:00Z");
const BEFORE = new Date("2026-02-18T03:59:59Z");

const enrolled = new Map([
  ["u1", "e1"],
  ["u2", "e2"],
  ["u3", "e3"],
]);

function plan(marks: RequestedMark[], options: { now?: Date; previous?: [string, AttendanceStatus][] } = {}) {
  return planAttendanceMarks({
    session,
    now: options.now ?? AFTER,
    marks,
    enrolmentIdByUser: enrolled,
    previousByUser: new Map(options.previous ?? []),
  });
}

function refusal(run: () => unknown): { code: AttendanceErrorCode; userIds: readonly string[] } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof AttendanceError)) throw error;
    return { code: error.code, userIds: error.userIds };
  }
}

describe("karmaChangeFor", () => {
  test.each<[AttendanceStatus | null, AttendanceStatus, KarmaChange]>([
    [null, "PRESENT", "AWARD"],
    [null, "ABSENT", "NONE"],
    [null, "EXCUSED", "NONE"],
    ["ABSENT", "PRESENT", "AWARD"],
    ["EXCUSED", "PRESENT", "AWARD"],
    ["PRESENT", "PRESENT", "NONE"],
    ["PRESENT", "ABSENT", "REVOKE"],
    ["PRESENT", "EXCUSED", "REVOKE"],
    ["ABSENT", "EXCUSED", "NONE"],
  ])("%s → %s: %s", (previous, next, expected) => {
    expect(karmaChangeFor(previous, next)).toBe(expected);
  });
});

describe("session timing", () => {
  test.each<[Date, boolean, string]>([
    [BEFORE, false, "UPCOMING"],
    [STARTS, true, "IN_PROGRESS"],
    [DURING, true, "IN_PROGRESS"],
    [ENDS, true, "ENDED"],
    [AFTER, true, "ENDED"],
  ])("at %s: can mark %s, %s", (now, canMark, timing) => {
    expect(canTakeAttendance(session, now)).toBe(canMark);
    expect(sessionTiming(session, now)).toBe(timing);
  });
});

describe("planAttendanceMarks", () => {
  test("plans new marks with their enrolment and karma change", () => {
    expect(plan([{ userId: "u1", status: "PRESENT" }, { userId: "u2", status: "ABSENT" }], { now: DURING })).toEqual([
      { userId: "u1", enrolmentId: "e1", previous: null, status: "PRESENT", karma: "AWARD" },
      { userId: "u2", enrolmentId: "e2", previous: null, status: "ABSENT", karma: "NONE" },
    ]);
  });

  test("corrections afterwards change karma; unchanged marks are left out", () => {
    const planned = plan(
      [
        { userId: "u1", status: "ABSENT" },
        { userId: "u2", status: "PRESENT" },
        { userId: "u3", status: "EXCUSED" },
      ],
      { previous: [["u1", "PRESENT"], ["u2", "PRESENT"], ["u3", "ABSENT"]] },
    );
    expect(planned.map((mark) => [mark.userId, mark.previous, mark.status, mark.karma])).toEqual([
      ["u1", "PRESENT", "ABSENT", "REVOKE"],
      ["u3", "ABSENT", "EXCUSED", "NONE"],
    ]);
  });

  test.each<[string, RequestedMark[], Date, { code: AttendanceErrorCode; userIds: string[] }]>([
    ["an empty register", [], AFTER, { code: "NO_MARKS", userIds: [] }],
    ["a bad status", [{ userId: "u1", status: "LATE" }, { userId: "u2", status: "PRESENT" }], AFTER, { code: "INVALID_ATTENDANCE_STATUS", userIds: ["u1"] }],
    ["a lower-case status", [{ userId: "u1", status: "present" }], AFTER, { code: "INVALID_ATTENDANCE_STATUS", userIds: ["u1"] }],
    ["a session not started", [{ userId: "u1", status: "PRESENT" }], BEFORE, { code: "SESSION_NOT_STARTED", userIds: [] }],
    [
      "officials not in the batch",
      [{ userId: "u1", status: "PRESENT" }, { userId: "stranger", status: "PRESENT" }, { userId: "withdrawn", status: "ABSENT" }],
      AFTER,
      { code: "NOT_IN_BATCH", userIds: ["stranger", "withdrawn"] },
    ],
  ])("refuses %s, all or nothing", (_, marks, now, expected) => {
    expect(refusal(() => plan(marks, { now }))).toEqual(expected);
  });

  test("a register naming an official twice is a programming error", () => {
    expect(() => plan([{ userId: "u1", status: "PRESENT" }, { userId: "u1", status: "ABSENT" }])).toThrow(RangeError);
  });
});

describe("attendanceCounts", () => {
  test.each<[Partial<Record<AttendanceStatus, number>>, number, ReturnType<typeof attendanceCounts>]>([
    [{}, 0, { present: 0, absent: 0, excused: 0, unmarked: 0, total: 0 }],
    [{}, 17, { present: 0, absent: 0, excused: 0, unmarked: 17, total: 17 }],
    [{ PRESENT: 14, ABSENT: 1, EXCUSED: 1 }, 17, { present: 14, absent: 1, excused: 1, unmarked: 1, total: 17 }],
    // A register that shrank while it was counted never shows negative unmarked.
    [{ PRESENT: 3 }, 2, { present: 3, absent: 0, excused: 0, unmarked: 0, total: 2 }],
  ])("%j of %i", (marked, total, expected) => {
    expect(attendanceCounts(marked, total)).toEqual(expected);
  });
});
