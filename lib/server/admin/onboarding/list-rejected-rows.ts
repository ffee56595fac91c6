import "server-only";
import { z } from "zod";
import { ONBOARDING_COLUMNS, type OnboardingColumn } from "@/lib/domain/admin/onboarding/columns";
import { csvHeader, csvRows, type CsvColumn } from "@/lib/domain/reports/csv";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { importWhereVisibleTo } from "./import-access";

export type RejectedRow = { rowNumber: number; reasons: string[]; cells: Partial<Record<OnboardingColumn, string>> };

export const REJECTED_PAGE_SIZE = 50;

export async function isImportVisible(user: CurrentUser, importId: string): Promise<boolean> {
  if (!z.uuid().safeParse(importId).success) return false;
  return (await db.onboardingImport.count({ where: { id: importId, ...importWhereVisibleTo(user) } })) > 0;
}

function toRejectedRow(row: { rowNumber: number; reasons: string[]; cells: unknown }): RejectedRow {
  return { rowNumber: row.rowNumber, reasons: row.reasons, cells: row.cells as RejectedRow["cells"] };
}

/** A page of the rows refused so far, in file order; null when the import is not the user's. */
export async function listRejectedRows(user: CurrentUser, importId: string, page: number): Promise<RejectedRow[] | null> {
  if (!(await isImportVisible(user, importId))) return null;
  const rows = await db.onboardingImportRow.findMany({
    where: { importId, outcome: "REJECTED" },
    orderBy: { rowNumber: "asc" },
    skip: (page - 1) * REJECTED_PAGE_SIZE,
    take: REJECTED_PAGE_SIZE,
    select: { rowNumber: true, reasons: true, cells: true },
  });
  return rows.map(toRejectedRow);
}

const COLUMNS: CsvColumn<RejectedRow>[] = [
  { header: "row", value: (row) => row.rowNumber },
  { header: "reasons", value: (row) => row.reasons.join("; ") },
  ...ONBOARDING_COLUMNS.map((column) => ({ header: column, value: (row: RejectedRow) => row.cells[column] ?? "" })),
];

/**
 * The refused rows as CSV: the row number and reasons, then the row as uploaded, so it can be
 * fixed and uploaded again. Cells that would run as formulas are neutralised; streamed in pages.
 */
export async function* rejectedRowsCsv(user: CurrentUser, importId: string): AsyncGenerator<string> {
  if (!(await isImportVisible(user, importId))) return;
  yield `\uFEFF${csvHeader(COLUMNS)}`;
  let after = 0;
  for (;;) {
    const rows = await db.onboardingImportRow.findMany({
      where: { importId, outcome: "REJECTED", rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: 1_000,
      select: { rowNumber: true, reasons: true, cells: true },
    });
    if (rows.length === 0) return;
    yield csvRows(COLUMNS, rows.map(toRejectedRow));
    after = rows[rows.length - 1]?.rowNumber ?? after;
  }
}
