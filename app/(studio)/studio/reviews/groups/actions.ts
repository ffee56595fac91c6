"use server";

import { revalidatePath } from "next/cache";
import { ok } from "@/lib/domain/action-result";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { addReviewerGroupMember, removeReviewerGroupMember } from "@/lib/server/studio/review/groups/change-reviewer-group-member";
import { createReviewerGroup } from "@/lib/server/studio/review/groups/create-reviewer-group";
import { setReviewStages } from "@/lib/server/studio/review/groups/set-review-stages";
import { REVIEWER_GROUPS_HREF } from "../hrefs";
import { createGroupSchema, memberSchema, setStagesSchema, type GroupActionResult } from "./actions.schema";

// Every use-case confines the organisation, group and official to the admin's own subtree.
export const saveReviewStages = authorisedAction("review:manage", setStagesSchema, async (input, user) => {
  await setReviewStages(user, input);
  revalidatePath(REVIEWER_GROUPS_HREF);
  return ok<GroupActionResult>({ message: "Review stages saved." });
});

export const addGroup = authorisedAction("review:manage", createGroupSchema, async (input, user) => {
  await createReviewerGroup(user, input);
  revalidatePath(REVIEWER_GROUPS_HREF);
  return ok<GroupActionResult>({ message: `Group “${input.name}” created. Add its members below.` });
});

export const addMember = authorisedAction("review:manage", memberSchema, async (input, user) => {
  await addReviewerGroupMember(user, input);
  revalidatePath(REVIEWER_GROUPS_HREF);
  return ok<GroupActionResult>({ message: "Member added." });
});

export const removeMember = authorisedAction("review:manage", memberSchema, async (input, user) => {
  await removeReviewerGroupMember(user, input);
  revalidatePath(REVIEWER_GROUPS_HREF);
  return ok<GroupActionResult>({ message: "Member removed." });
});
