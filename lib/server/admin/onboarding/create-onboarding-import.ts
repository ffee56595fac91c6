import "server-only";
import { checkHeader, MAX_ONBOARDING_FILE_BYTES } from "@/lib/domain/admin/onboarding/columns";
import { hasRole } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { isMailConfigured } from "@/lib/server/mail/mailer";
import { parse } from "csv-parse/sync";

export type CreateImportResult =
  | { ok: true; importId: string }
  | { ok: false; code: "NO_SCOPE" | "EMPTY" | "TOO_LARGE" | "BAD_HEADER" | "NOT_CSV"; message: string };

/**
 * Stores an uploaded officials CSV as a QUEUED import and returns at once; the worker does the
 * rest. Only the header is read here, so a wrong file is refused while the admin waits, and a
 * large one never holds the request.
 */
export async function createOnboardingImport(user: CurrentUser, input: { fileName: string; text: string }): Promise<CreateImportResult> {
  const administersSubtree = user.grants.some((grant) => grant.role === "MDO_ADMIN" && grant.organisationId);
  if (!administersSubtree && !hasRole(user, "SUPER_ADMIN")) {
    return { ok: false, code: "NO_SCOPE", message: "You do not administer an organisation, so there is nowhere to add officials." };
  }
  if (Buffer.byteLength(input.text) > MAX_ONBOARDING_FILE_BYTES) {
    return { ok: false, code: "TOO_LARGE", message: `The file is larger than ${MAX_ONBOARDING_FILE_BYTES / 1024 / 1024} MB; split it.` };
  }
  const firstLine = input.text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  if (!firstLine.trim()) return { ok: false, code: "EMPTY", message: "The file is empty." };
  let headers: string[];
  try {
    headers = (parse(firstLine, { relax_column_count: true }) as string[][])[0] ?? [];
  } catch {
    return { ok: false, code: "NOT_CSV", message: "The first line is not a CSV header. Start from the template." };
  }
  const { missing } = checkHeader(headers);
  if (missing.length > 0) {
    return { ok: false, code: "BAD_HEADER", message: `The header row lacks ${missing.join(", ")}. Start from the template.` };
  }
  const created = await db.onboardingImport.create({
    data: {
      uploadedById: user.id,
      fileName: input.fileName.slice(0, 200) || "officials.csv",
      csv: input.text,
      // With mail, new officials get a link to set their password; without, a one-time password.
      sendInvitations: isMailConfigured(),
    },
    select: { id: true },
  });
  return { ok: true, importId: created.id };
}
