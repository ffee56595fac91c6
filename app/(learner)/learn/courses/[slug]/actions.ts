"use server";

import { revalidatePath } from "next/cache";
import { fail, ok, type ActionResult } from "@/lib/domain/action-result";
import { isDomainError, type DomainErrorCode } from "@/lib/domain/learning/domain-error";
import type { EnrolmentStatus } from "@/lib/domain/learning/enrolment-rules";
import { learnerCourseHref } from "@/lib/domain/routes";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { enrolOfficial } from "@/lib/server/enrolment/enrol-official";
import { markCourseVersionSeen } from "@/lib/server/enrolment/mark-course-version-seen";
import { withdrawEnrolment } from "@/lib/server/enrolment/withdraw-enrolment";
import { courseUpdatesSeenSchema, enrolSchema, withdrawSchema } from "./actions.schema";

// Batch problems belong next to the batch list; the rest are about the course as a whole.
const BATCH_FIELD_CODES: ReadonlySet<DomainErrorCode> = new Set([
  "BATCH_REQUIRED",
  "BATCH_NOT_FOUND",
  "BATCH_NOT_OPEN",
  "BATCH_STARTED",
  "BATCH_FULL",
]);

function refresh(slug: string): void {
  revalidatePath(learnerCourseHref(slug), "layout");
  revalidatePath("/learn");
}

export const enrolInCourse = authorisedAction(
  "learning:own",
  enrolSchema,
  async (input, user): Promise<ActionResult<{ status: EnrolmentStatus }>> => {
    try {
      const result = await enrolOfficial({ userId: user.id, courseId: input.courseId, batchId: input.batchId ?? null });
      refresh(input.slug);
      return ok({ status: result.status });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return BATCH_FIELD_CODES.has(error.code)
        ? fail(error.code, error.message, { batchId: [error.message] })
        : fail(error.code, error.message);
    }
  },
);

export const withdrawFromCourse = authorisedAction("learning:own", withdrawSchema, async (input, user): Promise<ActionResult> => {
  try {
    await withdrawEnrolment({ userId: user.id, courseId: input.courseId });
    refresh(input.slug);
    return ok();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return fail(error.code, error.message);
  }
});

// Sent when the official actually opens the course page (not on a prefetch), so "what changed"
// is shown once per new version.
export const markCourseUpdatesSeen = authorisedAction("learning:own", courseUpdatesSeenSchema, async (input, user): Promise<ActionResult> => {
  await markCourseVersionSeen({ userId: user.id, courseId: input.courseId });
  return ok();
});
