"use server";

import { revalidatePath } from "next/cache";
import { fail, ok, type ActionResult } from "@/lib/domain/action-result";
import { isDomainError } from "@/lib/domain/learning/domain-error";
import { learnerCourseHref } from "@/lib/domain/routes";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { completeLesson } from "@/lib/server/progress/complete-lesson";
import { completeLessonSchema, type CompleteLessonData, type CompleteLessonState } from "./actions.schema";

export const markLessonComplete = authorisedAction(
  "learning:own",
  completeLessonSchema,
  async (input, user): Promise<ActionResult<CompleteLessonData>> => {
    try {
      const result = await completeLesson({ userId: user.id, lessonId: input.lessonId });
      if (!result.ok) {
        const refusal: CompleteLessonState = { ...fail(result.code, result.message), shortfall: result.shortfall };
        return refusal;
      }
      // The outline ticks, the course page's panel and the learner's home all show this progress.
      revalidatePath(learnerCourseHref(input.slug), "layout");
      revalidatePath("/learn");
      return ok({
        progressPercent: result.progressPercent,
        isCourseCompleted: result.isCourseCompleted,
        certificateCode: result.certificateCode,
      });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return fail(error.code, error.message);
    }
  },
);
