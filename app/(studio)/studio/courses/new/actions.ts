"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/domain/action-result";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { createCourse } from "@/lib/server/studio/revisions/create-course";
import { studioCourseHref } from "../course-hrefs";
import { createCourseSchema } from "./actions.schema";

/** The provider comes from the author's own grant; createCourse refuses any other. */
export const createCourseAction = authorisedAction(
  "course:author",
  createCourseSchema,
  async (input, user): Promise<ActionResult<never>> => {
    const created = await createCourse(user, input);
    redirect(studioCourseHref(created.courseId));
  },
);
