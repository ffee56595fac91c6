"use server";

import { competencyFormSchema } from "@/lib/domain/framework/framework-forms.schema";
import { competencyHref } from "@/lib/domain/framework/framework-routes";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { saveCompetency } from "@/lib/server/framework/save-competency";
import { saveOutcome } from "../save-outcome";

export const saveCompetencyAction = authorisedAction("frac:manage", competencyFormSchema, async (input, user) =>
  saveOutcome(await saveCompetency(user, input), competencyHref),
);
