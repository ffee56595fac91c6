import "server-only";
import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { checkHeader, MAX_ONBOARDING_ROWS, normaliseHeader } from "@/lib/domain/admin/onboarding/columns";
import { cellsFromRecord, normaliseEmail } from "@/lib/domain/admin/onboarding/row-rules";
import { db } from "@/lib/server/db";
import { renewClaim } from "./import-claim";

type StageResult = { ok: true; totalRows: number } | { ok: false; failure: string };

type StagedRow = { importId: string; rowNumber: number; email: string; cells: Record<string, string> };

/**
 * Reads the file into OnboardingImportRow in committed chunks, resuming after the rows a previous
 * worker already staged. Nothing reaches an official yet: a file that turns out unreadable
 * half-way fails here with no account touched.
 */
export async function stageOnboardingRows(options: {
  importId: string;
  token: string;
  alreadyStaged: number;
  chunkSize: number;
}): Promise<StageResult> {
  const file = await db.onboardingImport.findUnique({ where: { id: options.importId }, select: { csv: true } });
  if (!file?.csv) return { ok: false, failure: "The uploaded file is no longer stored; upload it again." };

  let staged = options.alreadyStaged;
  let batch: StagedRow[] = [];
  const commit = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    await db.$transaction(async (tx) => {
      await renewClaim(tx, { importId: options.importId, token: options.token, cursor: { column: "stagedRows", value: staged } });
      await tx.onboardingImportRow.createMany({ data: rows, skipDuplicates: true });
      await tx.onboardingImport.update({ where: { id: options.importId }, data: { stagedRows: { increment: rows.length } }, select: { id: true } });
    });
    staged += rows.length;
    batch = [];
  };

  const parser = Readable.from([file.csv]).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
  let headers: string[] | null = null;
  let records = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!headers) {
        headers = record.map(normaliseHeader);
        const { missing } = checkHeader(headers);
        if (missing.length > 0) return { ok: false, failure: `The header row lacks ${missing.join(", ")}.` };
        continue;
      }
      records += 1;
      if (records > MAX_ONBOARDING_ROWS) return { ok: false, failure: `The file has more than ${MAX_ONBOARDING_ROWS.toLocaleString("en-IN")} rows; split it.` };
      if (records <= options.alreadyStaged) continue;
      const cells = cellsFromRecord(headers, record) as Record<string, string>;
      batch.push({ importId: options.importId, rowNumber: records + 1, email: normaliseEmail(cells.email ?? ""), cells });
      if (batch.length >= options.chunkSize) await commit();
    }
  } catch (error) {
    // csv-parse's messages name the line and the fault ("Invalid Closing Quote … at line 12").
    if (error instanceof CsvError) return { ok: false, failure: `The file is not valid CSV: ${error.message}` };
    throw error;
  }
  if (!headers) return { ok: false, failure: "The file is empty." };
  await commit();
  return { ok: true, totalRows: staged };
}
