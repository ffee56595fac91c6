"use server";

import { revalidatePath } from "next/cache";
import { fail, ok, type ActionResult, type FieldErrors } from "@/lib/domain/action-result";
import { isAttendanceError, type AttendanceError } from "@/lib/domain/attendance/attendance-error";
import { markFieldName, saveAttendanceSchema } from "@/lib/domain/attendance/save-attendance.schema";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { markSessionAttendance, type MarkSessionAttendanceResult } from "@/lib/server/attendance/mark-session-attendance";
import { studioBatchHref } from "../hrefs";

// A refusal about particular officials goes next to their names; the rest are about the session.
function fieldErrorsFor(error: AttendanceError): FieldErrors {
  if (error.userIds.length > 0) return Object.fromEntries(error.userIds.map((userId) => [markFieldName(userId), [error.message]]));
  return error.code === "NO_MARKS" ? { marks: [error.message] } : { sessionId: [error.message] };
}

/** Scope (the batch's course belongs to one of the user's providers) is checked in the use-case. */
export const saveAttendance = authorisedAction(
  "course:author",
  saveAttendanceSchema,
  async (input, user): Promise<ActionResult<MarkSessionAttendanceResult>> => {
    try {
      const result = await markSessionAttendance({ actor: user, ...input });
      revalidatePath(studioBatchHref(input.batchId));
      return ok(result);
    } catch (error) {
      if (!isAttendanceError(error)) throw error;
      return fail(error.code, error.message, fieldErrorsFor(error));
    }
  },
);
