import { z } from "zod";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "./attendance-rules";

/** One radio group per official: `mark.<userId>` = PRESENT | ABSENT | EXCUSED. */
export const MARK_FIELD_PREFIX = "mark.";

export function markFieldName(userId: string): string {
  return `${MARK_FIELD_PREFIX}${userId}`;
}

/** A batch has at most a few hundred seats; a register larger than this is not one of ours. */
export const MAX_MARKS_PER_SAVE = 500;

const uuid = z.uuid();
const status = z.enum(ATTENDANCE_STATUSES, { error: "Choose Present, Absent or Excused." });

/**
 * The register of one session as the form posts it. Officials left unmarked are simply absent
 * from the input and keep whatever mark they had. Each official's problem is reported under
 * their own field, so the form can show it next to their name.
 */
export const saveAttendanceSchema = z
  .object({
    batchId: z.uuid("Unknown batch."),
    sessionId: z.uuid("Unknown session."),
  })
  .catchall(status)
  .superRefine((value, ctx) => {
    const keys = Object.keys(value).filter((key) => key !== "batchId" && key !== "sessionId");
    for (const key of keys) {
      if (!key.startsWith(MARK_FIELD_PREFIX) || !uuid.safeParse(key.slice(MARK_FIELD_PREFIX.length)).success) {
        ctx.addIssue({ code: "custom", path: [key], message: "Not an official on this register." });
      }
    }
    if (keys.length === 0) {
      ctx.addIssue({ code: "custom", path: ["marks"], message: "Choose Present, Absent or Excused for at least one official." });
    }
    if (keys.length > MAX_MARKS_PER_SAVE) {
      ctx.addIssue({ code: "custom", path: ["marks"], message: `Save at most ${MAX_MARKS_PER_SAVE} officials at a time.` });
    }
  })
  .transform(({ batchId, sessionId, ...rest }) => ({
    batchId,
    sessionId,
    marks: Object.entries(rest).map(([key, value]) => ({
      userId: key.slice(MARK_FIELD_PREFIX.length).toLowerCase(),
      status: value as AttendanceStatus,
    })),
  }));

export type SaveAttendanceInput = z.output<typeof saveAttendanceSchema>;
