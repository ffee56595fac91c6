"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ok } from "@/lib/domain/action-result";
import { programmeFormSchema, programmeStatusSchema } from "@/lib/domain/studio/programme.schema";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { changeProgrammeStatus } from "@/lib/server/studio/programmes/change-programme-status";
import { saveProgramme } from "@/lib/server/studio/programmes/save-programme";
import { STUDIO_PROGRAMMES_HREF, studioProgrammeHref } from "./hrefs";

export const saveProgrammeAction = authorisedAction("course:author", programmeFormSchema, async (input, user) => {
  const saved = await saveProgramme(user, input);
  revalidatePath(STUDIO_PROGRAMMES_HREF, "layout");
  redirect(`${studioProgrammeHref(saved.programmeId)}?saved=1`);
});

export const changeProgrammeStatusAction = authorisedAction("course:author", programmeStatusSchema, async (input, user) => {
  await changeProgrammeStatus(user, input);
  revalidatePath(STUDIO_PROGRAMMES_HREF, "layout");
  revalidatePath("/learn", "layout");
  return ok();
});
