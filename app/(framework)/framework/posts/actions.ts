"use server";

import { fracPostFormSchema } from "@/lib/domain/framework/framework-forms.schema";
import { postHref } from "@/lib/domain/framework/framework-routes";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { saveFracPost } from "@/lib/server/framework/save-frac-post";
import { saveOutcome } from "../save-outcome";

export const saveFracPostAction = authorisedAction("frac:manage", fracPostFormSchema, async (input, user) =>
  saveOutcome(await saveFracPost(user, input), postHref),
);
