"use server";

import { fail, ok, type ActionResult } from "@/lib/domain/action-result";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { revealOneTimePasswords } from "@/lib/server/admin/onboarding/reveal-one-time-passwords";
import { revealPasswordsSchema, type RevealedPassword } from "./actions.schema";

export const revealPasswords = authorisedAction(
  "org:officials:manage",
  revealPasswordsSchema,
  async (input, user): Promise<ActionResult<RevealedPassword[]>> => {
    const shown = await revealOneTimePasswords(user, input.importId);
    if (!shown) return fail("NOT_FOUND", "That upload is not yours, or no longer exists.");
    return ok(shown);
  },
);
