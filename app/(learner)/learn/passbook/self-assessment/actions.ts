"use server";

import { revalidatePath } from "next/cache";
import { ok } from "@/lib/domain/action-result";
import { PASSBOOK_HREF, SELF_ASSESSMENT_HREF, TEAM_HREF } from "@/lib/domain/routes";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { saveSelfAssessment } from "@/lib/server/passbook/save-self-assessment";
import { selfAssessmentSchema } from "./actions.schema";

export const rateMyself = authorisedAction("learning:own", selfAssessmentSchema, async (input, user) => {
  await saveSelfAssessment(user, input);
  revalidatePath(SELF_ASSESSMENT_HREF);
  revalidatePath(PASSBOOK_HREF);
  revalidatePath(TEAM_HREF, "layout");
  return ok();
});
