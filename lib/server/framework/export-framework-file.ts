import "server-only";
import { frameworkSheetToCsv, frameworkToJson } from "@/lib/domain/framework/export-framework";
import { CSV_SHEETS, EXPORT_SHEET_NAMES, type CsvSheetName } from "@/lib/domain/framework/framework-csv-sheets";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { loadFrameworkSnapshot } from "./load-framework-snapshot";

export const JSON_EXPORT_FILE = "framework.json";

/** The files /framework/export/<file> serves: the whole framework as JSON, or one CSV sheet. */
export const EXPORT_FILES: readonly string[] = [JSON_EXPORT_FILE, ...EXPORT_SHEET_NAMES.map((sheet) => CSV_SHEETS[sheet].file)];

export type ExportedFile = { fileName: string; contentType: string; body: string };

/**
 * The active version with every role and post, as the import reads it back. The download is
 * named after the version ("frac-2021-competencies.csv"); import recognises the sheet either way.
 */
export async function exportFrameworkFile(user: Pick<CurrentUser, "grants">, file: string, now: Date = new Date()): Promise<ExportedFile | null> {
  assertCan(user, "frac:read");
  if (!EXPORT_FILES.includes(file)) return null;
  const { snapshot } = await loadFrameworkSnapshot(db);
  const prefix = snapshot.framework.code.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  if (file === JSON_EXPORT_FILE) {
    return {
      fileName: `${prefix}-${file}`,
      contentType: "application/json; charset=utf-8",
      body: `${JSON.stringify(frameworkToJson(snapshot, now), null, 2)}\n`,
    };
  }
  const sheet = EXPORT_SHEET_NAMES.find((name) => CSV_SHEETS[name].file === file) as CsvSheetName;
  return { fileName: `${prefix}-${file}`, contentType: "text/csv; charset=utf-8", body: frameworkSheetToCsv(snapshot, sheet) };
}
