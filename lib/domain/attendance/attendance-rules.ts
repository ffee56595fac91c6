// Who may be marked for a batch session, when, and what a mark does to Karma Points.
// The rules decide on a snapshot; the use-case locks the session row so two people saving the
// same session's register run one after the other.

import { AttendanceError } from "./attendance-error";

export const ATTENDANCE_STATUSES = ["PRESENT", "ABSENT", "EXCUSED"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export function isAttendanceStatus(value: unknown): value is AttendanceStatus {
  return typeof value === "string" && (ATTENDANCE_STATUSES as readonly string[]).includes(value);
}

/** AWARD: the mark newly says PRESENT; REVOKE: it no longer does, so the award is taken back. */
export type KarmaChange = "AWARD" | "REVOKE" | "NONE";

export function karmaChangeFor(previous: AttendanceStatus | null, next: AttendanceStatus): KarmaChange {
  if (next === "PRESENT" && previous !== "PRESENT") return "AWARD";
  if (previous === "PRESENT" && next !== "PRESENT") return "REVOKE";
  return "NONE";
}

export type SessionTiming = "UPCOMING" | "IN_PROGRESS" | "ENDED";

export function sessionTiming(session: { startsAt: Date; endsAt: Date }, now: Date): SessionTiming {
  if (now.getTime() < session.startsAt.getTime()) return "UPCOMING";
  return now.getTime() < session.endsAt.getTime() ? "IN_PROGRESS" : "ENDED";
}

/** Attendance is taken during or after a session, and may be corrected at any time afterwards. */
export function canTakeAttendance(session: { startsAt: Date }, now: Date): boolean {
  return now.getTime() >= session.startsAt.getTime();
}

export type RequestedMark = { userId: string; status: string };

export type PlannedMark = {
  userId: string;
  /** The official's active enrolment in the batch: the learning record's registration. */
  enrolmentId: string;
  previous: AttendanceStatus | null;
  status: AttendanceStatus;
  karma: KarmaChange;
};

/**
 * Checks a register before anything is written and returns only the marks that change something
 * (a re-saved register writes no duplicate learning records). Throws AttendanceError:
 * NO_MARKS, INVALID_ATTENDANCE_STATUS, SESSION_NOT_STARTED, or NOT_IN_BATCH naming the officials
 * without an active (not WITHDRAWN) enrolment in the session's batch. All or nothing.
 */
export function planAttendanceMarks(options: {
  session: { startsAt: Date };
  now: Date;
  marks: readonly RequestedMark[];
  /** Active enrolments in the session's batch, by official. */
  enrolmentIdByUser: ReadonlyMap<string, string>;
  previousByUser: ReadonlyMap<string, AttendanceStatus>;
}): PlannedMark[] {
  const { marks } = options;
  if (marks.length === 0) throw new AttendanceError("NO_MARKS");
  if (new Set(marks.map((mark) => mark.userId)).size !== marks.length) {
    throw new RangeError("A register names each official once.");
  }
  const badStatus = marks.filter((mark) => !isAttendanceStatus(mark.status)).map((mark) => mark.userId);
  if (badStatus.length > 0) throw new AttendanceError("INVALID_ATTENDANCE_STATUS", badStatus);
  if (!canTakeAttendance(options.session, options.now)) throw new AttendanceError("SESSION_NOT_STARTED");
  const strangers = marks.filter((mark) => !options.enrolmentIdByUser.has(mark.userId)).map((mark) => mark.userId);
  if (strangers.length > 0) throw new AttendanceError("NOT_IN_BATCH", strangers);

  const planned: PlannedMark[] = [];
  for (const mark of marks) {
    const status = mark.status as AttendanceStatus;
    const previous = options.previousByUser.get(mark.userId) ?? null;
    if (previous === status) continue;
    planned.push({
      userId: mark.userId,
      enrolmentId: options.enrolmentIdByUser.get(mark.userId)!,
      previous,
      status,
      karma: karmaChangeFor(previous, status),
    });
  }
  return planned;
}

export type AttendanceCounts = { present: number; absent: number; excused: number; unmarked: number; total: number };

/**
 * A session's counts from its stored marks of officials on the register. Everyone on the register
 * without a mark is unmarked; marks of officials who have since withdrawn must not be passed in.
 */
export function attendanceCounts(marked: Partial<Record<AttendanceStatus, number>>, rosterTotal: number): AttendanceCounts {
  const present = marked.PRESENT ?? 0;
  const absent = marked.ABSENT ?? 0;
  const excused = marked.EXCUSED ?? 0;
  return { present, absent, excused, unmarked: Math.max(0, rosterTotal - present - absent - excused), total: rosterTotal };
}
