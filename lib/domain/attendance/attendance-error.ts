// Expected refusals of attendance marking. The action turns them into field-level errors: the
// messages are written for the training institute's staff, so they are safe to show.

export const ATTENDANCE_ERROR_MESSAGES = {
  SESSION_NOT_FOUND: "That session is not in one of your institute's batches. Reload the page and try again.",
  SESSION_NOT_STARTED: "This session has not started yet. Attendance can be taken once it begins.",
  NOT_IN_BATCH: "This official is not enrolled in this batch (they may have withdrawn). Reload the page.",
  INVALID_ATTENDANCE_STATUS: "Choose Present, Absent or Excused.",
  NO_MARKS: "Choose Present, Absent or Excused for at least one official.",
} as const satisfies Record<string, string>;

export type AttendanceErrorCode = keyof typeof ATTENDANCE_ERROR_MESSAGES;

export class AttendanceError extends Error {
  readonly code: AttendanceErrorCode;
  /** The officials the refusal is about (NOT_IN_BATCH, INVALID_ATTENDANCE_STATUS); empty otherwise. */
  readonly userIds: readonly string[];

  constructor(code: AttendanceErrorCode, userIds: readonly string[] = []) {
    super(ATTENDANCE_ERROR_MESSAGES[code]);
    this.name = "AttendanceError";
    this.code = code;
    this.userIds = userIds;
  }
}

export function isAttendanceError(error: unknown): error is AttendanceError {
  return error instanceof AttendanceError;
}
