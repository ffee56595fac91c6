"use server";

import { fracRoleFormSchema } from "@/lib/domain/framework/framework-forms.schema";
import { roleHref } from "@/lib/domain/framework/framework-routes";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { saveFracRole } from "@/lib/server/framework/save-frac-role";
import { saveOutcome } from "../save-outcome";

export const saveFracRoleAction = authorisedAction("frac:manage", fracRoleFormSchema, async (input, user) =>
  saveOutcome(await saveFracRole(user, input), roleHref),
);
