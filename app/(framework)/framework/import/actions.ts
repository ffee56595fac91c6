"use server";

import { revalidatePath } from "next/cache";
import { fail, ok, type ActionResult } from "@/lib/domain/action-result";
import { FRAMEWORK_HREF } from "@/lib/domain/framework/framework-routes";
import { importFormSchema } from "@/lib/domain/framework/import-form.schema";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { applyFrameworkImport } from "@/lib/server/framework/apply-framework-import";
import type { ImportReport, ImportRequest } from "@/lib/server/framework/prepare-framework-import";
import { previewFrameworkImport } from "@/lib/server/framework/preview-framework-import";

export type ImportActionData = { stage: "preview" | "applied"; report: ImportReport };

/** The dry run and the apply are one action: the same form, posted with intent=preview, then intent=apply. */
export const importFrameworkAction = authorisedAction(
  "frac:manage",
  importFormSchema,
  async (input, user): Promise<ActionResult<ImportActionData>> => {
    const request: ImportRequest = {
      files: await Promise.all(input.files.map(async (file) => ({ name: file.name, text: await file.text() }))),
      mode: input.mode,
      newVersion:
        input.mode === "new-version"
          ? { code: input.versionCode ?? "", name: input.versionName ?? "", description: input.versionDescription ?? null }
          : undefined,
    };
    if (input.intent === "preview") return ok({ stage: "preview", report: await previewFrameworkImport(user, request) });

    const result = await applyFrameworkImport(user, { ...request, fingerprint: input.fingerprint ?? "" });
    if (result.status === "STALE") {
      return fail("CONFLICT", "The framework or the file changed since your dry run, so nothing was imported. Run the dry run again.");
    }
    if (result.status === "INVALID") return ok({ stage: "preview", report: result.report });
    revalidatePath(FRAMEWORK_HREF, "layout");
    return ok({ stage: "applied", report: result.report });
  },
);
