import "server-only";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { prepareFrameworkImport, type ImportReport, type ImportRequest } from "./prepare-framework-import";

/**
 * The dry run: every change the files would make and every reason they cannot be applied, with
 * nothing written. Only those who may import may see it (it reads the whole framework).
 */
export async function previewFrameworkImport(user: Pick<CurrentUser, "grants">, request: ImportRequest): Promise<ImportReport> {
  assertCan(user, "frac:manage");
  return (await prepareFrameworkImport(db, request)).report;
}
