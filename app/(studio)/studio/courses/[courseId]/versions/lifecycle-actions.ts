"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ok, type ActionResult } from "@/lib/domain/action-result";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { archiveCourse } from "@/lib/server/studio/versions/archive-course";
import { deleteDraftCourse } from "@/lib/server/studio/versions/delete-draft-course";
import { restoreCourse } from "@/lib/server/studio/versions/restore-course";
import { STUDIO_HREF, studioCourseHref } from "../../course-hrefs";
import { courseLifecycleSchema } from "./lifecycle-actions.schema";

function refresh(courseId: string): void {
  revalidatePath(studioCourseHref(courseId), "layout");
  revalidatePath(STUDIO_HREF);
  revalidatePath("/learn", "layout");
}

export const archiveCourseAction = authorisedAction("course:author", courseLifecycleSchema, async (input, user): Promise<ActionResult<{ message: string }>> => {
  await archiveCourse(user, input.courseId);
  refresh(input.courseId);
  return ok({ message: "The course is archived: it is out of the catalogue, and enrolled officials can still finish it." });
});

export const restoreCourseAction = authorisedAction("course:author", courseLifecycleSchema, async (input, user): Promise<ActionResult<{ message: string }>> => {
  await restoreCourse(user, input.courseId);
  refresh(input.courseId);
  return ok({ message: "The course is back in the catalogue." });
});

export const deleteDraftCourseAction = authorisedAction("course:author", courseLifecycleSchema, async (input, user): Promise<ActionResult<never>> => {
  await deleteDraftCourse(user, input.courseId);
  revalidatePath(STUDIO_HREF);
  redirect(STUDIO_HREF);
});
