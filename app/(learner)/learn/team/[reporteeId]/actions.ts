"use server";

import { revalidatePath } from "next/cache";
import { ok } from "@/lib/domain/action-result";
import { PASSBOOK_HREF, TEAM_HREF } from "@/lib/domain/routes";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { declineSelfAssessment } from "@/lib/server/team/decline-self-assessment";
import { endorseCompetency } from "@/lib/server/team/endorse-competency";
import { revokeEndorsement } from "@/lib/server/team/revoke-endorsement";
import { declineSchema, endorseSchema, revokeSchema, type EndorseResult } from "./actions.schema";

// Every official may be someone's reporting officer, so the permission is the learner's own; the
// use-cases decide whose competencies this official may review, from the reporting line.
function revalidateTeam() {
  revalidatePath(TEAM_HREF, "layout");
  revalidatePath(PASSBOOK_HREF, "layout");
}

export const endorse = authorisedAction("learning:own", endorseSchema, async (input, user) => {
  await endorseCompetency(user, input);
  revalidateTeam();
  return ok<EndorseResult>({ level: input.level });
});

export const declineRating = authorisedAction("learning:own", declineSchema, async (input, user) => {
  await declineSelfAssessment(user, input);
  revalidateTeam();
  return ok();
});

export const revoke = authorisedAction("learning:own", revokeSchema, async (input, user) => {
  await revokeEndorsement(user, { entryId: input.entryId, reason: input.reason });
  revalidateTeam();
  return ok();
});
