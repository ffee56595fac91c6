import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ACTION_ERROR_MESSAGES, fail, type ActionResult } from "@/lib/domain/action-result";
import { FRAMEWORK_HREF } from "@/lib/domain/framework/framework-routes";
import type { FrameworkWriteResult } from "@/lib/server/framework/run-framework-write";

/** A framework edit's result as the form sees it: a redirect to the saved record, or why not. */
export function saveOutcome(result: FrameworkWriteResult, hrefOf: (id: string) => string): ActionResult<never> {
  switch (result.status) {
    case "SAVED":
      revalidatePath(FRAMEWORK_HREF, "layout");
      return redirect(hrefOf(result.id));
    case "INVALID":
      return fail("INVALID_INPUT", ACTION_ERROR_MESSAGES.INVALID_INPUT, result.fieldErrors);
    case "NOT_FOUND":
      return fail("NOT_FOUND", "That record no longer exists. Go back to the list and reload it.");
    case "SUPERSEDED":
      return fail("SUPERSEDED", "This belongs to a superseded framework version, which stays as it was.");
    case "STALE":
      return fail("CONFLICT", "The framework changed while you were editing. Reload the page and try again.");
  }
}
