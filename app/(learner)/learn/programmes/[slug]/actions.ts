"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { programmeEnrolSchema } from "@/lib/domain/studio/programme.schema";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { enrolInProgramme } from "@/lib/server/programmes/enrol-in-programme";

export const enrolInProgrammeAction = authorisedAction("learning:own", programmeEnrolSchema, async (input, user) => {
  const result = await enrolInProgramme({ userId: user.id, programmeId: input.programmeId });
  revalidatePath("/learn", "layout");
  // The counts travel in the URL so the page can say what happened, in the learner's language.
  redirect(`/learn/programmes/${result.slug}?enrolled=${result.enrolledCourses}&needsBatch=${result.coursesNeedingBatch.length}`);
});
